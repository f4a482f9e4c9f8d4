/** Where the reported content of a cue begins and ends, in tokens of one sentence. */
import { Shape } from "../text/tokens.js";
import {
  ADJUNCT_OPENERS,
  DETERMINERS,
  OBJECT_PRONOUNS,
  PARENTHETICALS,
  PREPOSITIONS,
  REFLEXIVES,
  SUBJECT_PRONOUNS,
  WEEKDAYS,
  words,
} from "./lexicon.js";
import { isAdverb, isComma, isReportingVerb } from "./phrases.js";
import { CUE_WORDS } from "./verbs.js";
import type { QuoteView } from "./view.js";

/** Token bounds of a sentence: [first, end). */
export interface Bounds {
  first: number;
  end: number;
}

function isSentenceEnd(word: string): boolean {
  return word === "." || word === "!" || word === "?";
}

/** Skips a parenthesis such as "(as per AP)" that starts at `k`. */
export function skipParenthesis(view: QuoteView, k: number, s: Bounds): number {
  if (view.lower[k] !== "(") return k;
  for (let t = k + 1; t < s.end && t < k + 12; t++) if (view.lower[t] === ")") return t + 1;
  return k;
}

/** How long an addressee may be: "told an audience at a literary festival in Houston last week". */
const MAX_AUDIENCE = 14;

/**
 * After "told", "assured", "asked": where the content begins past the addressee ("told
 * reporters that …", "told CNN he would …"), or where the clause ends when no content
 * follows (`"…," he told the Post.`); `k` when neither is found.
 */
export function skipAudience(view: QuoteView, k: number, s: Bounds): number {
  const w = view.lower[k] ?? "";
  if (OBJECT_PRONOUNS.has(w) && w !== "it") return k + 1;
  for (let t = k + 1; t < s.end && t < k + MAX_AUDIENCE; t++) {
    const x = view.lower[t] ?? "";
    if (x === "that" || SUBJECT_PRONOUNS.has(x) || view.opens[t] !== -1 || view.inSegment[t] !== -1) return t;
    if (x === ":" || x === ",") return t;
    // "urged Congress to act", "asked the court about …": the rest is what was asked
    if (x === "to" || x === "about" || isSentenceEnd(x)) return k;
  }
  return k;
}

/** Past the addressee of a post-posed cue: `"…," he told CBS' "Face the Nation" on Sunday.` */
export function audienceEnd(view: QuoteView, k: number, s: Bounds): number {
  for (let t = k; t < s.end && t < k + MAX_AUDIENCE; t++) {
    const x = view.lower[t] ?? "";
    if (x === "," || x === "that" || isSentenceEnd(x) || (SUBJECT_PRONOUNS.has(x) && t > k)) return t;
  }
  return k;
}

/** A direct quotation introduced right after the cue: `said: "…"`, `told reporters, "…"`. */
export function quoteAfter(view: QuoteView, k: number, s: Bounds): number {
  let t = k;
  if (view.lower[t] === "that") t++;
  if (view.lower[t] === ":" || view.lower[t] === ",") t++;
  if (view.opens[t] !== -1) return view.opens[t] ?? -1;
  // an adjunct between cue and quote: `said in a statement: "…"`
  for (let u = k; u < s.end && u < k + 10; u++) {
    const w = view.lower[u] ?? "";
    if (view.opens[u] !== -1 || view.inSegment[u] !== -1 || isSentenceEnd(w)) break;
    // `accused him of sexism, he warned, "…"`: the quotation is another cue's
    if (isReportingVerb(w) && view.doc.tokens[u]?.shape === Shape.Lower) break;
    if ((w === ":" || w === ",") && view.opens[u + 1] !== -1) return view.opens[u + 1] ?? -1;
  }
  return -1;
}

/** Words that open an adverbial clause, not reported content: "said as she turned around". */
const SUBORDINATORS = new Set(words("as when while because since though although before after until unless"));

/** "in favor of", "in support of": a stance after a cue, whose object is the content. */
const STANCE_NOUNS = new Set(["favor", "favour", "support", "defense", "defence", "praise"]);

const PARTS_OF_DAY = new Set(["morning", "afternoon", "evening", "night"]);

const BARE_TIMES = new Set(["yesterday", "today", "tonight", "recently", "earlier", "later", ...WEEKDAYS]);

const MONTHS = new Set(
  words("january february march april may june july august september october november december"),
);

/** Abbreviated months, written "Dec." */
const SHORT_MONTHS = new Set(words("jan feb mar apr jun jul aug sep sept oct nov dec"));

/** A date or time of day right after a cue: "said Tuesday night", "said Dec. 6". */
function timeLength(view: QuoteView, t: number): number {
  const w = view.lower[t] ?? "";
  if (BARE_TIMES.has(w) || PARTS_OF_DAY.has(w)) return 1;
  if (!(MONTHS.has(w) || SHORT_MONTHS.has(w)) || view.doc.tokens[t]?.shape !== Shape.Capitalized) return 0;
  let n = 1;
  if (view.lower[t + n] === ".") n++;
  if (view.doc.tokens[t + n]?.shape === Shape.Number || view.doc.tokens[t + n]?.shape === Shape.Ordinal) n++;
  return n;
}

/** Past a colon, a comma or a parenthetical adverb right after a cue ("added, though, that …"). */
function pastPunctuation(view: QuoteView, k: number): number {
  let t = k;
  if (view.lower[t] === "," && PARENTHETICALS.has(view.lower[t + 1] ?? "") && view.lower[t + 2] === ",")
    t += 3;
  return view.lower[t] === ":" || view.lower[t] === "," ? t + 1 : t;
}

/**
 * First token of the content after a cue, past an adjunct ("said on Tuesday that …"), or
 * -1 when what follows is no content ("agreed with the Democrats", "said as she left").
 */
export function contentStart(view: QuoteView, k: number, s: Bounds): number {
  const t = pastPunctuation(view, k);
  const w = view.lower[t] ?? "";
  if (SUBORDINATORS.has(w) || REFLEXIVES.has(w) || w === "according") return -1;
  // "spoke out in favor of the deal"
  if (w === "in" && STANCE_NOUNS.has(view.lower[t + 1] ?? "") && view.lower[t + 2] === "of") return t + 3;
  if (!ADJUNCT_OPENERS.has(w) || w === "about") return t;
  // "vowed to block the nominee": an infinitive is content
  if (
    w === "to" &&
    view.doc.tokens[t + 1]?.shape === Shape.Lower &&
    !DETERMINERS.has(view.lower[t + 1] ?? "")
  ) {
    return t;
  }
  for (let u = t + 1; u < s.end && u < t + 12; u++) {
    const x = view.lower[u] ?? "";
    if (x === "that" || x === "whether" || view.opens[u] !== -1) return u;
    if (x === ":" && view.opens[u + 1] !== -1) return u + 1;
    // "said in politics it takes time": the adjunct belongs to the content
    if (SUBJECT_PRONOUNS.has(x)) return t;
    if (x === "," || isSentenceEnd(x)) break;
  }
  if (BARE_TIMES.has(w)) return t + 1;
  return PREPOSITIONS.has(w) ? -1 : t;
}

function isParticipleCue(view: QuoteView, t: number): boolean {
  const w = view.lower[t] ?? "";
  if (w === "according" || w === "citing") return true;
  return CUE_WORDS.get(w)?.form === "ing";
}

/** "… and added", "…, but said": a second reporting verb for the same subject. */
export function isCoordinatedCue(view: QuoteView, t: number): boolean {
  const w = view.lower[t] ?? "";
  if (w !== "and" && w !== "but") return false;
  let u = t + 1;
  while (isAdverb(view, u)) u++;
  return isReportingVerb(view.lower[u] ?? "");
}

/** Words that, before a subject, open an adverbial clause: "… as she left", "… after they indicated". */
const ADVERBIAL_OPENERS = new Set(["as", "after", "before", "because", "while", "when", "since", "until"]);

/** Does a new clause, not part of the reported content, begin at `t`? */
function breaksClause(view: QuoteView, t: number): boolean {
  const w = view.lower[t] ?? "";
  if (w === ";" || isCoordinatedCue(view, t)) return true;
  const next = view.lower[t + 1] ?? "";
  if (w === ",") {
    // `…was "corrupt," noting that …`: the comma may stand inside the closing quotation mark
    let u = t + 1;
    while (view.closes[u] !== -1 && u < t + 3) u++;
    if (isParticipleCue(view, u) || isReportingVerb(view.lower[u] ?? "")) return true;
    return view.lower[u] === "and" && SUBJECT_PRONOUNS.has(view.lower[u + 1] ?? "");
  }
  if (ADVERBIAL_OPENERS.has(w)) return SUBJECT_PRONOUNS.has(next) && next !== "it";
  return false;
}

/** Last token (exclusive) of a clause of reported content starting at `k`. */
export function clauseEnd(view: QuoteView, k: number, s: Bounds): number {
  let end = s.end;
  for (let t = k + 1; t < s.end; t++) {
    if (view.inSegment[t] === -1 && breaksClause(view, t)) {
      end = t;
      break;
    }
  }
  // a quotation opened inside the clause carries it to the quotation's end
  let last = end;
  for (let t = k; t < end; t++) {
    const seg = view.opens[t];
    if (seg === undefined || seg === -1) continue;
    const segment = view.segments[seg];
    if (segment === undefined) continue;
    while (last < view.doc.tokens.length && (view.doc.tokens[last]?.start ?? 0) < segment.end) last++;
  }
  while (last > k && view.doc.tokens[last - 1]?.shape === Shape.Punct && view.closes[last - 1] === -1) last--;
  return last;
}

export type Tail =
  | { kind: "end" }
  | { kind: "split"; segment: number }
  | { kind: "middle"; from: number }
  | { kind: "clause" };

/**
 * What follows a cue whose subject comes after a comma: nothing more (`…, he said.`), the
 * rest of a split quotation (`"…," he said, "…"`), the rest of an interrupted clause
 * (`The plan, he said, is dead`), or a clause of its own (`In Ohio, he said the …`).
 */
export function tailAfter(view: QuoteView, k: number, s: Bounds): Tail {
  let t = k;
  for (let n = 1; n > 0 && t < s.end; t += n) n = isAdverb(view, t) ? 1 : timeLength(view, t);
  const first = view.lower[t] ?? "";
  // `"…," he said when asked about …`: a clause on the circumstances of the saying;
  // `"…," said the man who built …`: a relative clause on the speaker
  if (SUBORDINATORS.has(first) || first === "who" || first === "whose") return { kind: "end" };
  if ((ADJUNCT_OPENERS.has(first) || PREPOSITIONS.has(first) || first === "(") && first !== "about") {
    t = adjunctEnd(view, t, s);
    if (t === -1) return { kind: "clause" };
  }
  const w = view.lower[t] ?? "";
  if (t >= s.end || isSentenceEnd(w) || w === ";") return { kind: "end" };
  if (!isComma(w)) return { kind: "clause" };
  const seg = view.opens[t + 1] ?? -1;
  if (seg !== -1) return { kind: "split", segment: seg };
  // "…, he said, referring to …": a participle clause describes the saying
  const next = view.lower[t + 1] ?? "";
  const participle = next.endsWith("ing") && view.doc.tokens[t + 1]?.shape === Shape.Lower;
  if (isParticipleCue(view, t + 1) || next === "as" || participle) return { kind: "end" };
  return { kind: "middle", from: t + 1 };
}

/**
 * End of an adjunct after a cue ("in a statement on Tuesday"), at a comma or the sentence
 * end; -1 when a clause of content begins inside it ("in a statement that …").
 */
function adjunctEnd(view: QuoteView, from: number, s: Bounds): number {
  let t = from;
  while (t < s.end && !isSentenceEnd(view.lower[t] ?? "") && view.lower[t] !== ",") {
    const w = view.lower[t] ?? "";
    if (w === "that" || SUBJECT_PRONOUNS.has(w) || w === ":") return -1;
    const seg = view.segments[view.opens[t] ?? -1];
    if (seg === undefined) {
      t++;
      continue;
    }
    // a title in an adjunct (`said on CBS's "Face the Nation."`) does not open content
    if (seg.close === -1) return -1;
    while (t < s.end && (view.doc.tokens[t]?.start ?? 0) < seg.close) t++;
  }
  return t;
}
