import type { FigureMention, IncidentMention } from "../../domain/analysis.js";

/** One incident mention of one source, with what merging needs to know about the source. */
export interface MentionRecord {
  /** Stable id of this mention, e.g. `${sourceId}:${index}`. */
  mentionId: string;
  sourceId: string;
  /** The source's syndication group id: copies of one report share it. */
  syndicationGroup: string;
  mention: IncidentMention;
  /** The figures `mention.figures` points to, taken from the source's `Analysis.figures`. */
  figures: FigureMention[];
  /** The source's publication date-time (ISO); bounds the date of an undated mention. */
  publishedAt: string | null;
}

export type MergeReasonKind =
  | "same-event-type"
  | "compatible-event-type"
  | "related-event-type"
  | "same-place"
  | "place-within-km"
  | "place-in-region"
  | "same-region"
  | "place-in-country"
  | "same-place-name"
  | "place-unknown"
  | "date-overlap"
  | "date-within-lag"
  | "date-window-overlap"
  | "date-from-publication"
  | "date-unknown"
  | "same-target"
  | "same-target-category"
  | "targets-unclear"
  | "target-unknown"
  | "pinned"
  | "same-report"
  | "loaded"
  // Why a mention was not attached, on a `create` decision:
  | "no-candidate"
  | "below-threshold"
  | "ambiguous"
  | "too-vague"
  | "analyst-constraint";

/** One reason, stated for a person reading the incident: `detail` says what was compared. */
export interface MergeReason {
  kind: MergeReasonKind;
  detail: string;
}

/**
 * A reason whose wording is written only when it is kept: a mention is scored against many
 * candidate incidents and joins one, so the others' reasons are never read.
 */
export interface PendingReason {
  kind: MergeReasonKind;
  detail: () => string;
}

export function settle(r: PendingReason): MergeReason {
  return { kind: r.kind, detail: r.detail() };
}

/** What an analyst decided; automatic merging never overrides it. */
export interface MergeConstraints {
  /** Mentions taken out of an incident by hand: never attached to that incident again. */
  detached?: { mentionId: string; incidentId: string }[];
  /** Pairs of mentions that must never end up in one incident. */
  cannotLink?: [string, string][];
  /** Mentions put into an incident by hand: attached there whatever the score. */
  pinned?: { mentionId: string; incidentId: string }[];
}

export type MemberHow = "created" | "merged" | "pinned" | "loaded" | "continued";

export interface IncidentMember {
  mentionId: string;
  how: MemberHow;
  /** Match score against the incident when merged; null when created, pinned or loaded. */
  score: number | null;
  reasons: MergeReason[];
}

/** A canonical incident as merging sees it: which mentions, and why each is there. */
export interface IncidentGroup {
  id: string;
  mentionIds: string[];
  members: IncidentMember[];
}

export type MergeDecision =
  | { action: "attach"; mentionId: string; incidentId: string; score: number; reasons: MergeReason[] }
  | { action: "create"; mentionId: string; incidentId: string; reasons: MergeReason[] };
