/**
 * Noun phrases around a reporting verb, found from word shapes and closed word classes
 * alone: the analyzer has no tagger, and a speaker is nearly always a name, a pronoun or
 * a short determiner phrase right next to the cue.
 */
import { Shape } from "../text/tokens.js";
import {
  ADVERBS,
  AUXILIARIES,
  CONJUNCTIONS,
  DETERMINERS,
  OBJECT_PRONOUNS,
  PARENTHETICALS,
  PREPOSITIONS,
  REFLEXIVES,
  RELATIVES,
  SUBJECT_PRONOUNS,
  TITLE_WORDS,
  WEEKDAYS,
} from "./lexicon.js";
import { CUE_WORDS, NOUN_HOMOGRAPHS } from "./verbs.js";
import type { QuoteView } from "./view.js";

/** Tokens [start, end). */
export interface TokenRange {
  start: number;
  end: number;
}

const MAX_NP = 10;

function isName(view: QuoteView, i: number): boolean {
  const shape = view.doc.tokens[i]?.shape;
  return shape === Shape.Capitalized || shape === Shape.Upper || shape === Shape.Other;
}

/** An adverb by list or by form ("repeatedly", "didn't"); names such as "Jolly" are not. */
export function isAdverb(view: QuoteView, i: number): boolean {
  const shape = view.doc.tokens[i]?.shape;
  const word = view.lower[i] ?? "";
  // "Still, …" opening a sentence is the adverb; "Jolly said" is a name
  if (shape === Shape.Capitalized) return ADVERBS.has(word) || PARENTHETICALS.has(word);
  if (shape !== Shape.Lower) return false;
  return ADVERBS.has(word) || word.endsWith("n't") || (word.length > 4 && word.endsWith("ly"));
}

/** A comma or a dash (" - " stands alone as a token), which set off clauses and appositives alike. */
export function isComma(word: string): boolean {
  return word === "," || word === "—" || word === "–" || word === "-";
}

/** A full stop that belongs to a name: "J." in "Donald J. Trump", "Sen." in "Sen. Sanders". */
function isNameDot(view: QuoteView, i: number): boolean {
  if (view.lower[i] !== ".") return false;
  const before = view.doc.tokens[i - 1];
  if (before === undefined || before.end !== view.doc.tokens[i]?.start) return false;
  return before.text.length === 1 || TITLE_WORDS.has(view.lower[i - 1] ?? "");
}

/** "of" inside a title or a name: "Secretary of State", "University of Texas". */
function isInnerOf(view: QuoteView, i: number): boolean {
  const w = view.lower[i];
  return (w === "of" || w === "and") && isName(view, i - 1) && isName(view, i + 1);
}

/**
 * A finite reporting verb that cannot be read as a noun or an adjective: "said", "tells",
 * not "order", "reports" or "planning" (as in "policy planning director").
 */
export function isReportingVerb(word: string): boolean {
  const cue = CUE_WORDS.get(word);
  if (cue === undefined || cue.form === "base" || cue.form === "ing") return false;
  return !(cue.form === "third" && NOUN_HOMOGRAPHS.has(cue.lemma));
}

/** Quantifiers that make a subject on their own: "Several said …", "Most believe …". */
const QUANTIFIERS = new Set([
  "several",
  "many",
  "some",
  "both",
  "all",
  "most",
  "few",
  "others",
  "each",
  "none",
  "those",
  "everyone",
  "everybody",
  "someone",
  "somebody",
  "anyone",
  "nobody",
]);

/** A personal pronoun; "US" is a country, not "us". */
function isPronoun(view: QuoteView, i: number): boolean {
  const w = view.lower[i] ?? "";
  return (SUBJECT_PRONOUNS.has(w) || OBJECT_PRONOUNS.has(w)) && view.doc.tokens[i]?.shape !== Shape.Upper;
}

/** Whether a token ends a speaker phrase: a quotation, punctuation, a function word, a verb. */
function blocks(view: QuoteView, i: number): boolean {
  if (view.inSegment[i] !== -1 || view.opens[i] !== -1 || view.closes[i] !== -1) return true;
  const tok = view.doc.tokens[i];
  if (tok === undefined) return true;
  const w = view.lower[i] ?? "";
  if (tok.shape === Shape.Punct) return !isNameDot(view, i) && w !== "&";
  if (isInnerOf(view, i)) return false;
  if (PREPOSITIONS.has(w) || CONJUNCTIONS.has(w) || AUXILIARIES.has(w) || RELATIVES.has(w)) return true;
  if (isPronoun(view, i) || REFLEXIVES.has(w)) return true;
  if (isAdverb(view, i) || (tok.shape === Shape.Lower && isReportingVerb(w))) return true;
  return false;
}

const TIME_NOUNS = new Set([
  "week",
  "month",
  "year",
  "night",
  "morning",
  "afternoon",
  "evening",
  "weekend",
  "day",
]);
const TIME_MODIFIERS = new Set([
  "last",
  "this",
  "next",
  "that",
  "on",
  "early",
  "late",
  "earlier",
  "later",
  "the",
]);

/** Length of a time expression ending at `i` ("last week", "on Tuesday"), 0 when there is none. */
function timeBefore(view: QuoteView, i: number): number {
  const w = view.lower[i] ?? "";
  if (WEEKDAYS.has(w)) return view.lower[i - 1] === "on" ? 2 : 1;
  if (TIME_NOUNS.has(w) && TIME_MODIFIERS.has(view.lower[i - 1] ?? "")) return 2;
  return 0;
}

/**
 * Skips, leftwards from `i`, what stands between a subject and its verb: adverbs,
 * auxiliaries, time expressions and a parenthesis ("Paul Ryan (R-WI) said").
 */
export function skipLeftModifiers(view: QuoteView, i: number, floor: number): number {
  let j = i;
  while (j >= floor) {
    const w = view.lower[j] ?? "";
    if (AUXILIARIES.has(w) || isAdverb(view, j)) {
      j--;
      continue;
    }
    const time = timeBefore(view, j);
    if (time > 0) {
      j -= time;
      continue;
    }
    // "They have both urged", "Cruz himself said": a word that only repeats the subject
    if ((FLOATING.has(w) || REFLEXIVES.has(w)) && j > floor && standsAfterSubject(view, j - 1)) {
      j--;
      continue;
    }
    // "Murphy, though, said": a parenthetical adverb between commas
    if (w === "," && PARENTHETICALS.has(view.lower[j - 1] ?? "") && view.lower[j - 2] === ",") {
      j -= 3;
      continue;
    }
    const k = skipParenthesisLeft(view, j, floor);
    if (k === j) break;
    j = k;
  }
  return j;
}

/** Quantifiers that float after the subject they quantify: "they all said", "have both urged". */
const FLOATING = new Set(["both", "all", "each"]);

/** Whether `i` can end a subject or the auxiliaries after it, so that a floating word may follow. */
function standsAfterSubject(view: QuoteView, i: number): boolean {
  const w = view.lower[i] ?? "";
  if (AUXILIARIES.has(w) || SUBJECT_PRONOUNS.has(w) || OBJECT_PRONOUNS.has(w) || isName(view, i)) return true;
  const tok = view.doc.tokens[i];
  if (tok === undefined || tok.shape === Shape.Punct) return w === ")" || view.closes[i] !== -1;
  return tok.shape === Shape.Lower && !PREPOSITIONS.has(w) && !CONJUNCTIONS.has(w) && !DETERMINERS.has(w);
}

/** Skips a parenthesis that ends at `i` ("Paul Ryan (R-WI)"), returning the index before it. */
function skipParenthesisLeft(view: QuoteView, i: number, floor: number): number {
  if (view.lower[i] !== ")") return i;
  for (let k = i - 1; k >= floor && i - k < 12; k--) if (view.lower[k] === "(") return k - 1;
  return i;
}

/** The subject phrase that ends at token `last` (inclusive), scanning leftwards. */
export function phraseEndingAt(view: QuoteView, end: number, floor: number): TokenRange | null {
  const last = skipParenthesisLeft(view, end, floor);
  if (last < floor) return null;
  const w = view.lower[last] ?? "";
  if (SUBJECT_PRONOUNS.has(w) || QUANTIFIERS.has(w)) return { start: last, end: last + 1 };
  let k = last;
  while (k >= floor && last - k < MAX_NP) {
    const word = view.lower[k] ?? "";
    if (DETERMINERS.has(word) && word !== "that") {
      if (k === last) return null;
      return { start: k, end: last + 1 };
    }
    if (blocks(view, k)) break;
    k--;
  }
  return k === last ? null : { start: k + 1, end: last + 1 };
}

/** The phrase that starts at token `first`, scanning rightwards (an inverted subject, an agent). */
export function phraseStartingAt(view: QuoteView, first: number, ceil: number): TokenRange | null {
  if (first >= ceil) return null;
  const w = view.lower[first] ?? "";
  if (isPronoun(view, first)) return { start: first, end: first + 1 };
  let k = first;
  if (DETERMINERS.has(w) && w !== "that") k++;
  while (k < ceil && k - first < MAX_NP + 2 && !blocks(view, k)) k++;
  if (k === first || (k === first + 1 && DETERMINERS.has(w))) return null;
  return { start: first, end: k };
}

/** The run of name words starting at `first` ("Ms. Brainard", "Secretary of State Antony Blinken"). */
export function nameRunFrom(view: QuoteView, first: number, ceil: number): TokenRange {
  let k = first;
  while (k < ceil && (isName(view, k) || isNameDot(view, k) || isInnerOf(view, k))) k++;
  return { start: first, end: Math.max(k, first + 1) };
}

/**
 * The personal name at the end of a phrase, after any title: "Antony Blinken" in
 * "Secretary of State Antony Blinken", "Peck" in "Mr. Peck of SunTrust". Null when the
 * phrase does not end in a name ("a Pentagon spokesman").
 */
export function nameInPhrase(view: QuoteView, phrase: TokenRange): TokenRange | null {
  let end = phrase.end;
  // "Mr. Peck of SunTrust": an "of" before a word that is no title starts an affiliation
  for (let i = phrase.start + 1; i < phrase.end - 1; i++) {
    if (view.lower[i] === "of" && !TITLE_WORDS.has(view.lower[i + 1] ?? "")) {
      end = i;
      break;
    }
  }
  let k = end - 1;
  while (k >= phrase.start) {
    const w = view.lower[k] ?? "";
    const nameish = isName(view, k) || isNameDot(view, k) || (w === "-" && isName(view, k - 1));
    if (!nameish || TITLE_WORDS.has(w) || w.endsWith("'s") || w.endsWith("’s")) break;
    k--;
  }
  k++;
  while (k < end && view.lower[k] === ".") k++;
  return k < end ? { start: k, end } : null;
}
