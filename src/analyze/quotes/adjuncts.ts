/**
 * Attributions carried by an adjunct rather than a reporting verb: a poll that a finding is
 * "in" ("Trump leads by 9 points in the RealClearPolitics average") and a question put to
 * someone ("Asked whether he would run, Smith said …"), and an evidential adverb that
 * reports a clause without saying who reports it ("the shell reportedly hit a school").
 */
import { type Attribution, attribution } from "./attribution.js";
import { type Bounds, clauseEnd } from "./clause.js";
import { CONJUNCTIONS, PREPOSITIONS } from "./lexicon.js";
import { phraseStartingAt } from "./phrases.js";
import type { QuoteView } from "./view.js";

const POLL_NOUNS = new Set(["poll", "polls", "survey", "surveys", "average", "averages", "study", "tally"]);

/** How far after "in" the poll noun may come: "in the RealClearPolitics average of recent Hoosier polls". */
const MAX_POLL_PHRASE = 8;

function pollPhraseEnd(view: QuoteView, from: number, s: Bounds): number {
  for (let u = from; u < s.end && u - from < MAX_POLL_PHRASE; u++) {
    const w = view.lower[u] ?? "";
    if (w === "," || w === "." || w === ";" || w === "—" || w === "–" || view.opens[u] !== -1) return -1;
    if (POLL_NOUNS.has(w)) return u + 1;
    // "in an interview before the polls", "in the wake of polls": the poll is not what "in" is about
    if (PREPOSITIONS.has(w)) return -1;
  }
  return -1;
}

function trimEnd(view: QuoteView, start: number, end: number): number {
  let e = end;
  while (e > start && /^[,.;:!?—–-]$/.test(view.lower[e - 1] ?? "")) e--;
  return e;
}

/** "In a CNN poll, three of four …" / "… leads by 9 points in the latest poll." */
export function pollAttributions(view: QuoteView, s: Bounds): Attribution[] {
  const out: Attribution[] = [];
  for (let t = s.first; t < s.end; t++) {
    if (view.lower[t] !== "in" || view.lower[t + 1] === "on" || view.inSegment[t] !== -1) continue;
    const end = pollPhraseEnd(view, t + 1, s);
    if (end === -1) continue;
    const cue = { at: t, end: t + 1, verb: null, agentAt: -1 };
    const speaker = { start: t + 1, end };
    let first = s.first;
    while (first < t && CONJUNCTIONS.has(view.lower[first] ?? "")) first++;
    if (first === t && view.lower[end] === ",") {
      const close = clauseEnd(view, end + 1, s);
      if (close - (end + 1) >= 2) {
        out.push(attribution(cue, speaker, [{ tokens: { start: end + 1, end: close } }], -1));
      }
    } else if (first < t) {
      const close = trimEnd(view, s.first, t);
      if (close - s.first >= 2) {
        out.push(attribution(cue, speaker, [{ tokens: { start: s.first, end: close } }], -1));
      }
    }
    t = end - 1;
  }
  return out;
}

const QUESTION_OPENERS = new Set(["when", "after", "once", "if", ","]);

/** What a question put to someone starts with: "asked whether …", "asked about …". */
const QUESTION_WORDS = new Set([
  "what",
  "why",
  "how",
  "whether",
  "if",
  "who",
  "which",
  "when",
  "where",
  "about",
]);

/** "When asked why, Sembler responded …", "Asked by Matt Lauer whether she had practised, …" */
export function questionAttributions(view: QuoteView, s: Bounds): Attribution[] {
  const out: Attribution[] = [];
  for (let t = s.first; t < s.end; t++) {
    if (view.lower[t] !== "asked" || view.inSegment[t] !== -1) continue;
    if (t > s.first && !QUESTION_OPENERS.has(view.lower[t - 1] ?? "")) continue;
    let k = t + 1;
    let speaker = null;
    if (view.lower[k] === "by") {
      speaker = phraseStartingAt(view, k + 1, s.end);
      if (speaker === null) continue;
      k = speaker.end;
    }
    if (!QUESTION_WORDS.has(view.lower[k] ?? "")) continue;
    let end = k;
    while (end < s.end && view.lower[end] !== "," && view.inSegment[end] === -1) end++;
    end = trimEnd(view, k, end);
    if (end === k) continue;
    const cue = { at: t, end: t + 1, verb: null, agentAt: -1 };
    out.push(attribution(cue, speaker, [{ tokens: { start: k, end } }], -1));
  }
  return out;
}

/**
 * Adverbs that mark a clause as reported by someone unnamed ("apparently" is more often the
 * writer's own inference).
 */
const EVIDENTIAL_ADVERBS = new Set([
  "reportedly",
  "allegedly",
  "seemingly",
  "purportedly",
  "supposedly",
  "ostensibly",
]);

/** "Russian troops reportedly shelled the town": the clause around the adverb, with no speaker. */
export function evidentialAdverbs(view: QuoteView, s: Bounds): Attribution[] {
  const out: Attribution[] = [];
  for (let t = s.first; t < s.end; t++) {
    if (!EVIDENTIAL_ADVERBS.has(view.lower[t] ?? "") || view.inSegment[t] !== -1) continue;
    let first = s.first;
    while (first < t && CONJUNCTIONS.has(view.lower[first] ?? "")) first++;
    // "Reportedly, the talks failed": the clause follows the adverb
    if (first === t && view.lower[t + 1] === ",") first = t + 2;
    const end = trimEnd(view, first, clauseEnd(view, t + 1, s));
    if (end - first < 3) continue;
    const cue = { at: t, end: t + 1, verb: null, agentAt: -1 };
    out.push(attribution(cue, null, [{ tokens: { start: first, end } }], -1));
    break;
  }
  return out;
}
