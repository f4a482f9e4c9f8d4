// Cuts a source's text into plain and highlighted pieces by slicing strings, so that the
// UI renders untrusted text only as React text nodes, never as HTML. Offsets are UTF-16 code
// units, the same as the server's spans (JavaScript string indices).

/** A stretch to highlight; `kind` becomes a CSS class, `label` explains it to the reader. */
export interface Highlight {
  start: number;
  end: number;
  kind: string;
  label?: string;
  /** Lets a caller find the rendered mark again (to scroll to it). */
  id?: string;
}

/** A piece of the text and every highlight covering it (empty for plain text). */
export interface Segment {
  start: number;
  end: number;
  text: string;
  marks: Highlight[];
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Moves an offset that falls between the two halves of a surrogate pair (an emoji, say) to
 * the pair's start or end, so that no piece ever holds half a character.
 */
function snap(text: string, offset: number, direction: "back" | "forward"): number {
  if (offset <= 0 || offset >= text.length) return offset;
  const inside = isLowSurrogate(text.charCodeAt(offset)) && isHighSurrogate(text.charCodeAt(offset - 1));
  if (!inside) return offset;
  return direction === "back" ? offset - 1 : offset + 1;
}

/** Spans clamped to the text and snapped to whole characters; empty or inverted ones dropped. */
export function normalizeHighlights(text: string, highlights: readonly Highlight[]): Highlight[] {
  const out: Highlight[] = [];
  for (const h of highlights) {
    if (!Number.isFinite(h.start) || !Number.isFinite(h.end)) continue;
    const start = snap(text, Math.max(0, Math.min(text.length, Math.floor(h.start))), "back");
    const end = snap(text, Math.max(0, Math.min(text.length, Math.ceil(h.end))), "forward");
    if (end > start) out.push({ ...h, start, end });
  }
  return out;
}

/**
 * Splits `text` at every highlight boundary. Overlapping highlights yield pieces carrying
 * several marks (outermost, i.e. earliest starting and longest, first), so nested and
 * crossing spans both render without losing any.
 */
export function segmentText(text: string, highlights: readonly Highlight[]): Segment[] {
  const spans = normalizeHighlights(text, highlights).sort(
    (a, b) => a.start - b.start || b.end - a.end || a.kind.localeCompare(b.kind),
  );
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const marks = spans.filter((s) => s.start <= start && s.end >= end);
    const previous = segments[segments.length - 1];
    // Adjacent plain pieces are joined back so the DOM holds as few nodes as the marks need.
    if (marks.length === 0 && previous !== undefined && previous.marks.length === 0) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
      continue;
    }
    segments.push({ start, end, text: text.slice(start, end), marks });
  }
  if (segments.length === 0) segments.push({ start: 0, end: 0, text: "", marks: [] });
  return segments;
}

/**
 * The paragraph around a span, widened to whole paragraphs and cut at `maxChars` around the
 * span when a paragraph is very long, for showing evidence in context.
 */
export function excerptRange(
  text: string,
  paragraphs: readonly { start: number; end: number }[],
  span: { start: number; end: number },
  maxChars = 900,
): { start: number; end: number } {
  const inside = paragraphs.filter((p) => p.end > span.start && p.start < span.end);
  let start = inside.length > 0 ? Math.min(...inside.map((p) => p.start)) : span.start;
  let end = inside.length > 0 ? Math.max(...inside.map((p) => p.end)) : span.end;
  if (inside.length === 0) {
    // No paragraph table: take the line the span sits on.
    const before = text.lastIndexOf("\n", Math.max(0, span.start - 1));
    const after = text.indexOf("\n", span.end);
    start = before === -1 ? 0 : before + 1;
    end = after === -1 ? text.length : after;
  }
  const room = Math.max(0, maxChars - (span.end - span.start));
  if (end - start > maxChars) {
    start = Math.max(start, span.start - Math.floor(room / 2));
    end = Math.min(end, span.end + Math.ceil(room / 2));
  }
  return {
    start: snap(text, Math.max(0, start), "back"),
    end: snap(text, Math.min(text.length, end), "forward"),
  };
}

/** Highlights moved into a window's coordinates and cut to it, for rendering an excerpt. */
export function shiftInto(
  highlights: readonly Highlight[],
  window: { start: number; end: number },
): Highlight[] {
  return highlights
    .filter((h) => h.end > window.start && h.start < window.end)
    .map((h) => ({
      ...h,
      start: Math.max(h.start, window.start) - window.start,
      end: Math.min(h.end, window.end) - window.start,
    }));
}
