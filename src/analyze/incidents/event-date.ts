import type { DateMention } from "../../domain/analysis.js";
import type { Range } from "../../domain/document.js";

// "said on Wednesday", "on Wednesday denied": when something was said, which is at best a
// bound on when the event happened.
const SPEECH_BEFORE =
  /\b(?:said|says|told|announced|reported|added|stated|denied|confirmed|claimed|wrote|tweeted|declared)\s+(?:\w+\s+)?$/i;
const SPEECH_AFTER =
  /^\s*(?:,\s*)?(?:said|says|told|announced|reported|added|stated|denied|denies|confirmed|claimed|wrote|tweeted|declared)\b/i;

function isSpeechDate(text: string, d: DateMention): boolean {
  return (
    SPEECH_BEFORE.test(text.slice(Math.max(0, d.start - 30), d.start)) ||
    SPEECH_AFTER.test(text.slice(d.end, d.end + 20))
  );
}

export interface DateScope {
  start: number;
  end: number;
  paragraph: Range;
  /** Dates never taken as the event's (a dateline's filing date). */
  exclude: Range | null;
}

/**
 * The event's date as its own words give it: a date stated with the event (one that dates
 * the event before one that dates a statement about it), else the last date before it in
 * its paragraph.
 */
export function ownDate(text: string, dates: readonly DateMention[], scope: DateScope): DateMention | null {
  const { exclude } = scope;
  const usable = (d: DateMention) => exclude === null || d.end <= exclude.start || d.start >= exclude.end;
  const inside = dates.filter((d) => d.start >= scope.start && d.end <= scope.end && usable(d));
  const stated = inside.find((d) => !isSpeechDate(text, d)) ?? inside[0];
  if (stated !== undefined) return stated;
  const before = dates.filter((d) => d.start >= scope.paragraph.start && d.end <= scope.start && usable(d));
  return before.at(-1) ?? null;
}
