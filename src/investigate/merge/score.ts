import { matchEventTypeSet } from "./event-types.js";
import { matchPlace } from "./place.js";
import type { IncidentProfile, PreparedMention } from "./profile.js";
import { matchTargets, targetConflict } from "./targets.js";
import { isoDay, matchTime } from "./time.js";
import { type MergeReason, settle } from "./types.js";

/**
 * Weights of the four comparisons in a match score (they add up to 1). Place and time carry
 * most: they are what makes two reports one event. The event type is next, since outlets
 * disagree on weapons; targets last because many reports name none.
 */
export const MATCH_WEIGHTS = { eventType: 0.25, place: 0.3, time: 0.25, targets: 0.2 } as const;

/**
 * Score at or above which a mention joins an incident. Same type, place and day with no
 * target named anywhere scores 0.9; a region-level report of the same day 0.78; a report
 * naming only the country needs the same target and day (0.79); an undated report of a
 * related event type at the same place falls short (0.56).
 */
export const ATTACH_THRESHOLD = 0.7;

/** A match score with its reasons, or why there is no match; both worded only on demand. */
export type PairScore =
  | { ok: true; score: number; reasons: () => MergeReason[] }
  | { ok: false; why: () => string };

const round = (x: number): number => Math.round(x * 1000) / 1000;

function timeText(m: PreparedMention): string {
  if (m.time.kind === "none") return "no date";
  return m.time.from === m.time.to ? isoDay(m.time.from) : `${isoDay(m.time.from)}–${isoDay(m.time.to)}`;
}

/** How well a mention fits an incident, with a reason per comparison; or why it cannot. */
export function scoreMention(m: PreparedMention, incident: IncidentProfile): PairScore {
  const { mention } = m.record;
  const types = incident.dominant;
  const event = matchEventTypeSet(mention.eventType, types);
  if (event === null)
    return {
      ok: false,
      why: () => `event types differ: ${mention.eventType} vs ${types.join(", ")}`,
    };
  const place = matchPlace(m.place, incident.place);
  if (place === null)
    return {
      ok: false,
      why: () =>
        `places differ: ${mention.place?.ref?.name ?? mention.place?.name} vs ${incident.place.best?.name}`,
    };
  const time = matchTime(m.time, incident.time);
  if (time === null) return { ok: false, why: () => `dates differ: ${timeText(m)}` };
  const targets = matchTargets(mention.targets, incident.targets);
  if (targets === null) return { ok: false, why: () => targetConflict(mention.targets, incident.targets) };
  if (event.reason.kind === "related-event-type" && !targets.sameObject)
    return { ok: false, why: () => `related event types (${event.reason.detail()}) without a shared target` };
  if (time.reason.kind === "date-unknown" && !targets.sameObject)
    return { ok: false, why: () => "no date to compare, and no shared target to match on instead" };
  if (place.vague && !targets.sameObject)
    return { ok: false, why: () => `place too vague (${place.reason.detail()}) without a shared target` };
  const score =
    MATCH_WEIGHTS.eventType * event.score +
    MATCH_WEIGHTS.place * place.score +
    MATCH_WEIGHTS.time * time.score +
    MATCH_WEIGHTS.targets * targets.score;
  const reasons = [event.reason, place.reason, time.reason, targets.reason];
  return { ok: true, score: round(score), reasons: () => reasons.map(settle) };
}
