import type { AuditEntry, AuditEvent } from "../audit/chain.js";
import type { Incident, IncidentFacets, IncidentOverrides, IncidentStatusId } from "../domain/incident.js";
import type { Assessment } from "../investigate/assessments/types.js";
import type { IncidentSummary, MentionRecord, MergeReason } from "../investigate/merge/index.js";

/** A source's syndication signature and the group of copies it belongs to. */
export interface SignatureRow {
  sourceId: string;
  seq: number;
  signature: string;
  groupId: string;
  /** Why it joined its group: the copies it matched and how closely (JSON-able). */
  links: unknown[];
}

/** An incident mention and where it stands: in which incident, decided by whom and why. */
export interface Membership {
  mentionId: string;
  sourceId: string;
  incidentId: string | null;
  record: MentionRecord;
  how: string;
  score: number | null;
  reasons: MergeReason[];
  /** "dossier" for the machine, else the analyst. */
  decidedBy: string;
  decidedAt: string;
}

export interface HistoryRow {
  incidentId: string;
  kind: string;
  fromStatus: IncidentStatusId | null;
  toStatus: IncidentStatusId | null;
  note: string;
  actor: string;
  role: string;
  detail: unknown;
  at: string;
}

export interface ManualSource {
  incidentId: string;
  sourceId: string;
  note: string;
  addedBy: string;
  addedAt: string;
}

export interface ConstraintRow {
  kind: "detached" | "cannot-link" | "pinned";
  mentionId: string;
  /** An incident id (detached, pinned) or another mention id (cannot-link). */
  other: string;
  setBy: string;
  setAt: string;
}

export interface OutletGradeRow {
  key: string;
  grade: string;
  note: string;
  setBy: string;
  setAt: string;
}

export interface ClaimGradeRow {
  incidentId: string;
  claim: string;
  grade: number;
  note: string;
  setBy: string;
  setAt: string;
}

export interface AssessmentEventRow {
  assessmentId: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  actor: string;
  role: string;
  note: string;
  at: string;
}

/** An incident as written: everything but its sequence number, which the store keeps. */
export interface IncidentWrite extends Omit<Incident, "seq"> {
  seq: number;
  summary: IncidentSummary | null;
}

/**
 * Everything one action changes, written in one transaction together with its audit entry
 * (which records a digest of every row written). Services compute change sets with the
 * pure rules of investigate/; the store only applies them.
 */
export interface ChangeSet {
  signatures?: SignatureRow[];
  /** Syndication groups joined into one: every source in `from` moves to `to`. */
  regroup?: { from: string[]; to: string }[];
  incidents?: IncidentWrite[];
  memberships?: Membership[];
  /** Mention rows removed (a reanalysed source's old mentions). */
  removeMemberships?: string[];
  manualSources?: ManualSource[];
  removeManualSources?: { incidentId: string; sourceId: string }[];
  constraints?: ConstraintRow[];
  history?: HistoryRow[];
  outletGrades?: OutletGradeRow[];
  claimGrades?: ClaimGradeRow[];
  assessments?: { assessment: Assessment; createdAt: string; updatedAt: string }[];
  assessmentEvents?: AssessmentEventRow[];
  settings?: { key: string; value: string }[];
  shares?: ShareRow[];
  removeShares?: { incidentId: string; partnerId: string }[];
}

/** What incremental merging needs to rebuild its indexes. */
export interface MergeState {
  signatures: { sourceId: string; signature: string; groupId: string }[];
  incidents: { id: string; records: MentionRecord[] }[];
  constraints: ConstraintRow[];
  nextIncidentSeq: number;
  nextSignatureSeq: number;
}

export interface IncidentQuery {
  limit: number;
  offset: number;
  status?: IncidentStatusId | undefined;
  eventType?: string | undefined;
  category?: string | undefined;
  near?: { lat: number; lon: number; km: number } | undefined;
  /** Incidents whose dates reach this day or later (YYYY-MM-DD). */
  from?: string | undefined;
  /** Incidents whose dates start on or before this day. */
  to?: string | undefined;
  sourceId?: string | undefined;
  assignee?: string | undefined;
  /** Include incidents merged into others and those left with no support. */
  includeInactive?: boolean | undefined;
  /** Only these incidents (what a partner may see). */
  ids?: string[] | undefined;
  /** Leave out incidents carrying any of these sensitivity flags (what a role may not see). */
  hideFlags?: string[] | undefined;
}

/** An incident shared with a partner institution. */
export interface ShareRow {
  incidentId: string;
  partnerId: string;
  /** Shared explicitly with its sensitive material (flags above "warning"). */
  includeSensitive: boolean;
  sharedBy: string;
  sharedAt: string;
}

export interface IncidentDetail {
  incident: Incident;
  summary: IncidentSummary | null;
  members: Membership[];
  manualSources: ManualSource[];
  history: HistoryRow[];
  claimGrades: ClaimGradeRow[];
}

export interface IncidentCounts {
  byStatus: Record<string, number>;
  byEventType: Record<string, number>;
  byMonth: { month: string; incidents: number; killed: number; injured: number }[];
}

/** The investigation half of the Store contract. */
export interface InvestigationStore {
  applyChanges(changes: ChangeSet, event: AuditEvent): Promise<AuditEntry>;
  loadMergeState(): Promise<MergeState>;
  getIncident(id: string): Promise<IncidentDetail | null>;
  listIncidents(query: IncidentQuery): Promise<{ total: number; items: Incident[] }>;
  countIncidents(): Promise<IncidentCounts>;
  /** Incidents with at least one member mention from these sources. */
  incidentsOfSources(sourceIds: string[]): Promise<string[]>;
  membershipsOfSource(sourceId: string): Promise<Membership[]>;
  syndicationGroupOf(sourceId: string): Promise<{ groupId: string; members: string[] } | null>;
  groupsOfSources(sourceIds: string[]): Promise<Map<string, string>>;
  outletGrades(): Promise<OutletGradeRow[]>;
  getAssessment(id: string): Promise<{ assessment: Assessment; events: AssessmentEventRow[] } | null>;
  listAssessments(): Promise<Assessment[]>;
  nextAssessmentSeq(): Promise<number>;
  nextIncidentSeq(): Promise<number>;
  getSetting(key: string): Promise<string | null>;
  /** Every share, or those of one partner. */
  listShares(partnerId?: string): Promise<ShareRow[]>;
  /** Sources that support any of these incidents (as mentions or attached by hand). */
  sourcesOfIncidents(incidentIds: string[]): Promise<string[]>;
}

export type { IncidentFacets, IncidentOverrides };
