import { Shape, type Token } from "../text/tokens.js";
import { DIRECTION_WORDS, GROUP_NOUNS, LOCATIVE_PREPOSITIONS, SPEECH_VERBS } from "./lexicon.js";

/**
 * Reading the words around a name: what extends its span ("the", "northern", "province",
 * "forces") and what hints at its type ("in X", "X said").
 */

const DETERMINERS = new Set(["the", "The"]);
// Lower-case nouns after a place that belong to its mention. Regional words are resolved
// with the name ("Donetsk region" is the oblast); the others only widen the span.
export const PLACE_SUFFIXES = new Set(["region", "oblast", "province", "governorate", "district", "area"]);
const ARMED = new Set(["armed", "security", "special", "government", "military"]);

/** Token index where a mention starting at `first` really starts, taking in "the". */
export function withDeterminer(tokens: Token[], first: number, floor: number): number {
  const prev = tokens[first - 1];
  return first - 1 >= floor && prev && DETERMINERS.has(prev.text) ? first - 1 : first;
}

/** Takes in "northern" before a place ("northern Iraq"). */
export function withDirection(tokens: Token[], first: number, floor: number): number {
  const prev = tokens[first - 1];
  if (first - 1 < floor || !prev) return first;
  return DIRECTION_WORDS.has(prev.text) && prev.shape === Shape.Lower ? first - 1 : first;
}

/** How many lower-case group nouns follow ("forces", "government forces", "armed forces"). */
export function groupNounsAfter(tokens: Token[], end: number, limit: number): number {
  let j = end;
  while (j < limit && j - end < 3) {
    const t = tokens[j] as Token;
    if (GROUP_NOUNS.has(t.text)) j++;
    else if (ARMED.has(t.text) && GROUP_NOUNS.has(tokens[j + 1]?.text ?? "")) j++;
    else break;
  }
  // "armed" alone, without a noun after it, is not part of the name.
  while (j > end && !GROUP_NOUNS.has((tokens[j - 1] as Token).text)) j--;
  return j - end;
}

/** A lower-case regional noun right after a name ("Kharkiv oblast"), or null. */
export function placeSuffixAfter(tokens: Token[], end: number, limit: number): string | null {
  const t = tokens[end];
  return end < limit && t && PLACE_SUFFIXES.has(t.text) ? t.text : null;
}

/** "in X", "near X", "the village of X". */
export function locativeBefore(tokens: Token[], first: number, floor: number): boolean {
  let j = first - 1;
  if (j >= floor && DETERMINERS.has((tokens[j] as Token).text)) j--;
  return j >= floor && LOCATIVE_PREPOSITIONS.has((tokens[j] as Token).text);
}

/** "X said", "X told reporters". */
export function speechAfter(tokens: Token[], end: number, limit: number): boolean {
  const t = tokens[end];
  if (end < limit && t && SPEECH_VERBS.has(t.text)) return true;
  const u = tokens[end + 1];
  return end + 1 < limit && t?.text === "," && u !== undefined && SPEECH_VERBS.has(u.text);
}
