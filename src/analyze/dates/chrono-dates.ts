import * as chrono from "chrono-node";
import type { DateMention } from "../../domain/analysis.js";
import {
  addDays,
  isoDay,
  monthRange,
  weekdayOnOrAfter,
  weekdayOnOrBefore,
  yearOf,
  yearRange,
} from "./calendar.js";

// chrono-node reads the many ways English writes a calendar date ("24 February 2022",
// "Feb. 24", "2022-03-16", "two days ago", "yesterday"), which a hand-written reader would
// have to rebuild, and it is fast enough: on the ukraine-news corpus it reads about 2 M words/s
// over whole texts, and this module (chrono only on sentences that pass CHRONO_TRIGGER, plus
// our own periods, years and conflict days) about 2.3 M words/s, against a 500 k words/s budget
// (`npx tsx bench/eval/figures.ts`). What it resolves differently from news usage is fixed
// here: a bare weekday is the most recent one (chrono picks the nearest, often in the future),
// a missing year is inferred the same way, and clock times alone are not dates.

// Clock-time parsers are left out: times are not dates, and the casual time parser swallows
// real dates ("the night of September 4, 2014" comes back with no day at all).
const TIME_PARSERS = new Set(["ENCasualTimeParser", "ENTimeExpressionParser"]);
const configuration = chrono.en.configuration.createCasualConfiguration(false);
configuration.parsers = configuration.parsers.filter((p) => !TIME_PARSERS.has(p.constructor.name));
const parser = new chrono.Chrono(configuration);

/** Sentences without any of these cannot hold a date chrono reads; they are skipped unparsed. */
export const CHRONO_TRIGGER =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|tonight|tomorrow|ago|last night)|\d{4}-\d\d-\d\d|\d\/\d/i;

const LOWERCASE_MONTH =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/;
const WEEKDAY_ABBREVIATION = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?$/i;
const PUBLICATION_TAG = /^(?:result\/relativeDate|casualReference\/|parser\/ENCasualDateParser)/;
// Of chrono's relative readings only these name a day; "now" and "the year earlier" do not,
// and periods ("last week") are read as ranges in relative.ts.
const RELATIVE_DAYS =
  /^(?:(?:the\s+day\s+before\s+)?yesterday|today|tonight|tomorrow|last\s+night|(?:\w+|\d+)\s+(?:days?|weeks?|months?|years?)\s+ago)$/i;
const TRAILING = /(?:[\s,.;:]+|\s+of)+$/;

export interface ChronoScan {
  text: string;
  start: number;
  end: number;
  publishedOn: string | null;
  future: boolean;
}

type Resolved = Pick<DateMention, "from" | "to" | "precision" | "basis">;

function day(iso: string, basis: DateMention["basis"]): Resolved {
  return { from: iso, to: iso, precision: "day", basis };
}

/**
 * The year of a day or month given without one. Looking ahead, the next occurrence; otherwise
 * this year's unless that is more than a month after publication ("on May 9" in a story of
 * 4 May is the coming one; "in December" in a story of March is last year's).
 */
function inferYear(pub: string, month: number, dayOfMonth: number, future: boolean): number {
  const y = yearOf(pub);
  const candidate = isoDay(y, month, dayOfMonth);
  if (future) return candidate < pub ? y + 1 : y;
  return candidate > addDays(pub, 31) ? y - 1 : y;
}

function resolveComponents(c: chrono.ParsedComponents, scan: ChronoScan, relative: boolean): Resolved | null {
  const pub = scan.publishedOn;
  const known = (k: chrono.Component) => c.isCertain(k);
  const needsPublication = relative || !known("year");
  if (needsPublication && pub === null) return null;
  const basis = needsPublication ? "publication" : "absolute";
  if (relative) return day(isoDay(c.get("year") ?? 0, c.get("month") ?? 1, c.get("day") ?? 1), basis);
  if (known("day") && known("month")) {
    const m = c.get("month") ?? 1;
    const d = c.get("day") ?? 1;
    const y = known("year") ? (c.get("year") ?? 0) : inferYear(pub ?? "", m, d, scan.future);
    return day(isoDay(y, m, d), basis);
  }
  if (known("month")) {
    const m = c.get("month") ?? 1;
    const y = known("year") ? (c.get("year") ?? 0) : inferYear(pub ?? "", m, 1, scan.future);
    return { ...monthRange(y, m), precision: "month", basis };
  }
  if (known("weekday") && pub !== null) {
    const w = c.get("weekday") ?? 0;
    return day(scan.future ? weekdayOnOrAfter(pub, w) : weekdayOnOrBefore(pub, w), "publication");
  }
  if (known("year") && !relative) return { ...yearRange(c.get("year") ?? 0), precision: "year", basis };
  return null;
}

/** Precision of "80 years ago" and "three months ago", which chrono returns as days. */
function agoPrecision(text: string): DateMention["precision"] {
  if (/\byears?\s+ago\b/i.test(text)) return "year";
  if (/\bmonths?\s+ago\b/i.test(text)) return "month";
  return "day";
}

function widen(r: Resolved, precision: DateMention["precision"]): Resolved {
  const y = yearOf(r.from);
  if (precision === "year") return { ...r, ...yearRange(y), precision };
  if (precision === "month") return { ...r, ...monthRange(y, Number(r.from.slice(5, 7))), precision };
  return r;
}

function plausible(result: chrono.ParsedResult, text: string): boolean {
  // "a quiet weekend" is read as a Saturday; weekends are ranges, read in relative.ts
  if (LOWERCASE_MONTH.test(text) || /weekend/i.test(text)) return false;
  if (WEEKDAY_ABBREVIATION.test(text) && !/^on\s/i.test(result.text)) return false;
  const c = result.start;
  // "24/7" and "4/5/2022" could be either day-month order; only unambiguous slashes count
  if ([...result.tags()].some((t) => t.includes("Slash"))) {
    const d = c.get("day") ?? 0;
    const m = c.get("month") ?? 0;
    if (!c.isCertain("year") || (d <= 12 && m <= 12 && d !== m)) return false;
  }
  return true;
}

function convert(result: chrono.ParsedResult, scan: ChronoScan): DateMention | null {
  // the span is the date itself: "on 24 February" is a mention of 24 February
  const lead = /^on\s+/i.exec(result.text)?.[0].length ?? 0;
  const text = result.text.slice(lead).replace(TRAILING, "");
  if (!plausible(result, text)) return null;
  const relative = [...result.tags()].some((t) => PUBLICATION_TAG.test(t));
  if (relative && !RELATIVE_DAYS.test(text)) return null;
  const start = resolveComponents(result.start, scan, relative);
  if (start === null) return null;
  let resolved = relative ? widen(start, agoPrecision(text)) : start;
  if (result.end !== undefined && result.end !== null) {
    const end = resolveComponents(result.end, scan, relative);
    if (end !== null && end.to > resolved.from) resolved = { ...resolved, to: end.to, precision: "range" };
  }
  const offset = scan.start + result.index + lead;
  return { start: offset, end: offset + text.length, text, ...resolved };
}

/** Dates chrono-node finds in one sentence, resolved for news reporting. */
export function chronoDates(scan: ChronoScan): DateMention[] {
  const sentence = scan.text.slice(scan.start, scan.end);
  const instant = scan.publishedOn === null ? new Date(0) : new Date(`${scan.publishedOn}T12:00:00Z`);
  const out: DateMention[] = [];
  for (const result of parser.parse(sentence, { instant, timezone: 0 })) {
    const mention = convert(result, scan);
    if (mention !== null) out.push(mention);
  }
  return out;
}
