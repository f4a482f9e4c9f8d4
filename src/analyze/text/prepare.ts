import type { Range } from "../../domain/document.js";
import { paragraphRanges, sentenceRanges } from "./sentences.js";
import { type Token, tokenize } from "./tokens.js";

export interface Sentence extends Range {
  paragraph: number;
  /** Index of the sentence's first token in `PreparedText.tokens`. */
  firstToken: number;
  /** One past the index of its last token. */
  endToken: number;
}

/**
 * The text split once, for every analysis module to share: paragraphs, sentences and
 * tokens, all as offsets into `text`.
 */
export interface PreparedText {
  text: string;
  paragraphs: Range[];
  sentences: Sentence[];
  tokens: Token[];
}

export function prepare(text: string): PreparedText {
  const paragraphs = paragraphRanges(text);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  paragraphs.forEach((para, p) => {
    for (const range of sentenceRanges(text, para)) {
      const firstToken = tokens.length;
      for (const t of tokenize(text, range.start, range.end)) tokens.push(t);
      sentences.push({ ...range, paragraph: p, firstToken, endToken: tokens.length });
    }
  });
  return { text, paragraphs, sentences, tokens };
}

/** The sentence containing offset `at`, by binary search; undefined between sentences. */
export function sentenceAt(prepared: PreparedText, at: number): Sentence | undefined {
  const { sentences } = prepared;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
