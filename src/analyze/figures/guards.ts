import { Shape } from "../text/tokens.js";
import { MEASURE_NOUNS, WHO_NOUNS } from "./lexicon.js";
import type { NumberExpr, TokenView } from "./numbers.js";

// Numbers that are not head counts: dates, years, ages, money, percentages, times, labels.

const MONTHS = new Set(
  (
    "january february march april may june july august september october november december jan feb mar apr " +
    "jun jul aug sep sept oct nov dec"
  ).split(" "),
);
const WEEKDAYS = new Set("monday tuesday wednesday thursday friday saturday sunday".split(" "));

const CURRENCY_BEFORE = new Set(["$", "€", "£", "¥", "₴", "₽", "us$", "usd", "eur", "gbp", "uah", "rub"]);

/** Words before a number that make it a label or an age rather than a count. */
const LABEL_BEFORE = new Set(
  (
    "aged age ages no number article resolution page flight route chapter section paragraph item version " +
    "level category grade class platform gate apartment building house room unit highway road line minus " +
    "protocol point phase stage session round day week month year covid world"
  ).split(" "),
);

const UNIT_AFTER = new Set(["%", "percent", "per", "am", "pm", "a.m", "p.m", "o'clock", "bc", "ad"]);

const YEAR = /^(?:1[89]|20)\d\d$/;

function isMonth(view: TokenView, k: number): boolean {
  const tok = view.tokens[k];
  // "may" is a month only when capitalised
  return tok !== undefined && tok.shape === Shape.Capitalized && MONTHS.has(view.lower[k] ?? "");
}

const SHARES = new Set(["%", "percent", "cent", "half", "third", "quarter", "most", "majority", "fraction"]);

/** "40% of the 2,000 residents": the number is the whole a share is taken of, not the count. */
function isShareOf(view: TokenView, start: number, floor: number): boolean {
  const { lower } = view;
  let k = start - 1;
  if (lower[k] === "the") k--;
  return k - 1 >= floor && lower[k] === "of" && SHARES.has(lower[k - 1] ?? "");
}

/** Whether the number expression reads as a date, year, age, amount of money, percentage or label. */
export function isNonCount(view: TokenView, expr: NumberExpr, floor: number): boolean {
  const { lower, tokens } = view;
  const prev = expr.start - 1 >= floor ? (lower[expr.start - 1] ?? "") : "";
  if (CURRENCY_BEFORE.has(prev) || LABEL_BEFORE.has(prev) || isMonth(view, expr.start - 1)) return true;
  if (prev === "no" && lower[expr.start] === "one") return true;
  if (isShareOf(view, expr.start, floor)) return true;
  const next = lower[expr.end] ?? "";
  if (UNIT_AFTER.has(next) || isMonth(view, expr.end)) return true;
  if (next === "years" && lower[expr.end + 1] === "old") return true;
  // "12-year-old", "10-storey": a compound adjective, unless the hyphen joined a range
  if (next === "-" && tokens[expr.end + 1]?.shape !== Shape.Number) return true;
  if (next === ":" && tokens[expr.end + 1]?.shape === Shape.Number) return true;
  const first = tokens[expr.start];
  if (!expr.range && first?.shape === Shape.Number && YEAR.test(first.text)) {
    return !(WHO_NOUNS.has(next) || MEASURE_NOUNS.has(next));
  }
  return false;
}

/** Words that may follow a bare number whose measure came before it ("killing 6 in Kharkiv"). */
const SAFE_AFTER = new Set(
  (
    "and or in on at across during since after following when while as with including among so this last " +
    "overnight yesterday today more others other were was have had by near from according over throughout " +
    "within because amid but that who"
  ).split(" "),
);

/** Whether token `k` may follow a count whose measure precedes it; "killing 10 days" fails. */
export function endsCount(view: TokenView, k: number, limit: number): boolean {
  if (k >= limit) return true;
  const tok = view.tokens[k];
  if (tok === undefined || tok.shape === Shape.Punct) return true;
  const w = view.lower[k] ?? "";
  return SAFE_AFTER.has(w) || WEEKDAYS.has(w) || isMonth(view, k);
}
