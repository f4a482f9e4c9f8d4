import type { Incident } from "../../domain/incident.js";
import type {
  ClaimGradeRow,
  HistoryRow,
  IncidentDetail,
  ManualSource,
  Membership,
} from "../../store/investigation.js";
import type { Store } from "../../store/store.js";
import type { Reliability } from "../grading/admiralty.js";
import type { CredibilitySuggestion } from "../grading/credibility.js";
import type { ConflictContext, LegalSuggestions } from "../legal/types.js";
import type { IncidentSummary } from "../merge/index.js";
import { legalSuggestions, sourceReliability, suggestIncidentCredibility } from "./assess.js";

/** A source as it supports an incident: who published it, how reliable, which copy group. */
export interface SupportingSource {
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  syndicationGroup: string;
  reliability: { grade: Reliability; basis: string };
  /** The mentions of this source in the incident, or empty when attached by hand. */
  mentionIds: string[];
  attachedByHand: ManualSource | null;
}

/** Everything shown about one incident: the machine's reading, the people's decisions, and why. */
export interface IncidentView {
  incident: Incident;
  summary: IncidentSummary | null;
  members: Membership[];
  sources: SupportingSource[];
  credibility: { suggested: CredibilitySuggestion; graded: ClaimGradeRow[] };
  legal: LegalSuggestions | null;
  history: HistoryRow[];
}

export const CONFLICT_SETTING = "conflict";

export async function conflictContext(store: Store): Promise<ConflictContext | null> {
  const raw = await store.getSetting(CONFLICT_SETTING);
  return raw === null ? null : (JSON.parse(raw) as ConflictContext);
}

export async function incidentView(store: Store, detail: IncidentDetail): Promise<IncidentView> {
  const sourceIds = [
    ...new Set([...detail.members.map((m) => m.sourceId), ...detail.manualSources.map((m) => m.sourceId)]),
  ];
  const [groups, overrides, conflict] = await Promise.all([
    store.groupsOfSources(sourceIds),
    store.outletGrades(),
    conflictContext(store),
  ]);
  const grades = overrides.map((o) => ({ key: o.key, grade: o.grade as Reliability, note: o.note }));
  const sources: SupportingSource[] = [];
  const reliabilityOfGroup = new Map<string, Reliability>();
  for (const id of sourceIds) {
    const s = await store.getSource(id);
    if (s === null) continue;
    const reliability = sourceReliability(s, grades);
    const group = groups.get(id) ?? id;
    const best = reliabilityOfGroup.get(group);
    // A copy group is as reliable as its best member: the wire original, not a reprint.
    if (best === undefined || reliability.grade < best) reliabilityOfGroup.set(group, reliability.grade);
    sources.push({
      id,
      title: s.title,
      outlet: s.outlet,
      url: s.url,
      publishedAt: s.publishedAt,
      syndicationGroup: group,
      reliability: { grade: reliability.grade, basis: reliability.basis },
      mentionIds: detail.members.filter((m) => m.sourceId === id).map((m) => m.mentionId),
      attachedByHand: detail.manualSources.find((m) => m.sourceId === id) ?? null,
    });
  }
  return {
    incident: detail.incident,
    summary: detail.summary,
    members: detail.members,
    sources,
    credibility: {
      suggested: suggestIncidentCredibility(detail.summary, reliabilityOfGroup),
      graded: detail.claimGrades,
    },
    legal: legalSuggestions(
      detail.summary,
      detail.members.map((m) => m.record),
      conflict,
    ),
    history: detail.history,
  };
}
