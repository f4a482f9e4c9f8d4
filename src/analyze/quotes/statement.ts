/**
 * Statements set out as paragraphs of their own after "X said:" closing a paragraph, as
 * press releases and NGO statements print them, without quote marks. The paragraphs that
 * follow are the speaker's words as spoken, up to one that reports someone's words itself,
 * opens with a quote mark (the quote finder's usual business), or is a heading.
 */
import { sentenceAt } from "../text/prepare.js";
import type { Content } from "./attribution.js";
import type { Bounds } from "./clause.js";
import type { QuoteView } from "./view.js";

/** Paragraphs one statement may run to: past that a release has usually moved on. */
const MAX_PARAGRAPHS = 6;

const FINAL = /[.!?"”’)]$/;

/** Token range of a paragraph, found by binary search over the sentences. */
function paragraphTokens(view: QuoteView, paragraph: number): { start: number; end: number } | null {
  const { sentences } = view.doc;
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid]?.paragraph ?? 0) < paragraph) lo = mid + 1;
    else hi = mid;
  }
  const start = sentences[lo]?.paragraph === paragraph ? (sentences[lo]?.firstToken ?? -1) : -1;
  let end = start;
  for (let i = lo; sentences[i]?.paragraph === paragraph; i++) end = sentences[i]?.endToken ?? end;
  return start === -1 || end <= start ? null : { start, end };
}

/**
 * Words by which narration reports someone again ("…, the minister said"): a paragraph
 * with one is the release's own voice again. The speaker's words may hold other cues ("I
 * condemn", "reports showing"), so cues in general do not end a statement.
 */
const NARRATION = new Set(["said", "says", "told", "added", "according", "commented", "stated"]);

function isStatementParagraph(view: QuoteView, range: { start: number; end: number }): boolean {
  const last = view.doc.tokens[range.end - 1]?.text ?? "";
  if (!FINAL.test(last) || view.opens[range.start] !== -1) return false;
  for (let t = range.start; t < range.end; t++) if (NARRATION.has(view.lower[t] ?? "")) return false;
  return true;
}

/** The paragraph that sentence `s` ends, or null when more of the paragraph follows. */
function paragraphEndedBy(view: QuoteView, s: Bounds): number | null {
  const first = view.doc.tokens[s.first];
  const sentence = first ? sentenceAt(view.doc, first.start) : undefined;
  if (sentence === undefined) return null;
  return view.doc.paragraphs[sentence.paragraph]?.end === sentence.end ? sentence.paragraph : null;
}

/** The statement after a cue `k` that is only a colon ending its paragraph, or null. */
export function statementAfter(view: QuoteView, k: number, s: Bounds): Content[] | null {
  if (view.lower[k] !== ":" || k + 1 !== s.end) return null;
  const paragraph = paragraphEndedBy(view, s);
  if (paragraph === null) return null;
  const out: Content[] = [];
  for (let p = paragraph + 1; p <= paragraph + MAX_PARAGRAPHS; p++) {
    const range = paragraphTokens(view, p);
    if (range === null || !isStatementParagraph(view, range)) break;
    out.push({ tokens: range, verbatim: true });
  }
  return out.length > 0 ? out : null;
}
