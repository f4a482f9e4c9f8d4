import type { DateMention } from "../../domain/analysis.js";
import {
  addDays,
  addMonths,
  dayOf,
  daysInMonth,
  isoDay,
  maxDay,
  minDay,
  mondayOf,
  monthOf,
  monthRange,
  weekdayOnOrAfter,
  weekdayOnOrBefore,
  yearOf,
  yearRange,
} from "./calendar.js";

// Periods and bare years, which chrono-node either reads as a single day ("last week" → the
// day seven days back) or not at all ("in 2014", "earlier this month", "on the 9th").

type Resolved = Pick<DateMention, "from" | "to" | "precision">;

/** One sentence to read, with what resolving relative words needs. */
export interface RelativeScan {
  text: string;
  start: number;
  end: number;
  /** Publication day (ISO); null leaves out everything that needs it. */
  publishedOn: string | null;
  /** The sentence speaks of the future ("will meet"), so bare references look forward. */
  future: boolean;
}

const PERIOD =
  /\b(?:(earlier|later|early|late)\s+)?(?:(the|last|this|next|past|coming)\s+)(week|month|year|weekend)\b/gi;
const WEEKEND = /\b(?:over|at|during)\s+the\s+weekend\b/gi;
const PART_OF_TODAY = /\bthis\s+(?:morning|afternoon|evening)\b/gi;
const ORDINAL_DAY =
  /\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:day|week|month|year|anniversary|floor|of|century|time|minute|hour|round|attempt|place|session|meeting))/gi;
const YEAR_RANGE =
  /\b(?:between\s+((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d)|from\s+((?:19|20)\d\d)\s+(?:to|until|till)\s+((?:19|20)\d\d)|((?:19|20)\d\d)\s*[-–]\s*((?:19|20)?\d\d))\b/gi;
// "in 2014" but not "in 2000 homes": a count noun after the number makes it a quantity
const YEAR_AFTER_WORD =
  /\b(?:in|since|during|by|until|till|before|after|throughout|of|from|early|late|spring|summer|autumn|fall|winter|mid-)\s*((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d|\s+(?:people|persons|civilians|soldiers|troops|residents|homes|houses|buildings|families|children|refugees|tonnes|tons|km|kilometres|kilometers|miles|metres|meters|dollars|euros|hryvnias|rubles|units|cases)\b)/gi;
const YEAR_BEFORE_NOUN =
  /\bthe\s+((?:19|20)\d\d)\s+(?:annexation|invasion|war|election|elections|revolution|conflict|offensive|referendum|protests|uprising|olympics|games|agreement|accords|ceasefire|crisis|summit|census|attack|attacks|massacre|famine)\b/gi;

function week(pub: string, which: string, modifier: string): Resolved {
  const monday = mondayOf(pub);
  if (which === "last") return range(addDays(monday, -7), addDays(monday, -1));
  if (which === "next" || which === "coming") return range(addDays(monday, 7), addDays(monday, 13));
  if (which === "past" || which === "the") return range(addDays(pub, -7), pub);
  if (modifier === "earlier") return range(monday, maxDay(monday, addDays(pub, -1)));
  if (modifier === "later") return range(addDays(pub, 1), maxDay(addDays(pub, 1), addDays(monday, 6)));
  return range(monday, addDays(monday, 6));
}

function wholeMonth(day: string): Resolved {
  return { ...monthRange(yearOf(day), monthOf(day)), precision: "month" };
}

function month(pub: string, which: string, modifier: string): Resolved {
  const y = yearOf(pub);
  const m = monthOf(pub);
  const first = isoDay(y, m, 1);
  if (which === "last") return wholeMonth(addMonths(first, -1));
  if (which === "next" || which === "coming") return wholeMonth(addMonths(first, 1));
  if (which === "past" || which === "the") return range(addMonths(pub, -1), pub);
  if (modifier === "earlier") return range(first, maxDay(first, addDays(pub, -1)));
  const last = isoDay(y, m, daysInMonth(y, m));
  const next = addDays(pub, 1);
  if (modifier === "later") return range(minDay(next, last), last);
  return wholeMonth(first);
}

function year(pub: string, which: string, modifier: string): Resolved {
  const y = yearOf(pub);
  if (which === "last") return { ...yearRange(y - 1), precision: "year" };
  if (which === "next" || which === "coming") return { ...yearRange(y + 1), precision: "year" };
  if (which === "past" || which === "the") return range(addMonths(pub, -12), pub);
  const jan1 = isoDay(y, 1, 1);
  if (modifier === "earlier") return range(jan1, maxDay(jan1, addDays(pub, -1)));
  return { ...yearRange(y), precision: "year" };
}

/** The weekend in question: the one just past, or the coming one when the sentence looks ahead. */
function weekend(pub: string, which: string, future: boolean): Resolved {
  const ahead = which === "next" || which === "coming" || (which === "this" && future);
  const saturday = ahead ? weekdayOnOrAfter(addDays(pub, 1), 6) : weekdayOnOrBefore(addDays(pub, -1), 6);
  return range(saturday, addDays(saturday, 1));
}

function range(from: string, to: string): Resolved {
  return { from, to, precision: "range" };
}

function period(pub: string, m: RegExpExecArray, future: boolean): Resolved | null {
  const modifier = (m[1] ?? "").toLowerCase();
  const which = (m[2] ?? "").toLowerCase();
  const unit = (m[3] ?? "").toLowerCase();
  if (unit === "weekend") return weekend(pub, which, future);
  // "the week" and "the year" alone are not references to now; "the past week" is caught as "past"
  if (which === "the") return null;
  if (unit === "week") return week(pub, which, modifier);
  if (unit === "month") return month(pub, which, modifier);
  return year(pub, which, modifier);
}

/** "on the 9th": this month's 9th if it has passed, else last month's (the next one when looking ahead). */
function ordinalDay(pub: string, n: number, future: boolean): Resolved | null {
  let y = yearOf(pub);
  let m = monthOf(pub);
  const passed = n <= dayOf(pub);
  if (!future && !passed) [y, m] = m === 1 ? [y - 1, 12] : [y, m - 1];
  if (future && n < dayOf(pub)) [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  if (n < 1 || n > daysInMonth(y, m)) return null;
  const day = isoDay(y, m, n);
  return { from: day, to: day, precision: "day" };
}

interface Rule {
  re: RegExp;
  basis: DateMention["basis"];
  read: (m: RegExpExecArray) => Resolved | null;
}

function each(scan: RelativeScan, rule: Rule, out: DateMention[]): void {
  const sentence = scan.text.slice(scan.start, scan.end);
  rule.re.lastIndex = 0;
  for (let m = rule.re.exec(sentence); m !== null; m = rule.re.exec(sentence)) {
    const resolved = rule.read(m);
    if (resolved === null) continue;
    const start = scan.start + m.index;
    out.push({ start, end: start + m[0].length, text: m[0], ...resolved, basis: rule.basis });
  }
}

/** Periods ("last week", "earlier this month"), "on the 9th", "this morning" and bare years. */
export function relativeDates(scan: RelativeScan): DateMention[] {
  const out: DateMention[] = [];
  const pub = scan.publishedOn;
  if (pub !== null) {
    const basis = "publication";
    each(scan, { re: PERIOD, basis, read: (m) => period(pub, m, scan.future) }, out);
    each(scan, { re: WEEKEND, basis, read: () => weekend(pub, "last", false) }, out);
    each(scan, { re: PART_OF_TODAY, basis, read: () => ({ from: pub, to: pub, precision: "day" }) }, out);
    each(scan, { re: ORDINAL_DAY, basis, read: (m) => ordinalDay(pub, Number(m[1]), scan.future) }, out);
  }
  const basis = "absolute";
  each(scan, { re: YEAR_RANGE, basis, read: yearRangeOf }, out);
  const years: DateMention[] = [];
  const wholeYear = (m: RegExpExecArray): Resolved => ({ ...yearRange(Number(m[1])), precision: "year" });
  each(scan, { re: YEAR_AFTER_WORD, basis, read: wholeYear }, years);
  each(scan, { re: YEAR_BEFORE_NOUN, basis, read: wholeYear }, years);
  // narrowed to the year itself: "since 2014" is a mention of 2014
  for (const y of years) {
    const digits = /(?:19|20)\d\d/.exec(y.text);
    if (digits === null) continue;
    const start = y.start + digits.index;
    out.push({ ...y, start, end: start + 4, text: digits[0] });
  }
  return out;
}

function yearRangeOf(m: RegExpExecArray): Resolved | null {
  const first = Number(m[1] ?? m[3] ?? m[5]);
  let second = m[2] ?? m[4] ?? m[6] ?? "";
  // "1932-33": the second year borrows the first one's century
  if (second.length === 2) second = String(first).slice(0, 2) + second;
  const last = Number(second);
  if (!(last > first) || last - first > 100) return null;
  return { from: yearRange(first).from, to: yearRange(last).to, precision: "range" };
}
