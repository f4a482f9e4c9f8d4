import type { MentionRecord, MergeReason } from "../merge/index.js";
import { matchEventTypes } from "../merge/index.js";

// Reports tell one event over several sentences: the lead places it ("A missile hit a
// hospital in Kharkiv"), later ones refer back without repeating the place ("The strike
// destroyed the front of the building"). Such a sentence belongs with the event the report
// last placed, not in an incident of its own.

const REFERS_BACK =
  /\b(?:the|this|that|yesterday's|today's|(?:mon|tues|wednes|thurs|fri|satur|sun)day's|last night's|[a-z]+'s)\s+(?:[a-z-]+\s+)?(?:strike|attack|bombing|shelling|blast|explosion|raid|assault|airstrike|missile strike|incident)s?\b/i;

const GENERIC_CATEGORIES = new Set(["Residential", "Undefined"]);

function hasPlace(r: MentionRecord): boolean {
  return r.mention.place?.ref != null;
}

function compatibleTargets(r: MentionRecord, earlier: MentionRecord): boolean {
  const specific = r.mention.targets.filter((t) => !GENERIC_CATEGORIES.has(t.category));
  if (specific.length === 0) return true;
  const categories = new Set(earlier.mention.targets.map((t) => t.category));
  return specific.some((t) => categories.has(t.category));
}

/**
 * The earlier mention of the same report that `record` continues, with the reason; null
 * when it has a place of its own, does not refer back, or fits no earlier placed event.
 */
export function continuationOf(
  record: MentionRecord,
  earlier: readonly MentionRecord[],
): { mention: MentionRecord; reason: MergeReason } | null {
  if (hasPlace(record)) return null;
  const refersBack = REFERS_BACK.test(record.mention.text);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const prior = earlier[i] as MentionRecord;
    if (prior.sourceId !== record.sourceId || !hasPlace(prior)) continue;
    if (matchEventTypes(record.mention.eventType, prior.mention.eventType) === null) continue;
    if (!compatibleTargets(record, prior)) continue;
    if (!refersBack && record.mention.targets.length > 0 && !prior.mention.targets.length) continue;
    const why = refersBack ? "refers back to" : "names no place of its own and follows";
    return {
      mention: prior,
      reason: {
        kind: "same-report",
        detail: `${why} the event the same report placed in ${prior.mention.place?.name} (${prior.mentionId})`,
      },
    };
  }
  return null;
}
