import type { EventType, TargetCategory } from "../../domain/analysis.js";
import { type IncidentPlace, morePrecise, type PlaceInfo, placeInfo } from "./place.js";
import { normalizeObject } from "./targets.js";
import { addTime, emptyTime, type IncidentTime, type TimeInfo, timeInfo } from "./time.js";
import type { IncidentMember, MentionRecord } from "./types.js";

/** A mention with its place and time worked out once. */
export interface PreparedMention {
  record: MentionRecord;
  place: PlaceInfo;
  time: TimeInfo;
}

export function prepareMention(record: MentionRecord): PreparedMention {
  return {
    record,
    place: placeInfo(record.mention.place),
    time: timeInfo(record.mention.date, record.publishedAt),
  };
}

/**
 * What an incident's members say, folded together as they attach, so that a new mention is
 * compared with the incident as a whole (its most precise place, the span of its dates, all
 * its targets) rather than with each member: comparing with members one by one would let a
 * chain of near neighbours (day 1 ~ day 2 ~ day 3 ...) grow one incident without limit.
 */
export interface IncidentProfile {
  id: string;
  members: IncidentMember[];
  mentionIds: Set<string>;
  eventTypes: Map<EventType, number>;
  /** The types at least half as many mentions give as the commonest one (see `dominantTypes`). */
  dominant: EventType[];
  place: { best: IncidentPlace["best"]; names: Set<string> };
  time: IncidentTime;
  targets: Map<string, TargetCategory>;
}

export function emptyProfile(id: string): IncidentProfile {
  return {
    id,
    members: [],
    mentionIds: new Set(),
    eventTypes: new Map(),
    dominant: [],
    place: { best: null, names: new Set() },
    time: emptyTime(),
    targets: new Map(),
  };
}

export function addToProfile(profile: IncidentProfile, m: PreparedMention, member: IncidentMember): void {
  const { mention } = m.record;
  profile.members.push(member);
  profile.mentionIds.add(member.mentionId);
  profile.eventTypes.set(mention.eventType, (profile.eventTypes.get(mention.eventType) ?? 0) + 1);
  profile.dominant = dominantTypes(profile.eventTypes);
  profile.place.best = morePrecise(profile.place.best, m.place.ref);
  for (const n of m.place.names) profile.place.names.add(n);
  addTime(profile.time, m.time);
  for (const t of mention.targets) {
    const o = normalizeObject(t.object);
    if (!profile.targets.has(o)) profile.targets.set(o, t.category);
  }
}

/**
 * The types at least half as many mentions give as the commonest one. A new mention is
 * compared with these only: an incident that once accepted a confusable type must not then
 * accept everything that type is confused with.
 */
function dominantTypes(counts: Map<EventType, number>): EventType[] {
  let most = 0;
  for (const n of counts.values()) most = Math.max(most, n);
  return [...counts].filter(([, n]) => 2 * n >= most).map(([t]) => t);
}
