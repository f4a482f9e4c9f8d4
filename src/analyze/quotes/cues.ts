import { Shape } from "../text/tokens.js";
import {
  ADVERBS,
  CUE_WORDS,
  type CueWord,
  DETERMINERS,
  INVERTIBLE,
  NOUN_HOMOGRAPHS,
  OPTIONAL_PARTICLE,
  PREPOSITIONS,
  REQUIRED_PARTICLE,
  SUBJECT_PRONOUNS,
} from "./lexicon.js";
import { isAdverb } from "./phrases.js";
import type { QuoteView } from "./view.js";

export interface Cue {
  /** First token of the cue. */
  at: number;
  /** One past its last token (a particle included: "pointed out"). */
  end: number;
  /** The reporting verb; null for "according to". */
  verb: CueWord | null;
  /** "was first reported by Politico": the speaker follows "by" at this token; -1 otherwise. */
  agentAt: number;
}

const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "'s"]);

function isPossessive(word: string): boolean {
  return word.endsWith("'s") || word === "his" || word === "her" || word === "their" || word === "its";
}

/** The nearest word before `i` that is not an adverb ("was not disclosed" → "was"). */
function wordBefore(view: QuoteView, i: number): string {
  let j = i - 1;
  while (j > 0 && isAdverb(view, j)) j--;
  return view.lower[j] ?? "";
}

/** What makes "claims", "plans" or "blame" a verb: a clause, an infinitive or a quotation after it, or a name or pronoun before it. */
function isVerbInContext(view: QuoteView, i: number): boolean {
  const next = view.lower[i + 1] ?? "";
  if (next === "that" || next === ":" || SUBJECT_PRONOUNS.has(next) || view.opens[i + 1] !== -1) return true;
  if (next === "to" && view.doc.tokens[i + 2]?.shape === Shape.Lower) return true;
  let j = i - 1;
  while (j > 0 && isAdverb(view, j)) j--;
  const before = view.doc.tokens[j];
  const subjectLike = SUBJECT_PRONOUNS.has(view.lower[j] ?? "") || before?.shape === Shape.Capitalized;
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

// A reporting word used as a noun ("the report", "32 state committees"), a passive without
// its agent ("was told") or an infinitive ("a lot to say") introduces no quotation.
function verbCue(view: QuoteView, i: number, word: CueWord): Cue | null {
  const prev = view.lower[i - 1] ?? "";
  if ((DETERMINERS.has(prev) && prev !== "that") || isPossessive(prev)) return null;
  if (view.doc.tokens[i - 1]?.shape === Shape.Number) return null;
  if (word.form === "base" && prev === "to") return null;
  if (word.form === "base" && NOUN_HOMOGRAPHS.has(word.lemma) && !canPrecedeBase(view, i, word)) return null;
  const agentAt = word.form === "past" ? passiveAgent(view, i) : -1;
  if (word.form === "past" && BE.has(wordBefore(view, i))) {
    return agentAt === -1 ? null : { at: i, end: i + 1, verb: word, agentAt };
  }
  // "a memoir published by Henry Holt": a participle describing a noun, not a statement
  if (agentAt !== -1) return null;
  const next = view.lower[i + 1] ?? "";
  if (PHRASAL_PARTICLES.has(next)) return null;
  const required = REQUIRED_PARTICLE.get(word.lemma);
  if (required !== undefined && !required.has(next)) return null;
  if (required !== undefined || OPTIONAL_PARTICLE.get(word.lemma)?.has(next)) {
    return { at: i, end: i + 2, verb: word, agentAt: -1 };
  }
  const nounLike = (word.form === "base" || word.form === "third") && NOUN_HOMOGRAPHS.has(word.lemma);
  if (nounLike && !isVerbInContext(view, i)) return null;
  return { at: i, end: i + 1, verb: word, agentAt: -1 };
}

/** Particles that turn a verb into another one: "showed up", "fought back", "backed off". */
const PHRASAL_PARTICLES = new Set(["up", "back", "off", "down", "away"]);

/** Plural subjects not ending in -s: "many say", "people believe". */
const PLURAL_SUBJECTS = new Set([
  "many",
  "some",
  "most",
  "few",
  "both",
  "all",
  "people",
  "men",
  "women",
  "children",
  "police",
]);

const MODALS = new Set([
  "will",
  "would",
  "shall",
  "should",
  "can",
  "could",
  "may",
  "might",
  "must",
  "do",
  "does",
  "did",
]);

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

/** Reporting verbs and "according to" in tokens [from, to), outside quoted content. */
export function findCues(view: QuoteView, from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  const { tokens } = view.doc;
  for (let i = from; i < to; i++) {
    if (view.inSegment[i] !== -1) continue;
    const w = view.lower[i] ?? "";
    if (w === "according" && view.lower[i + 1] === "to") {
      cues.push({ at: i, end: i + 2, verb: null, agentAt: -1 });
      i++;
      continue;
    }
    if (tokens[i]?.shape !== Shape.Lower) continue;
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
