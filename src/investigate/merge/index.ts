export { EVENT_SCORES, matchEventTypes } from "./event-types.js";
export {
  DEFAULT_INCIDENT_OPTIONS,
  IncidentIndex,
  type IncidentIndexOptions,
  type StoredIncident,
} from "./incident-index.js";
export { type MergeResult, mergeAll } from "./merge-all.js";
export { haversineKm, PLACE_RADIUS_KM } from "./place.js";
export { ATTACH_THRESHOLD, MATCH_WEIGHTS } from "./score.js";
export {
  type DateValue,
  type Evidence,
  type IncidentSummary,
  type PerpetratorClaim,
  type PlaceValue,
  type StanceClaim,
  summarizeIncident,
  type TargetSummary,
} from "./summarize.js";
export type { FigureClaim, FigureSummary, FigureValue } from "./summarize-figures.js";
export type { Supported } from "./support.js";
export type {
  IncidentGroup,
  IncidentMember,
  MemberHow,
  MentionRecord,
  MergeConstraints,
  MergeDecision,
  MergeReason,
  MergeReasonKind,
} from "./types.js";
