/**
 * A stretch of a source's extracted text. Offsets are UTF-16 code units (JavaScript
 * string indices) into `Source.text`, end exclusive; `text` is `source.text.slice(start, end)`
 * and is carried along so that a mention can be shown and audited without the source.
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export function spanAt(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** A span that also names what it refers to, e.g. the speaker "he" → "Dominic Raab". */
export interface NamedSpan extends Span {
  name: string;
}
