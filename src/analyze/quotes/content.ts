/** The content side of an attribution: the clause or quotation a cue reports. */
import { Shape } from "../text/tokens.js";
import type { Content } from "./attribution.js";
import {
  type Bounds,
  clauseEnd,
  contentStart,
  quoteAfter,
  skipAudience,
  skipParenthesis,
  type Tail,
  tailAfter,
} from "./clause.js";
import type { Cue } from "./cues.js";
import {
  CONJUNCTIONS,
  DETERMINERS,
  OBJECT_PRONOUNS,
  POSSESSIVE_PRONOUNS,
  PREPOSITIONS,
  SUBJECT_PRONOUNS,
} from "./lexicon.js";
import { isComma } from "./phrases.js";
import type { QuoteView } from "./view.js";

/** The clause before a post-posed cue: a quotation that closes there, or the sentence so far. */
function leftContent(view: QuoteView, before: number, s: Bounds): Content | null {
  let b = before;
  while (b >= s.first && isComma(view.lower[b] ?? "")) b--;
  const seg = view.closes[b] ?? -1;
  if (seg !== -1) return { segment: seg };
  if (b - s.first < 1) return null;
  // "In the same debate, the moderator asked …": a short opening adverbial is no statement
  let first = s.first;
  while (first < b && CONJUNCTIONS.has(view.lower[first] ?? "")) first++;
  if (PREPOSITIONS.has(view.lower[first] ?? "") && b - first < 8) return null;
  return { tokens: { start: s.first, end: b + 1 } };
}

/**
 * A comma or quotation close just before `i`'s phrase: `…, he said`, `"…" Trump said`. The
 * close may end the previous sentence, as `"Why?" Miller asked.` is split after the "?".
 */
export function endsClauseBefore(view: QuoteView, i: number, s: Bounds): boolean {
  if (i >= s.first) return isComma(view.lower[i] ?? "") || view.closes[i] !== -1;
  return i === s.first - 1 && view.closes[i] !== -1;
}

export function rightContent(view: QuoteView, k: number, s: Bounds): Content | null {
  const seg = quoteAfter(view, k, s);
  if (seg !== -1) return { segment: seg };
  const start = contentStart(view, k, s);
  if (start === -1) return null;
  const end = clauseEnd(view, start, s);
  return end - start >= 2 || namesOne(view, start, end) ? { tokens: { start, end } } : null;
}

/** A one-word content that is a name or a pronoun: "endorsed Sanders", "opposed her". */
function namesOne(view: QuoteView, start: number, end: number): boolean {
  if (end - start !== 1) return false;
  const shape = view.doc.tokens[start]?.shape;
  const w = view.lower[start] ?? "";
  return shape === Shape.Capitalized || shape === Shape.Upper || (OBJECT_PRONOUNS.has(w) && w !== "it");
}

export function afterCue(view: QuoteView, cue: Cue, s: Bounds): number {
  const k = skipParenthesis(view, cue.end, s);
  return cue.verb?.audience ? skipAudience(view, k, s) : k;
}

function tailContents(view: QuoteView, tail: Tail, s: Bounds): Content[] {
  if (tail.kind === "split") return [{ segment: tail.segment }];
  if (tail.kind === "middle") {
    const end = clauseEnd(view, tail.from, s);
    return end - tail.from >= 2 ? [{ tokens: { start: tail.from, end } }] : [];
  }
  return [];
}

/** `…, he said.` / `"…," said Smith, "…"`: content before the cue, perhaps also after. */
export function postPosed(view: QuoteView, before: number, tail: Tail, s: Bounds): Content[] | null {
  if (tail.kind === "clause") return null;
  const left = leftContent(view, before, s);
  if (left === null) return null;
  // after a quotation, `"…," she said, a hint of frustration in her voice` describes the saying
  if ("segment" in left && tail.kind === "middle") return [left];
  return [left, ...tailContents(view, tail, s)];
}

/** What may follow a cue and still begin its own content: `"…," he said that …`, `…: "…"`. */
export function opensOwnContent(view: QuoteView, k: number): boolean {
  const w = view.lower[k] ?? "";
  if (w === "that" || SUBJECT_PRONOUNS.has(w) || (w === ":" && view.opens[k + 1] !== -1)) return true;
  // `"Marco! Marco!," the senator said his campaign …`: a new subject, a clause of its own
  return view.doc.tokens[k]?.shape !== Shape.Lower || DETERMINERS.has(w) || POSSESSIVE_PRONOUNS.has(w);
}

/**
 * `Smith said in a statement.` followed by the quotation itself, a sentence or paragraph
 * that is nothing but the quotation (one with a cue of its own has a speaker already).
 */
export function quoteInNextSentence(view: QuoteView, k: number, s: Bounds): Content | null {
  if (tailAfter(view, k, s).kind !== "end") return null;
  const segment = view.segments[view.opens[s.end] ?? -1];
  if (segment === undefined) return null;
  const paragraphEnd = view.doc.paragraphs[segment.paragraph]?.end ?? 0;
  if (segment.close !== -1 && segment.close < paragraphEnd - 1) return null;
  return { segment: view.opens[s.end] ?? -1 };
}
