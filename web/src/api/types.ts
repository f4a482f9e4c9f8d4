// What the API answers, typed with the server's own types so the UI cannot drift from it.
import type { AuditEntry } from "../../../src/audit/chain.js";
import type { AuditReport } from "../../../src/audit/verify.js";
import type { AccountView } from "../../../src/auth/accounts.js";
import type { Incident, IncidentStatusId } from "../../../src/domain/incident.js";
import type { Assessment } from "../../../src/investigate/assessments/types.js";
import type { IncidentView } from "../../../src/investigate/incidents/view.js";
import type { Role } from "../../../src/investigate/review/roles.js";
import type { IngestEvent, IngestSummary } from "../../../src/pipeline/ingest.js";
import type { presentHit, presentSource, presentSummary } from "../../../src/server/presenters.js";
import type {
  AssessmentEventRow,
  IncidentCounts,
  OutletGradeRow,
  ShareRow,
} from "../../../src/store/investigation.js";
import type { Stats } from "../../../src/store/store.js";

export type { AuditReport, Incident, IncidentStatusId, IncidentView, Role };

export interface User {
  id: string;
  username: string;
  role: Role;
  partnerId: string | null;
}

/** GET /api/auth/me, POST /api/auth/login and /api/auth/setup. */
export interface SessionInfo {
  user: User;
  csrfToken: string | null;
  expiresAt?: string | null;
}

export interface Page<T> {
  total: number;
  items: T[];
}

export interface Items<T> {
  items: T[];
}

/** Partners get only how many incidents are shared with them. */
export type Dashboard =
  | { sources: Stats; incidents: IncidentCounts }
  | { sources: null; incidents: { shared: number } };

export type SourceSummary = ReturnType<typeof presentSummary>;
export type SourceDetail = ReturnType<typeof presentSource>;
export type SearchHit = ReturnType<typeof presentHit>;

export interface SearchResponse {
  query: string;
  total: number;
  hits: SearchHit[];
}

export interface Transition {
  to: IncidentStatusId;
  meaning: string;
}

export type AssessmentItem = Assessment & { rendered: string };

export interface AssessmentDetail {
  assessment: AssessmentItem;
  events: AssessmentEventRow[];
}

/** Audit entries as listed: the row digests are left out of the payload. */
export interface AuditPage {
  entries: (Omit<AuditEntry, "payload"> & { payload: Record<string, unknown> })[];
  head: { seq: number; hash: string } | null;
}

export interface IngestResponse {
  summary: IngestSummary;
  events: IngestEvent[];
}

export type { AccountView, IncidentCounts, IngestEvent, OutletGradeRow, ShareRow, Stats };
