import { NUMBER_WORDS } from "../text/number-words.js";
import type { Token } from "../text/tokens.js";
import { Shape } from "../text/tokens.js";

/** A number expression found at a token position: `[start, end)` are token indices. */
export interface NumberExpr {
  start: number;
  end: number;
  low: number;
  high: number;
  /** "thousands", "several hundred", "a dozen": bounds implied by the words, so approximate. */
  vague: boolean;
  /** Two numbers stated as bounds ("between 10 and 15", "10-15"). */
  range: boolean;
}

/** Lower-cased token texts beside the tokens, so lexicon lookups need no case folding. */
export interface TokenView {
  tokens: Token[];
  lower: string[];
}

const UNITS = NUMBER_WORDS;

const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
};

// Plural quantity words name a range: "thousands" is at least two thousand and fewer than
// ten thousand, i.e. [2u, 10u − 1] for unit u. The same rule gives dozens = 24..119.
const VAGUE_PLURALS: Record<string, number> = {
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
};

// "several hundred" is 300..900 and "a few thousand" 2,000..9,000: the multiplier range.
const VAGUE_MULTIPLIERS: Record<string, [number, number]> = { several: [3, 9], few: [2, 9] };

const DIGITS = /^\d+(?:[.,]\d+)*$/;
const DOT_THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;

function digitValue(text: string, scaled: boolean): number | null {
  if (!DIGITS.test(text)) return null;
  // "1.500" without a scale word is continental thousands; "1.5 million" is a decimal.
  if (!scaled && DOT_THOUSANDS.test(text)) return Number(text.replaceAll(".", ""));
  const value = Number(text.replaceAll(",", ""));
  return Number.isFinite(value) ? value : null;
}

function wordValue(word: string): number | null {
  const direct = UNITS[word];
  if (direct !== undefined) return direct;
  const dash = word.indexOf("-");
  if (dash < 0) return null;
  const tens = UNITS[word.slice(0, dash)];
  const unit = UNITS[word.slice(dash + 1)];
  if (tens === undefined || unit === undefined || tens < 20 || tens % 10 !== 0 || unit >= 10) return null;
  return tens + unit;
}

interface Simple {
  end: number;
  value: number;
  /** The scale word's multiplier ("million" → 1e6), 1 without one. */
  scale: number;
}

/** "three hundred and fifty thousand", "a million", "twenty-five". */
function parseWords(view: TokenView, i: number, limit: number): Simple | null {
  const { lower } = view;
  let j = i;
  let total = 0;
  let current = 0;
  let any = false;
  let scale = 1;
  if (lower[j] === "a" || lower[j] === "an") {
    const next = lower[j + 1] ?? "";
    if (SCALES[next] === undefined || next.length < 3) return null;
    current = 1;
    j++;
  }
  while (j < limit) {
    const w = lower[j] ?? "";
    const unit = wordValue(w);
    const wordScale = w.length >= 3 ? SCALES[w] : undefined;
    if (unit !== undefined && unit !== null) {
      current += unit;
      any = true;
    } else if (wordScale !== undefined && (any || current > 0)) {
      scale = wordScale;
      if (wordScale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * wordScale;
        current = 0;
      }
    } else if (w === "and" && any && wordValue(lower[j + 1] ?? "") !== null && scale > 1) {
      // "three hundred and fifty": the "and" joins parts of one number
    } else break;
    j++;
  }
  if (!any && scale === 1) return null;
  return { end: j, value: total + current, scale };
}

/** "1,200", "1.5 million", "13.5m", "3 mln". */
function parseDigits(view: TokenView, i: number, limit: number): Simple | null {
  const tok = view.tokens[i];
  if (tok === undefined || tok.shape !== Shape.Number) return null;
  const next = view.lower[i + 1] ?? "";
  const scale = i + 1 < limit ? SCALES[next] : undefined;
  // "13.5m" is written without a space; "5 m" with one is more likely metres.
  const glued = next.length <= 3 && view.tokens[i + 1]?.start === tok.end;
  if (scale !== undefined && scale >= 1000 && (next.length > 3 || glued)) {
    const base = digitValue(tok.text, true);
    if (base === null) return null;
    return { end: i + 2, value: Math.round(base * scale), scale };
  }
  // a fraction is kept only for a range that lends it a scale ("between 1.5 and 2 million")
  const value = digitValue(tok.text, false);
  return value === null ? null : { end: i + 1, value, scale: 1 };
}

function parseSimple(view: TokenView, i: number, limit: number): Simple | null {
  return parseDigits(view, i, limit) ?? parseWords(view, i, limit);
}

/** "dozens", "hundreds of thousands", "tens of thousands", "several hundred", "a dozen". */
function parseVague(view: TokenView, i: number, limit: number): NumberExpr | null {
  const { lower } = view;
  const w = lower[i] ?? "";
  // "a dozen" and "half a million" are round figures, read as approximate
  if (w === "a" && lower[i + 1] === "dozen") return { ...exact(i, i + 2, 12), vague: true };
  if (w === "half" && lower[i + 1] === "a" && lower[i + 2] === "million") {
    return { ...exact(i, i + 3, 5e5), vague: true };
  }
  const plural = VAGUE_PLURALS[w];
  if (plural !== undefined) {
    // "hundreds of thousands": the second plural multiplies the first's range
    if (lower[i + 1] === "of" && i + 2 < limit && plural < 1e3) {
      const inner = VAGUE_PLURALS[lower[i + 2] ?? ""];
      if (inner !== undefined && inner > plural) return vague(i, i + 3, plural * inner);
    }
    return vague(i, i + 1, plural);
  }
  if (w === "tens" && lower[i + 1] === "of") {
    const inner = VAGUE_PLURALS[lower[i + 2] ?? ""];
    if (inner !== undefined && inner >= 1e3) return vague(i, i + 3, 10 * inner);
  }
  const start = i;
  let j = i;
  if (w === "a" && lower[i + 1] === "few") j = i + 1;
  const mult = VAGUE_MULTIPLIERS[lower[j] ?? ""];
  const unitWord = lower[j + 1] ?? "";
  const unit = unitWord === "dozen" ? 12 : unitWord.length >= 3 ? SCALES[unitWord] : undefined;
  if (mult !== undefined && unit !== undefined && j + 1 < limit) {
    return { start, end: j + 2, low: mult[0] * unit, high: mult[1] * unit, vague: true, range: false };
  }
  return null;
}

function exact(start: number, end: number, value: number): NumberExpr {
  return { start, end, low: value, high: value, vague: false, range: false };
}

function vague(start: number, end: number, unit: number): NumberExpr {
  return { start, end, low: 2 * unit, high: 10 * unit - 1, vague: true, range: false };
}

const RANGE_JOINERS = new Set(["-", "–", "—", "to", "or"]);

/** Second half of "10-15", "10 to 15", "two or three", "2-3 million" (scale shared). */
function extendRange(view: TokenView, first: Simple, start: number, limit: number): NumberExpr {
  const joiner = view.lower[first.end] ?? "";
  const before = view.lower[start - 1];
  const joins = RANGE_JOINERS.has(joiner) || (before === "between" && joiner === "and");
  // "rose from 10 to 15" is a change, not a range: the later figure is the current one
  if (!joins || before === "from" || first.end + 1 >= limit) return exact(start, first.end, first.value);
  const second = parseSimple(view, first.end + 1, limit);
  if (second === null) return exact(start, first.end, first.value);
  // "2-3 million" and "70 or 80,000": the first number borrows the second's scale
  let low = Math.round(first.value * (first.scale === 1 ? second.scale : 1));
  while (first.scale === 1 && low < 1000 && low * 1000 <= second.value && second.value % 1000 === 0)
    low *= 1000;
  if (low >= second.value) return exact(start, first.end, first.value);
  return { start, end: second.end, low, high: second.value, vague: false, range: true };
}

/** The number expression starting at token `i`, bounded by token `limit`; null when there is none. */
export function parseNumberAt(view: TokenView, i: number, limit: number): NumberExpr | null {
  const vagueExpr = parseVague(view, i, limit);
  if (vagueExpr !== null) return vagueExpr;
  const simple = parseSimple(view, i, limit);
  if (simple === null) return null;
  const expr = extendRange(view, simple, i, limit);
  return Number.isInteger(expr.low) && Number.isInteger(expr.high) ? expr : null;
}

const STARTERS = new Set([
  "a",
  "an",
  "half",
  "tens",
  "several",
  "few",
  "dozens",
  "scores",
  "hundreds",
  "thousands",
  "millions",
]);

/** Whether a lower-cased word can open a number expression; a cheap test before `parseNumberAt`. */
export function mayStartNumber(word: string): boolean {
  if (STARTERS.has(word)) return true;
  const first = word.charCodeAt(0);
  if (first >= 48 && first <= 57) return true;
  return wordValue(word) !== null || SCALES[word] === 100;
}
