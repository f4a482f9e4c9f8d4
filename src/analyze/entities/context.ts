import { countryTables } from "../places/countries.js";
import { lookupPlace } from "../places/resolve.js";
import { Shape, type Token } from "../text/tokens.js";
import {
  DIRECTION_WORDS,
  FACILITY_NOUNS,
  GROUP_ADJECTIVES,
  GROUP_NOUNS,
  LOCATIVE_PREPOSITIONS,
  MOTION_VERBS,
  PEOPLE_NOUNS,
  PLACE_NOUNS,
  ROLE_NOUNS,
  SPEECH_VERBS,
} from "./lexicon.js";

/**
 * Reading the words around a name: what extends its span ("the", "northern", "province",
 * "forces") and what hints at its type ("in X", "X said").
 */

const DETERMINERS = new Set(["the", "The"]);
const INDEFINITE = new Set(["a", "A", "an", "An"]);
const DISTANCE_UNITS = new Set(["km", "kilometres", "kilometers", "miles", "mi", "m"]);
// Lower-case nouns after a place that belong to its mention. Regional words are resolved
// with the name ("Donetsk region" is the oblast); the others only widen the span.
export const PLACE_SUFFIXES = new Set([
  "region",
  "oblast",
  "province",
  "governorate",
  "district",
  "area",
  "neighbourhood",
  "neighborhood",
  "suburb",
  "river",
  "valley",
  "mountains",
]);
const ARMED = new Set([
  "armed",
  "security",
  "special",
  "government",
  "military",
  "news",
  "state",
  "intelligence",
]);

/**
 * Token index where a mention starting at `first` really starts, taking in "the" — and
 * "a"/"an" for a described group or role ("a Foreign Office spokesman").
 */
export function withDeterminer(tokens: Token[], first: number, floor: number, indefinite: boolean): number {
  const prev = tokens[first - 1];
  if (first - 1 < floor || !prev) return first;
  return DETERMINERS.has(prev.text) || (indefinite && INDEFINITE.has(prev.text)) ? first - 1 : first;
}

function ownsPlace(t: Token): boolean {
  if (t.shape !== Shape.Capitalized && t.shape !== Shape.Upper) return false;
  return !isModifier(t) && lookupPlace(t.text) === null;
}

function isModifier(t: Token): boolean {
  if (DETERMINERS.has(t.text) || INDEFINITE.has(t.text)) return false;
  if (t.shape === Shape.Lower) return /^\p{L}[\p{L}-]*$/u.test(t.text);
  return countryTables().demonyms.has(t.text) || GROUP_ADJECTIVES.has(t.text);
}

/**
 * Takes in what introduces a place as what it is or where it lies relative to: "the
 * rebel-held Syrian town of Azaz", "the village of Safina", "west of Damascus", "35km
 * south of Mosul".
 */
export function describedPlaceBefore(tokens: Token[], first: number, floor: number): number {
  if (first - 2 < floor || tokens[first - 1]?.text !== "of") return first;
  const head = tokens[first - 2] as Token;
  if (DIRECTION_WORDS.has(head.text) && head.shape === Shape.Lower) {
    const unit = tokens[first - 3];
    const amount = tokens[first - 4];
    if (first - 4 >= floor && amount?.shape === Shape.Number && unit && DISTANCE_UNITS.has(unit.text))
      return first - 4;
    return first - 2;
  }
  // "the Saltivka district of Kharkiv" is Saltivka's district, not a description of
  // Kharkiv; but in "the Damascus suburb of Darayya" the name before is a place the
  // gazetteer knows, which the suburb is of
  const owner = tokens[first - 3];
  if (!PLACE_NOUNS.has(head.text) || (owner && first - 3 >= floor && ownsPlace(owner))) return first;
  let j = first - 3;
  const floorModifiers = Math.max(floor, j - 2);
  while (j >= floorModifiers && isModifier(tokens[j] as Token)) j--;
  const det = tokens[j];
  if (j >= floor && det && (DETERMINERS.has(det.text) || INDEFINITE.has(det.text))) return j;
  // without an article, modifiers are not known to belong to the place ("besieged Damascus suburb")
  return first - 2;
}

/**
 * 1 when a singular role noun follows ("spokesman", "official"), else 0; not before a name,
 * which then is the person ("Hamas leader Ismail Haniyeh").
 */
export function roleNounAfter(tokens: Token[], end: number, limit: number): number {
  const t = tokens[end];
  const next = tokens[end + 1];
  const named = end + 1 < limit && next !== undefined && next.shape === Shape.Capitalized;
  return end < limit && t && ROLE_NOUNS.has(t.text) && !named ? 1 : 0;
}

/** Takes in "northern" before a place ("northern Iraq"). */
export function withDirection(tokens: Token[], first: number, floor: number): number {
  const prev = tokens[first - 1];
  if (first - 1 < floor || !prev) return first;
  return DIRECTION_WORDS.has(prev.text) && prev.shape === Shape.Lower ? first - 1 : first;
}

/**
 * How many lower-case group nouns follow ("forces", "government forces", "armed forces");
 * `people` also takes civilians and residents ("Syrian refugees").
 */
export function groupNounsAfter(tokens: Token[], end: number, limit: number, people = false): number {
  let j = end;
  const isGroup = (w: string) => GROUP_NOUNS.has(w) || (people && PEOPLE_NOUNS.has(w));
  while (j < limit && j - end < 3) {
    const t = tokens[j] as Token;
    if (isGroup(t.text)) j++;
    else if (ARMED.has(t.text) && isGroup(tokens[j + 1]?.text ?? "")) j++;
    else break;
  }
  // "armed" alone, without a noun after it, is not part of the name.
  while (j > end && !isGroup((tokens[j - 1] as Token).text)) j--;
  return j - end;
}

/** A lower-case regional noun right after a name ("Kharkiv oblast"), or null. */
export function placeSuffixAfter(tokens: Token[], end: number, limit: number, known = false): string | null {
  const t = tokens[end];
  // "the Damascus suburb of Darayya": after a known place, the suffix introduces another one
  // (but "the Karrada district of Baghdad" is Karrada's district)
  if (known && tokens[end + 1]?.text === "of") return null;
  return end < limit && t && PLACE_SUFFIXES.has(t.text) ? t.text : null;
}

/** "in X", "near X", "the village of X", "came to X". */
export function locativeBefore(tokens: Token[], first: number, floor: number): boolean {
  let j = first - 1;
  if (j >= floor && DETERMINERS.has((tokens[j] as Token).text)) j--;
  if (j < floor) return false;
  const w = (tokens[j] as Token).text;
  if (LOCATIVE_PREPOSITIONS.has(w)) return true;
  return w === "to" && j - 1 >= floor && MOTION_VERBS.has((tokens[j - 1] as Token).text);
}

/** `," says Manal,`: a name after a verb of saying that closes a quotation or clause. */
export function speechBefore(
  tokens: Token[],
  first: number,
  end: number,
  floor: number,
  limit: number,
): boolean {
  const verb = tokens[first - 1];
  const before = tokens[first - 2];
  if (first - 2 < floor || !verb || !before || !SPEECH_VERBS.has(verb.text)) return false;
  if (before.shape !== Shape.Punct) return false;
  const after = tokens[end];
  return end >= limit || after?.shape === Shape.Punct;
}

/** How many tokens after a name make it a facility ("airport", "military airport"), or 0. */
export function facilityAfter(tokens: Token[], end: number, limit: number): number {
  const t = tokens[end];
  if (end >= limit || !t || t.shape !== Shape.Lower) return 0;
  if (FACILITY_NOUNS.has(t.text)) return 1;
  const u = tokens[end + 1];
  return end + 1 < limit && u && ARMED.has(t.text) && FACILITY_NOUNS.has(u.text) ? 2 : 0;
}

/** "X said", "X told reporters". */
export function speechAfter(tokens: Token[], end: number, limit: number): boolean {
  const t = tokens[end];
  if (end < limit && t && SPEECH_VERBS.has(t.text)) return true;
  const u = tokens[end + 1];
  return end + 1 < limit && t?.text === "," && u !== undefined && SPEECH_VERBS.has(u.text);
}
