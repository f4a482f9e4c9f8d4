import { DEFAULT_INCIDENT_OPTIONS, IncidentIndex, type IncidentIndexOptions } from "./incident-index.js";
import { type PreparedMention, prepareMention } from "./profile.js";
import type { IncidentGroup, MentionRecord, MergeDecision } from "./types.js";

const PLACE_RANK = { fine: 0, region: 1, named: 2, country: 3, none: 4 } as const;
const TIME_RANK = { day: 0, window: 1, publication: 2, none: 3 } as const;

/**
 * The order a batch is merged in: precise mentions first, so that incidents are seeded by
 * reports that say exactly where and when, and vaguer reports (a region, a month) then join
 * them instead of seeding incidents of their own. Ties by date then id, for the same result
 * on every run.
 */
function mergeOrder(a: PreparedMention, b: PreparedMention): number {
  return (
    PLACE_RANK[a.place.level] - PLACE_RANK[b.place.level] ||
    TIME_RANK[a.time.kind] - TIME_RANK[b.time.kind] ||
    a.time.from - b.time.from ||
    (a.record.mentionId < b.record.mentionId ? -1 : a.record.mentionId > b.record.mentionId ? 1 : 0)
  );
}

export interface MergeResult {
  incidents: IncidentGroup[];
  /** One decision per mention, in the order they were made. */
  decisions: MergeDecision[];
}

/** Merges a whole batch of mentions into incidents, from scratch. */
export function mergeAll(
  records: Iterable<MentionRecord>,
  options: Partial<IncidentIndexOptions> = {},
): MergeResult {
  const index = new IncidentIndex({ ...DEFAULT_INCIDENT_OPTIONS, ...options });
  const ordered = [...records].map(prepareMention).sort(mergeOrder);
  const decisions = ordered.map((m) => index.add(m.record));
  return { incidents: index.incidents(), decisions };
}
