import type { EventType } from "../../domain/analysis.js";
import type { Incident, IncidentStatusId } from "../../domain/incident.js";
import type { Assessment } from "../../investigate/assessments/types.js";
import type { MentionRecord } from "../../investigate/merge/index.js";
import type { AssessmentEventRow, HistoryRow, Membership } from "../investigation.js";

// Incident storage rows and their conversion to the types above the store.

export interface IncidentRow {
  id: string;
  seq: number;
  status: string;
  assignee: string | null;
  title: string | null;
  overrides: string;
  flags: string;
  merged_into: string | null;
  event_type: string | null;
  place_name: string | null;
  lat: number | null;
  lon: number | null;
  date_from: string | null;
  date_to: string | null;
  date_basis: string | null;
  categories: string;
  sources: number;
  independent_sources: number;
  killed_low: number | null;
  killed_high: number | null;
  injured_low: number | null;
  injured_high: number | null;
  created_at: string;
  created_by: string;
  updated_at: string;
}

const range = (low: number | null, high: number | null) =>
  low === null && high === null ? null : { low, high };

export function toIncident(r: IncidentRow): Incident {
  return {
    id: r.id,
    seq: r.seq,
    status: r.status as IncidentStatusId,
    assignee: r.assignee,
    title: r.title,
    overrides: JSON.parse(r.overrides),
    flags: JSON.parse(r.flags),
    mergedInto: r.merged_into,
    eventType: r.event_type as EventType | null,
    placeName: r.place_name,
    lat: r.lat,
    lon: r.lon,
    dateFrom: r.date_from,
    dateTo: r.date_to,
    dateBasis: r.date_basis as Incident["dateBasis"],
    categories: r.categories.split("|").filter(Boolean),
    sources: r.sources,
    independentSources: r.independent_sources,
    killed: range(r.killed_low, r.killed_high),
    injured: range(r.injured_low, r.injured_high),
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
  };
}

export interface MembershipRow {
  id: string;
  source_id: string;
  incident_id: string | null;
  record: string;
  how: string;
  score: number | null;
  reasons: string;
  decided_by: string;
  decided_at: string;
}

export function toMembership(r: MembershipRow): Membership {
  return {
    mentionId: r.id,
    sourceId: r.source_id,
    incidentId: r.incident_id,
    record: JSON.parse(r.record) as MentionRecord,
    how: r.how,
    score: r.score,
    reasons: JSON.parse(r.reasons),
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
  };
}

export interface HistoryRowDb {
  incident_id: string;
  kind: string;
  from_status: string | null;
  to_status: string | null;
  note: string;
  actor: string;
  role: string;
  detail: string;
  at: string;
}

export function toHistory(r: HistoryRowDb): HistoryRow {
  return {
    incidentId: r.incident_id,
    kind: r.kind,
    fromStatus: r.from_status as IncidentStatusId | null,
    toStatus: r.to_status as IncidentStatusId | null,
    note: r.note,
    actor: r.actor,
    role: r.role,
    detail: JSON.parse(r.detail),
    at: r.at,
  };
}

export function toAssessment(data: string): Assessment {
  return JSON.parse(data) as Assessment;
}

export interface AssessmentEventDb {
  assessment_id: string;
  action: string;
  from_status: string | null;
  to_status: string | null;
  actor: string;
  role: string;
  note: string;
  at: string;
}

export function toAssessmentEvent(r: AssessmentEventDb): AssessmentEventRow {
  return {
    assessmentId: r.assessment_id,
    action: r.action,
    fromStatus: r.from_status,
    toStatus: r.to_status,
    actor: r.actor,
    role: r.role,
    note: r.note,
    at: r.at,
  };
}
