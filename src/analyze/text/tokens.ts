import type { Range } from "../../domain/document.js";

export enum Shape {
  /** Letters, first one upper case, the rest not all upper ("Kyiv"). */
  Capitalized = 1,
  /** All letters upper case, two or more ("UN", "NATO"). */
  Upper = 2,
  Lower = 3,
  /** Digits, possibly with separators ("1,200", "3.5", "24th" is Ordinal). */
  Number = 4,
  Ordinal = 5,
  Punct = 6,
  /** Mixed, e.g. "iPhone", "McDonald" counts as Capitalized. */
  Other = 7,
}

export interface Token extends Range {
  text: string;
  shape: Shape;
}

// One pass over the text with a sticky regex: words (letters, digits, inner apostrophes,
// hyphens and dots of abbreviations such as "U.S."), numbers with separators, and
// single punctuation characters. Letters are Unicode-aware so Cyrillic names tokenise.
const TOKEN =
  /(\p{L}\.(?:\p{L}\.)+)|(\d+(?:[.,]\d+)*(?:st|nd|rd|th)?)|([\p{L}\p{M}\d]+(?:['’-][\p{L}\p{M}\d]+)*)|(\S)/uy;

const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const ORDINAL = /(?:st|nd|rd|th)$/;

function shapeOf(word: string): Shape {
  if (UPPER_START.test(word)) {
    if (word.length > 1 && !HAS_LOWER.test(word)) return Shape.Upper;
    return Shape.Capitalized;
  }
  return HAS_LOWER.test(word) ? Shape.Lower : Shape.Other;
}

/** Splits `text[from, to)` into tokens with their offsets. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // whitespace fast path: space, tab, newline, carriage return, nbsp
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160) {
      i++;
      continue;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (m === null) {
      i++;
      continue;
    }
    const value = m[0];
    const end = Math.min(i + value.length, to);
    let shape: Shape;
    if (m[1] !== undefined) shape = Shape.Upper;
    else if (m[2] !== undefined) shape = ORDINAL.test(value) ? Shape.Ordinal : Shape.Number;
    else if (m[3] !== undefined) shape = shapeOf(value);
    else shape = Shape.Punct;
    tokens.push({ start: i, end, text: text.slice(i, end), shape });
    i = end;
  }
  return tokens;
}
