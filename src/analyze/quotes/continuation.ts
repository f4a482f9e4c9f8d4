/**
 * Quoted segments without a cue of their own. News writing continues a quotation in a
 * new sentence or paragraph that simply opens with a quote mark; such a segment belongs to
 * the quotation just before it ("continuation"), and a quoted paragraph after a paragraph
 * that reports someone's words is theirs ("context"). Anything else in quote marks without
 * a cue (a scare quote, a title) is not reported.
 */
import type { QuoteMention } from "../../domain/analysis.js";
import { spanAt } from "../../domain/span.js";
import { sentenceAt } from "../text/prepare.js";
import type { QuotedSegment } from "./marks.js";
import type { QuoteView } from "./view.js";

export interface Found {
  mention: QuoteMention;
  paragraph: number;
  /** The quoted segment the mention is, or -1. */
  segment: number;
}

/** A paragraph that opens with a quotation but has no cue needs this many words to stand on its own. */
const MIN_CONTEXT_WORDS = 6;

function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function opensSentence(view: QuoteView, seg: QuotedSegment): boolean {
  return sentenceAt(view.doc, seg.open)?.start === seg.open;
}

function opensParagraph(view: QuoteView, seg: QuotedSegment): boolean {
  return view.doc.paragraphs[seg.paragraph]?.start === seg.open;
}

function follow(view: QuoteView, seg: QuotedSegment, prev: Found): Found | null {
  const { mention } = prev;
  if (mention.speaker === null) return null;
  const sameParagraph = prev.paragraph === seg.paragraph && opensSentence(view, seg);
  const nextParagraph = prev.paragraph + 1 === seg.paragraph && opensParagraph(view, seg);
  if (mention.kind !== "indirect" && (sameParagraph || nextParagraph)) return continued(seg, prev, view);
  const content = spanAt(view.doc.text, seg.start, seg.end);
  if (!nextParagraph || wordCount(content.text) < MIN_CONTEXT_WORDS) return null;
  const speaker = { ...mention.speaker, resolvedBy: "context" as const };
  return {
    mention: { ...content, kind: "direct", speaker, cue: null, relayedBy: null },
    paragraph: seg.paragraph,
    segment: -1,
  };
}

/**
 * A quotation left open at a paragraph's end goes on in the next paragraph, whose
 * attribution (`"…," she said` at the end of the last paragraph) is the whole quotation's.
 */
function forwardSource(view: QuoteView, si: number, bySegment: Map<number, Found>): Found | undefined {
  let seg = view.segments[si];
  for (let next = si + 1; seg !== undefined && seg.close === -1; next++) {
    const following = view.segments[next];
    if (
      following === undefined ||
      following.paragraph !== seg.paragraph + 1 ||
      !opensParagraph(view, following)
    ) {
      return undefined;
    }
    const found = bySegment.get(next);
    if (found !== undefined) return found;
    seg = following;
  }
  return undefined;
}

function continued(seg: QuotedSegment, source: Found, view: QuoteView): Found | null {
  const { mention } = source;
  if (mention.speaker === null) return null;
  return {
    mention: {
      ...spanAt(view.doc.text, seg.start, seg.end),
      kind: "direct",
      speaker: { ...mention.speaker, resolvedBy: "continuation" },
      cue: mention.cue,
      relayedBy: mention.relayedBy,
    },
    paragraph: seg.paragraph,
    segment: -1,
  };
}

/** `found` sorted by start; returns it with the continuing segments merged in, in order. */
export function addContinuations(view: QuoteView, found: Found[], claimed: Uint8Array): Found[] {
  const bySegment = new Map<number, Found>();
  for (const f of found) if (f.segment !== -1) bySegment.set(f.segment, f);
  const out: Found[] = [];
  let next = 0;
  view.segments.forEach((seg, si) => {
    while (next < found.length && (found[next]?.mention.start ?? 0) < seg.open)
      out.push(found[next++] as Found);
    if (claimed[si] === 1) return;
    const ahead = forwardSource(view, si, bySegment);
    if (ahead !== undefined) {
      const f = continued(seg, ahead, view);
      if (f !== null) out.push(f);
      return;
    }
    const prev = out.at(-1);
    const f = prev === undefined ? null : follow(view, seg, prev);
    if (f !== null) out.push(f);
  });
  while (next < found.length) out.push(found[next++] as Found);
  return out;
}
