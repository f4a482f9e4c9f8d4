import type { AnalysisContext, DateMention } from "../../domain/analysis.js";
import type { PreparedText } from "../text/prepare.js";
import { CHRONO_TRIGGER, chronoDates } from "./chrono-dates.js";
import { conflictDates } from "./conflict-phrases.js";
import { documentCounts } from "./conflicts.js";
import { relativeDates } from "./relative.js";

// Forward-looking sentences flip bare weekdays, months and "on the 9th" to the next occurrence.
const FUTURE =
  /\b(?:will|won['’]t|shall|is due|are due|is set to|are set to|(?:is|are) scheduled|scheduled for|(?:is|are) expected to|plans? to|planning to|(?:is|are) going to|upcoming)\b|['’]ll\b/i;

const CONFLICT_TRIGGER = /\b(?:day|week|month|year)s?\s+(?:[\w-]+\s+)?(?:of|into)\b|anniversary/i;
const RELATIVE_TRIGGER =
  /\b(?:week|month|year|weekend|morning|afternoon|evening)\b|(?:19|20)\d\d|\bon\s+the\s+\d/i;

/**
 * The publication day as written: "2022-03-23T23:30:00+02:00" is the 23rd where it was
 * published, which is the day its "yesterday" counts from.
 */
function publicationDay(publishedAt: string | null): string | null {
  if (publishedAt === null) return null;
  const day = /^(\d{4})-?(\d\d)-?(\d\d)/.exec(publishedAt);
  return day === null ? null : `${day[1]}-${day[2]}-${day[3]}`;
}

// Overlapping readings of the same words: the longer wins, then the more specific reader
// (conflict phrases, then our own periods and years, then chrono-node).
function dedupe(candidates: { mention: DateMention; rank: number }[]): DateMention[] {
  const sorted = [...candidates].sort(
    (a, b) => b.mention.end - b.mention.start - (a.mention.end - a.mention.start) || b.rank - a.rank,
  );
  const kept: DateMention[] = [];
  for (const { mention } of sorted) {
    if (kept.some((k) => k.start < mention.end && mention.start < k.end)) continue;
    kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Dates in the text, resolved to days, months, years or ranges. Relative dates ("on Tuesday",
 * "last week", "24 February" without a year) need the publication date; without one they are
 * left out rather than guessed, since a DateMention always carries resolved days.
 */
export function findDates(doc: PreparedText, ctx: AnalysisContext): DateMention[] {
  const publishedOn = publicationDay(ctx.publishedAt);
  const counts = documentCounts(doc.text);
  const candidates: { mention: DateMention; rank: number }[] = [];
  for (const s of doc.sentences) {
    const sentence = doc.text.slice(s.start, s.end);
    const chronoHit = CHRONO_TRIGGER.test(sentence);
    const relativeHit = RELATIVE_TRIGGER.test(sentence);
    const conflictHit = CONFLICT_TRIGGER.test(sentence);
    if (!(chronoHit || relativeHit || conflictHit)) continue;
    const scan = { text: doc.text, start: s.start, end: s.end, publishedOn, future: FUTURE.test(sentence) };
    if (conflictHit)
      for (const mention of conflictDates({ ...scan, counts })) candidates.push({ mention, rank: 3 });
    if (relativeHit) for (const mention of relativeDates(scan)) candidates.push({ mention, rank: 2 });
    if (chronoHit) for (const mention of chronoDates(scan)) candidates.push({ mention, rank: 1 });
  }
  return dedupe(candidates);
}
