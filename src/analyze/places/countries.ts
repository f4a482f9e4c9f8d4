import { createRequire } from "node:module";
import type { Countries } from "world-countries";

export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: string;
  lat: number;
  lon: number;
  /** Nationality adjective, "Ukrainian". */
  demonym: string;
}

// Names in everyday English that world-countries lacks or keeps only as a native or
// official form ("Türkiye" is its common name; reports still say Turkey).
const EXTRA_NAMES: Record<string, string> = {
  Turkey: "TR",
  Britain: "GB",
  "Great Britain": "GB",
  England: "GB",
  Scotland: "GB",
  Wales: "GB",
  America: "US",
  "U.S.": "US",
  "U.S.A.": "US",
  "U.K.": "GB",
  Burma: "MM",
  "Ivory Coast": "CI",
  "Czech Republic": "CZ",
  "Gaza Strip": "PS",
};

// Short alternative spellings are mostly ISO codes ("UA", "IQ") that would match ordinary
// acronyms; only these are used as country names in prose.
const SHORT_NAMES = new Set(["US", "USA", "UK", "UAE", "DRC", "DPRK"]);

// Demonyms reports use besides the package's single one per country.
const EXTRA_DEMONYMS: Record<string, string> = {
  Britons: "GB",
  English: "GB",
  Scottish: "GB",
  Welsh: "GB",
  Soviet: "RU",
  Ukrainians: "UA",
  Russians: "RU",
  Syrians: "SY",
  Iraqis: "IQ",
  Americans: "US",
  Israelis: "IL",
  Palestinians: "PS",
  Iranians: "IR",
};

export interface CountryTables {
  byCode: Map<string, Country>;
  /** Every usable name of a country, as written, to its code. */
  names: Map<string, string>;
  /** Nationality adjectives and plural nouns ("Syrian", "Syrians") to the country code. */
  demonyms: Map<string, string>;
}

let tables: CountryTables | undefined;

/** Country names, codes and demonyms, built once on first use. */
export function countryTables(): CountryTables {
  if (tables) return tables;
  const byCode = new Map<string, Country>();
  const names = new Map<string, string>();
  const demonyms = new Map<string, string>();
  // Read as JSON through require: the package's ES entry imports JSON without the import
  // attribute Node 20 requires.
  const worldCountries = createRequire(import.meta.url)("world-countries/countries.json") as Countries;
  for (const c of worldCountries) {
    const demonym = c.demonyms?.eng?.m ?? c.name.common;
    byCode.set(c.cca2, {
      code: c.cca2,
      name: c.name.common,
      lat: c.latlng[0] ?? 0,
      lon: c.latlng[1] ?? 0,
      demonym,
    });
    names.set(c.name.common, c.cca2);
    names.set(c.name.official, c.cca2);
    for (const alt of c.altSpellings) {
      if (alt.length >= 4 || SHORT_NAMES.has(alt)) names.set(alt.replace(/^The /, ""), c.cca2);
    }
    if (demonym) {
      demonyms.set(demonym, c.cca2);
      if (c.demonyms?.eng?.f) demonyms.set(c.demonyms.eng.f, c.cca2);
    }
  }
  for (const [name, code] of Object.entries(EXTRA_NAMES)) names.set(name, code);
  for (const [name, code] of Object.entries(EXTRA_DEMONYMS)) demonyms.set(name, code);
  tables = { byCode, names, demonyms };
  return tables;
}
