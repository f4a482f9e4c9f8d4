/** The speaker side of an attribution: phrases that can name who speaks. */
import { Shape } from "../text/tokens.js";
import type { Bounds } from "./clause.js";
import {
  ADVERBS,
  CONJUNCTIONS,
  DETERMINERS,
  PERSON_NOUNS,
  PREPOSITIONS,
  SOURCE_NOUNS,
  SUBJECT_PRONOUNS,
  TITLE_WORDS,
} from "./lexicon.js";
import { isComma, nameRunFrom, phraseEndingAt, phraseStartingAt, type TokenRange } from "./phrases.js";
import type { QuoteView } from "./view.js";

/** The subject of a sentence, for cues with none of their own ("…, saying that …"). */
export function sentenceSubject(view: QuoteView, s: Bounds, before: number): TokenRange | null {
  let k = s.first;
  while (k < before && CONJUNCTIONS.has(view.lower[k] ?? "")) k++;
  const w = view.lower[k] ?? "";
  if (PREPOSITIONS.has(w) || CONJUNCTIONS.has(w) || ADVERBS.has(w) || view.opens[k] !== -1) {
    let t = k;
    while (t < before && view.lower[t] !== ",") t++;
    if (t >= before) return null;
    k = t + 1;
  }
  // "Clinton spent Sunday speaking …, and seeking …": the name, not the clause after it
  const shape = view.doc.tokens[k]?.shape;
  if (shape === Shape.Capitalized || shape === Shape.Upper) {
    if (!DETERMINERS.has(view.lower[k] ?? "")) return nameRunFrom(view, k, before);
  }
  return phraseStartingAt(view, k, before);
}

/** A phrase that can name a speaker placed after its verb: a name, a pronoun, "the spokesman". */
export function canNameSpeaker(view: QuoteView, phrase: TokenRange): boolean {
  if (hasName(view, phrase)) return true;
  const head = view.lower[phrase.end - 1] ?? "";
  return (
    SUBJECT_PRONOUNS.has(head) || PERSON_NOUNS.has(head) || TITLE_WORDS.has(head) || SOURCE_NOUNS.has(head)
  );
}

/**
 * `James Zogby, a Sanders superdelegate, said: …`, `Joe Scarborough, host of "Morning Joe,"
 * suggested …` — the subject before an appositive.
 */
export function appositiveSubject(view: QuoteView, comma: number, s: Bounds): TokenRange | null {
  // "Anne Richards, assistant secretary for population, refugees, and migration, said": the
  // phrase that opens the clause (after a quotation or at the sentence start) if it names
  // someone, else the nearest phrase that does, else the nearest phrase
  let nearest: TokenRange | null = null;
  let named: TokenRange | null = null;
  for (let t = comma - 1; t > s.first && comma - t < 40; t--) {
    if (!isComma(view.lower[t] ?? "") || view.closes[t] !== -1) continue;
    const phrase = phraseEndingAt(view, t - 1, s.first);
    if (phrase === null) continue;
    nearest ??= phrase;
    if (!hasName(view, phrase)) continue;
    named ??= phrase;
    if (opensClause(view, phrase.start, s)) return phrase;
  }
  return named ?? nearest;
}

/** `i` begins its clause: at the sentence start or right after a quotation. */
function opensClause(view: QuoteView, i: number, s: Bounds): boolean {
  return i === s.first || view.closes[i - 1] !== -1;
}

function hasName(view: QuoteView, phrase: TokenRange): boolean {
  for (let t = phrase.start; t < phrase.end; t++) {
    const shape = view.doc.tokens[t]?.shape;
    if (shape === Shape.Capitalized || shape === Shape.Upper) return true;
  }
  return SUBJECT_PRONOUNS.has(view.lower[phrase.start] ?? "");
}
