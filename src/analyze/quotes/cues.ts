import { Shape } from "../text/tokens.js";
import { BE, DETERMINERS, POSSESSIVE_PRONOUNS, PREPOSITIONS, SUBJECT_PRONOUNS, words } from "./lexicon.js";
import { isAdverb } from "./phrases.js";
import {
  CUE_WORDS,
  type CueWord,
  INVERTIBLE,
  inflections,
  NOUN_HOMOGRAPHS,
  OPTIONAL_PARTICLE,
  REQUIRED_PARTICLE,
} from "./verbs.js";
import type { QuoteView } from "./view.js";

export interface Cue {
  /** First token of the cue. */
  at: number;
  /** One past its last token (a particle included: "pointed out"). */
  end: number;
  /** The reporting verb; null for a cue that is no verb ("according to", a colon, "claims that"). */
  verb: CueWord | null;
  /** "was first reported by Politico": the speaker follows "by" at this token; -1 otherwise. */
  agentAt: number;
  /** A passive without agent that still reports a view: "is expected to", "was seen as". */
  agentless?: boolean;
  /** After "to", with a quotation following: "went on to say, "…"". */
  infinitive?: boolean;
}

/** A quotation opens at `i`, or right after a comma or colon there. */
function quoteFollows(view: QuoteView, i: number): boolean {
  const w = view.lower[i] ?? "";
  return view.opens[i] !== -1 || ((w === "," || w === ":") && view.opens[i + 1] !== -1);
}

/** Passives that report a view without naming whose: "X is expected to win", "X is seen as Y". */
const AGENTLESS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["expected", new Set(["to"])],
  ["seen", new Set(["as"])],
  ["viewed", new Set(["as"])],
  ["regarded", new Set(["as"])],
  ["considered", new Set(["a", "an", "the", "to"])],
]);

function isPossessive(word: string): boolean {
  return word.endsWith("'s") || POSSESSIVE_PRONOUNS.has(word);
}

/** The nearest word before `i` that is not an adverb ("was not disclosed" → "was"). */
function wordBefore(view: QuoteView, i: number): string {
  let j = i - 1;
  while (j > 0 && isAdverb(view, j)) j--;
  return view.lower[j] ?? "";
}

/**
 * What makes "claims", "plans" or "blame" a verb: a clause, an infinitive or a quotation
 * after it, or a name, a pronoun or an auxiliary before it.
 */
function isVerbInContext(view: QuoteView, i: number): boolean {
  const prev = view.lower[i - 1] ?? "";
  // "expressing views that …": after another verb, the word is its object
  if (view.doc.tokens[i - 1]?.shape === Shape.Lower && /(?:ing|ed)$/.test(prev)) return false;
  const next = view.lower[i + 1] ?? "";
  if (next === "that" || next === ":" || SUBJECT_PRONOUNS.has(next) || view.opens[i + 1] !== -1) return true;
  if (next === "to" && view.doc.tokens[i + 2]?.shape === Shape.Lower) return true;
  let j = i - 1;
  while (j > 0 && isAdverb(view, j) && !view.lower[j]?.endsWith("n't")) j--;
  const w = view.lower[j] ?? "";
  if (MODALS.has(w) || w.endsWith("n't")) return true;
  const subjectLike =
    SUBJECT_PRONOUNS.has(w) ||
    w === "who" ||
    w === "which" ||
    view.doc.tokens[j]?.shape === Shape.Capitalized;
  const nextTok = view.doc.tokens[i + 1];
  return (
    subjectLike && j > 0 && nextTok !== undefined && nextTok.shape !== Shape.Punct && !PREPOSITIONS.has(next)
  );
}

/** Token after "by" in a passive's agent ("was reported by Politico"), or -1. */
function passiveAgent(view: QuoteView, i: number): number {
  for (let t = i + 1; t < i + 4; t++) {
    if (view.lower[t] === "by") return t + 1;
    if (!isAdverb(view, t)) break;
  }
  return -1;
}

/** A base form that is a verb here: not "a progressive think tank", not "an overtime rule". */
function isBaseVerb(view: QuoteView, i: number, word: CueWord): boolean {
  if (view.lower[i - 2] === "a" || view.lower[i - 2] === "an") return false;
  return !NOUN_HOMOGRAPHS.has(word.lemma) || canPrecedeBase(view, i, word);
}

/** "was first reported by Politico", "is expected to": a passive that still reports. */
function passiveCue(view: QuoteView, i: number, word: CueWord, agentAt: number): Cue | null {
  if (agentAt !== -1) return { at: i, end: i + 1, verb: word, agentAt };
  const particles = AGENTLESS.get(view.lower[i] ?? "");
  if (!particles?.has(view.lower[i + 1] ?? "")) return null;
  return { at: i, end: i + 1, verb: word, agentAt, agentless: true };
}

/**
 * Prepositions that a phrasal cue takes before what it is about: "lashed out at", "signed
 * off on", "pushed back against".
 */
const PHRASAL_OBJECTS = new Set(["at", "on", "against", "with", "over"]);

/** An active reporting verb, with the particle it takes ("pointed out", "called for"). */
function activeCue(view: QuoteView, i: number, word: CueWord): Cue | null {
  const next = view.lower[i + 1] ?? "";
  const required = REQUIRED_PARTICLE.get(word.lemma);
  if (required !== undefined && !required.has(next)) return null;
  if (required !== undefined || OPTIONAL_PARTICLE.get(word.lemma)?.has(next)) {
    const adverbial = PHRASAL_PARTICLES.has(next) || next === "out" || next === "in";
    const end = adverbial && PHRASAL_OBJECTS.has(view.lower[i + 2] ?? "") ? i + 3 : i + 2;
    return { at: i, end, verb: word, agentAt: -1 };
  }
  if (PHRASAL_PARTICLES.has(next)) return null;
  const nounLike = (word.form === "base" || word.form === "third") && NOUN_HOMOGRAPHS.has(word.lemma);
  if (nounLike && !isVerbInContext(view, i)) return null;
  return { at: i, end: i + 1, verb: word, agentAt: -1 };
}

// A reporting word used as a noun ("the report", "32 state committees"), a passive without
// its agent ("was told") or an infinitive ("a lot to say") introduces no quotation.
function verbCue(view: QuoteView, i: number, word: CueWord): Cue | null {
  const prev = view.lower[i - 1] ?? "";
  // "several oppose", "six in 10 said": a quantifier or a share may be the subject of a
  // form that cannot be a noun
  const nounLike = NOUN_HOMOGRAPHS.has(word.lemma) && word.form !== "past";
  const subjectBefore = !nounLike && word.form !== "ing" && (QUANTIFIERS.has(prev) || isShare(view, i - 1));
  if (!subjectBefore) {
    if ((DETERMINERS.has(prev) && prev !== "that") || isPossessive(prev)) return null;
    if (view.doc.tokens[i - 1]?.shape === Shape.Number) return null;
  }
  if (word.lemma === "like" && !likeIsVerb(view, i, word)) return null;
  if (word.form === "base") {
    // "went on to say, "…"" and "attempted to portray" report; "a lot to say" does not
    if (prev === "to")
      return quoteFollows(view, i + 1) || isCatenative(view, i - 2)
        ? { at: i, end: i + 1, verb: word, agentAt: -1, infinitive: true }
        : null;
    if (!isBaseVerb(view, i, word)) return null;
  }
  const agentAt = word.form === "past" ? passiveAgent(view, i) : -1;
  if (word.form === "past" && BE.has(wordBefore(view, i))) return passiveCue(view, i, word, agentAt);
  // "a memoir published by Henry Holt": a participle describing a noun, not a statement
  if (agentAt !== -1) return null;
  return activeCue(view, i, word);
}

/**
 * Verbs and adjectives that take an infinitive sharing their subject without saying or
 * judging anything themselves: "attempted to portray", "began to criticise", "was the
 * first to deny". Cues that take an infinitive ("decided to back", "was quick to deny",
 * see attitude.ts) report it themselves.
 */
const CATENATIVES = new Set([
  ...words(`try attempt begin start continue manage fail struggle rush hasten hurry dare move tend
  pretend come use need`).flatMap(inflections),
  ...words("able unable first last prepared poised careful"),
]);

/** Whether the word at `i`, before "to", governs the infinitive after it: "went on", "tried". */
function isCatenative(view: QuoteView, i: number): boolean {
  let j = i;
  while (j > 0 && isAdverb(view, j)) j--;
  const w = view.lower[j] ?? "";
  if (w === "on") return /^(?:go|goes|went|going|gone)$/.test(view.lower[j - 1] ?? "");
  return CATENATIVES.has(w) && view.doc.tokens[j]?.shape === Shape.Lower;
}

/** Determiners that also stand alone as a subject: "several oppose the deal". */
const QUANTIFIERS = new Set(words("several many some both all most few each"));

/** A share of people standing as a subject: "42 percent said", "42% say", "six in 10 said". */
function isShare(view: QuoteView, i: number): boolean {
  const w = view.lower[i] ?? "";
  if (w === "%" || w === "percent") return true;
  return view.lower[i - 1] === "in" && view.doc.tokens[i]?.shape === Shape.Number;
}

/**
 * "like" is far more often a preposition ("states like Ohio", "felt like a loss"): a verb
 * only after a pronoun, an auxiliary, a relative or a plural subject ("many like him").
 */
function likeIsVerb(view: QuoteView, i: number, word: CueWord): boolean {
  if (word.form !== "base") return true;
  let j = i - 1;
  while (j > 0 && isAdverb(view, j) && !view.lower[j]?.endsWith("n't")) j--;
  const w = view.lower[j] ?? "";
  return (
    SUBJECT_PRONOUNS.has(w) || MODALS.has(w) || w.endsWith("n't") || w === "who" || PLURAL_SUBJECTS.has(w)
  );
}

/** Particles that turn a verb into another one: "showed up", "fought back", "backed off". */
const PHRASAL_PARTICLES = new Set(["up", "back", "off", "down", "away"]);

/** Plural subjects not ending in -s: "many say", "people believe". */
const PLURAL_SUBJECTS = new Set(words("many some most few both all people men women children police"));

const MODALS = new Set(words("will would shall should can could may might must do does did"));

/**
 * A base form that can be a noun ("an overtime rule", "the support") is taken for a verb
 * only after what can be its subject or an auxiliary: "they support", "Democrats back",
 * "would plan".
 */
function canPrecedeBase(view: QuoteView, i: number, word: CueWord): boolean {
  let j = i - 1;
  while (j > 0 && isAdverb(view, j) && !view.lower[j]?.endsWith("n't")) j--;
  const w = view.lower[j] ?? "";
  if (SUBJECT_PRONOUNS.has(w) || MODALS.has(w) || PLURAL_SUBJECTS.has(w) || w.endsWith("n't")) return true;
  if (w === "who" || w === "that") return true;
  // `…, say analysts`, `"…" say officials`
  if ((w === "," || view.closes[j] !== -1) && INVERTIBLE.has(word.lemma)) return true;
  const shape = view.doc.tokens[j]?.shape;
  return shape === Shape.Capitalized || shape === Shape.Upper || (shape === Shape.Lower && w.endsWith("s"));
}

/** A headline in title case ("Pence Endorses Paul Ryan"), where verbs are capitalised too. */
function isTitleCase(view: QuoteView, from: number, to: number): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = from; i < to; i++) {
    const shape = view.doc.tokens[i]?.shape;
    if (shape === Shape.Capitalized) upper++;
    else if (shape === Shape.Lower) lower++;
  }
  return upper >= 4 && upper >= 2 * lower;
}

/** Reporting verbs and "according to" in tokens [from, to), outside quoted content. */
export function findCues(view: QuoteView, from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  const { tokens } = view.doc;
  const verbShape = isTitleCase(view, from, to) ? Shape.Capitalized : Shape.Lower;
  for (let i = from; i < to; i++) {
    if (view.inSegment[i] !== -1) continue;
    const w = view.lower[i] ?? "";
    if (w === "according" && view.lower[i + 1] === "to") {
      cues.push({ at: i, end: i + 2, verb: null, agentAt: -1 });
      i++;
      continue;
    }
    const shape = tokens[i]?.shape;
    if (shape !== Shape.Lower && (shape !== verbShape || i === from)) continue;
    const word = CUE_WORDS.get(w);
    if (word === undefined) continue;
    const cue = verbCue(view, i, word);
    if (cue !== null) {
      cues.push(cue);
      i = cue.end - 1;
    }
  }
  return cues;
}
