import type { EntityMention } from "../../domain/analysis.js";
import type { PreparedText } from "../text/prepare.js";
import { type QuotedSegment, quotedSegments } from "./marks.js";

/** The prepared text seen by the quote finder: tokens lower-cased and tied to quoted segments. */
export interface QuoteView {
  doc: PreparedText;
  lower: string[];
  segments: QuotedSegment[];
  /** Per token: index of the segment whose content holds it, or -1. */
  inSegment: Int32Array;
  /** Per token: index of the segment this token opens (a mark), or -1. */
  opens: Int32Array;
  /** Per token: index of the segment this token closes (a mark), or -1. */
  closes: Int32Array;
  /** Per token: 1 inside a person or organisation the entity module found. */
  named: Uint8Array;
}

/** Index of the first token starting at or after `offset`. */
export function tokenFrom(doc: PreparedText, offset: number): number {
  const { tokens } = doc;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function markSegments(view: QuoteView): void {
  const { tokens } = view.doc;
  view.segments.forEach((s, si) => {
    let i = tokenFrom(view.doc, s.open);
    for (; i < tokens.length && (tokens[i]?.end ?? 0) <= s.start; i++) view.opens[i] = si;
    for (; i < tokens.length && (tokens[i]?.start ?? 0) < s.end; i++) view.inSegment[i] = si;
    const closeEnd = s.close === -1 ? s.end : s.close;
    for (; i < tokens.length && (tokens[i]?.end ?? 0) <= closeEnd; i++) view.closes[i] = si;
  });
}

/** Pronouns the entity module resolves to someone; they stand for a name but are none. */
const PRONOUNS = new Set(["he", "him", "she", "her", "it", "they", "them", "i", "me", "we", "us"]);

/** Per token: 1 inside the name of a person or organisation. */
export function namedTokens(doc: PreparedText, entities: EntityMention[]): Uint8Array {
  const named = new Uint8Array(doc.tokens.length);
  for (const e of entities) {
    if (e.type === "place" || PRONOUNS.has(e.text.toLowerCase())) continue;
    for (let i = tokenFrom(doc, e.start); (doc.tokens[i]?.end ?? Infinity) <= e.end; i++) named[i] = 1;
  }
  return named;
}

export function quoteView(doc: PreparedText, named: Uint8Array): QuoteView {
  const n = doc.tokens.length;
  const lower = new Array<string>(n);
  // one apostrophe, so that "he’s" and "he's" look the same
  for (let i = 0; i < n; i++) lower[i] = (doc.tokens[i]?.text ?? "").toLowerCase().replaceAll("’", "'");
  const view: QuoteView = {
    doc,
    lower,
    segments: quotedSegments(doc.text, doc.paragraphs),
    inSegment: new Int32Array(n).fill(-1),
    opens: new Int32Array(n).fill(-1),
    closes: new Int32Array(n).fill(-1),
    named,
  };
  markSegments(view);
  return view;
}
