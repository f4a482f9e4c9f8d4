import type { NamedSpan } from "../../domain/span.js";

/** Adjective → country, for "Russian forces", "Israeli jets". */
const DEMONYMS: Record<string, string> = {
  Russian: "Russia",
  Ukrainian: "Ukraine",
  Belarusian: "Belarus",
  Israeli: "Israel",
  Syrian: "Syria",
  Turkish: "Turkey",
  Iranian: "Iran",
  Iraqi: "Iraq",
  Saudi: "Saudi Arabia",
  American: "United States",
  US: "United States",
  "U.S.": "United States",
  British: "United Kingdom",
  Afghan: "Afghanistan",
  Pakistani: "Pakistan",
  Indian: "India",
  Chinese: "China",
  Yemeni: "Yemen",
  Azerbaijani: "Azerbaijan",
  Armenian: "Armenia",
  Georgian: "Georgia",
  Chechen: "Chechnya",
};

/** Capitals and seats of power that stand for their state ("Moscow denied"). */
const METONYMS: Record<string, string> = {
  moscow: "Russia",
  kremlin: "Russia",
  "the kremlin": "Russia",
  kyiv: "Ukraine",
  kiev: "Ukraine",
  minsk: "Belarus",
  tehran: "Iran",
  damascus: "Syria",
  washington: "United States",
  pentagon: "United States",
};

/** Canonical actor for a name as written: "Moscow" and "the Kremlin" are Russia. */
export function actorName(name: string): string {
  const key = name.trim().toLowerCase();
  return METONYMS[key] ?? name.trim();
}

const COUNTRY_WORDS = Object.keys(DEMONYMS).map((d) => d.replace(".", "\\."));
const COUNTRIES = [...new Set(Object.values(DEMONYMS))];
const FORCE_NOUNS =
  "forces|troops|army|military|soldiers|servicemen|aircraft|warplanes|jets|planes|drones|missiles|artillery|" +
  "shelling|strikes?|airstrikes?|air strikes?|attacks?|bombardment|occupiers|invaders|units|navy|air force|" +
  "militants|fighters|separatists|mercenaries|tanks|rockets|shells";

// "Russian forces", "pro-Russian separatists", "Russian-backed militants".
const DEMONYM_FORCE = new RegExp(
  `\\b((?:pro-)?(${COUNTRY_WORDS.join("|")})(?:-(?:backed|led))?) (?:armed |regular |occupying |occupation )?(${FORCE_NOUNS})\\b`,
  "g",
);
// "Russia's armed forces".
const COUNTRY_FORCE = new RegExp(
  `\\b(${COUNTRIES.join("|")})(?:'s|’s) (?:armed |regular )?(?:${FORCE_NOUNS})\\b`,
  "g",
);
// "by Russia", "Moscow launched", "the Taliban attacked".
const AGENT = new RegExp(
  `\\bby (${COUNTRIES.join("|")}|Moscow|the Kremlin)\\b|\\b(${COUNTRIES.join("|")}|Moscow|the Kremlin|the Taliban|Islamic State|ISIS|Hamas|Hezbollah|Houthis|al-Shabaab|Boko Haram|Wagner)(?: has| have| had)? (?:launched|fired|struck|shelled|bombed|attacked|targeted|hit|pounded|destroyed|killed|stormed|raided|abducted|seized)\\b`,
  "g",
);

export interface PerpetratorSearch {
  text: string;
  start: number;
  end: number;
  /** Spans that cannot name the perpetrator (the denier of a denial clause). */
  exclude?: readonly { start: number; end: number }[];
}

function country(demonym: string): string {
  return DEMONYMS[demonym] ?? demonym;
}

/** The alleged perpetrator named in `text[start, end)`: "by X" first, then armed forces named by nationality. */
export function findPerpetrator(search: PerpetratorSearch): NamedSpan | null {
  const stretch = search.text.slice(search.start, search.end);
  const excluded = (s: number, e: number) => (search.exclude ?? []).some((x) => s < x.end && e > x.start);
  const candidates: (NamedSpan & { rank: number })[] = [];
  const add = (at: number, text: string, name: string, rank: number) => {
    const start = search.start + at;
    if (!excluded(start, start + text.length))
      candidates.push({ start, end: start + text.length, text, name, rank });
  };
  for (const m of stretch.matchAll(AGENT)) {
    const who = m[1] ?? m[2] ?? "";
    add((m.index ?? 0) + m[0].indexOf(who), who, actorName(who.replace(/^the /i, "")), m[1] ? 0 : 2);
  }
  for (const m of stretch.matchAll(DEMONYM_FORCE)) {
    const adjective = adjectiveOf(country(m[2] ?? ""));
    const name = (m[1] ?? "").startsWith("pro-") ? `pro-${adjective} ${m[3]}` : `${adjective} forces`;
    add(m.index ?? 0, m[0], name, 1);
  }
  for (const m of stretch.matchAll(COUNTRY_FORCE))
    add(m.index ?? 0, m[0], `${adjectiveOf(m[1] ?? "")} forces`, 1);
  candidates.sort((a, b) => a.rank - b.rank || a.start - b.start);
  const best = candidates[0];
  return best === undefined ? null : { start: best.start, end: best.end, text: best.text, name: best.name };
}

/** "Russia" → "Russian", for naming forces as people write them. */
function adjectiveOf(countryName: string): string {
  for (const [adjective, c] of Object.entries(DEMONYMS)) {
    if (c === countryName && adjective !== "US" && adjective !== "U.S.") return adjective;
  }
  return countryName;
}
