import type { PlaceRef } from "../../domain/analysis.js";
import { foldKey, plainKey } from "./fold.js";
import { type GazetteerEntry, loadGazetteer, type PlaceKind } from "./gazetteer.js";
import { DISPLAY_NAME, RENAMED } from "./regions.js";

export interface ResolveOptions {
  /** ISO 3166-1 alpha-2 of the country the document is mostly about; namesakes there win. */
  countryHint?: string | null;
}

export interface PlaceMatch {
  ref: PlaceRef;
  kind: PlaceKind;
  population: number;
  /** True when the name matched as written (up to case and diacritics), not by transliteration. */
  exact: boolean;
  /** A national capital, which reports name for its government ("Moscow said"). */
  capital: boolean;
}

// Scores are log10(population) plus bonuses, so a bonus of 3 outweighs a thousandfold
// difference in size: a namesake in the document's country beats a far bigger one abroad.
const COUNTRY_HINT_BONUS = 3;
const EXACT_SPELLING_BONUS = 2;
const CAPITAL_BONUS = 0.5;
const COUNTRY_SCORE = 9;
const REGION_SCORE = 7;

// The folded key merges romanisations of Cyrillic names (see fold.ts); elsewhere it merges
// unrelated names ("Omar" and Ajmer, "Skype" and Skopje), so a folded match is only taken
// in these countries or in the one the document is about.
const ROMANISED_FROM_CYRILLIC = new Set(["UA", "RU", "BY", "MD", "KZ", "KG", "TJ", "UZ", "GE", "AM", "AZ"]);

function foldable(e: GazetteerEntry, hint: string | null | undefined): boolean {
  return e.country !== null && (ROMANISED_FROM_CYRILLIC.has(e.country) || e.country === hint);
}

function score(e: GazetteerEntry, exact: boolean, hint: string | null | undefined): number {
  let s =
    e.kind === "country" ? COUNTRY_SCORE : e.kind === "region" ? REGION_SCORE : Math.log10(e.population + 1);
  if (exact) s += EXACT_SPELLING_BONUS;
  if (hint && e.country === hint) s += COUNTRY_HINT_BONUS;
  if (e.feature === "PPLC") s += CAPITAL_BONUS;
  return s;
}

// Ukrainian settlement names in the gazetteer follow the pre-2010 romanisation
// ("Mykolayiv", "Kramators'k"); reports and the Ukrainian government use the 2010 one.
function modernUkrainian(name: string): string {
  return name
    .replace(/['’ʼ]/g, "")
    .replace(/([aeiouy])yi/g, "$1i")
    .replace(/([^aeiouy\s-])y([aeu])/g, "$1i$2");
}

function displayName(e: GazetteerEntry): string {
  if (e.kind !== "settlement" || e.country !== "UA") return e.name;
  return DISPLAY_NAME[e.name] ?? modernUkrainian(e.name);
}

function toRef(e: GazetteerEntry): PlaceRef {
  return {
    name: displayName(e),
    gazetteerId: e.id,
    country: e.country,
    admin1: e.kind === "country" ? null : e.admin1,
    lat: e.lat,
    lon: e.lon,
    precision: e.kind,
  };
}

function stripArticle(name: string): string {
  return name.replace(/^the\s+/i, "").trim();
}

/**
 * The best gazetteer entry for a name: spelled as written first, then under any usual
 * transliteration; among namesakes, the one in the hinted country, then the most populous.
 * Two hash lookups and a scan of the (few) namesakes.
 */
export function lookupPlace(name: string, options: ResolveOptions = {}): PlaceMatch | null {
  const key = `${options.countryHint ?? ""}\u0000${name}`;
  let found = memo.get(key);
  if (found === undefined) {
    found = lookupUncached(name, options);
    // Reports name the same places over and over; past this many distinct queries the memo
    // starts afresh rather than grow with every misspelling a corpus holds.
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, found);
  }
  // a copy, so that no caller's mention shares (and could alter) another's reference
  return found && { ...found, ref: { ...found.ref } };
}

const MEMO_LIMIT = 50_000;
const memo = new Map<string, PlaceMatch | null>();

function lookupUncached(name: string, options: ResolveOptions): PlaceMatch | null {
  const g = loadGazetteer();
  const bare = stripArticle(name);
  const renamed = RENAMED[bare];
  const query = renamed ?? bare;
  // "The Hague" is listed with its article; "the Netherlands" without.
  const exactSet = g.byPlain.get(plainKey(name)) ?? g.byPlain.get(plainKey(query)) ?? [];
  const folded = g.byFold.get(foldKey(query)) ?? [];
  let best: GazetteerEntry | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  let bestExact = false;
  const consider = (index: number, exact: boolean, folded: boolean) => {
    const e = g.entry(index);
    if (folded && !foldable(e, options.countryHint)) return;
    const s = score(e, exact, options.countryHint);
    if (s > bestScore) {
      best = e;
      bestScore = s;
      bestExact = exact;
    }
  };
  for (const i of exactSet) consider(i, renamed === undefined, false);
  for (const i of folded) if (!exactSet.includes(i)) consider(i, false, true);
  if (best === null) return null;
  const found: GazetteerEntry = best;
  return {
    ref: toRef(found),
    kind: found.kind,
    population: found.population,
    exact: bestExact,
    capital: found.feature === "PPLC",
  };
}

/** The place a name refers to, with coordinates, or null when the gazetteer has no match. */
export function resolvePlace(name: string, options: ResolveOptions = {}): PlaceRef | null {
  return lookupPlace(name, options)?.ref ?? null;
}
