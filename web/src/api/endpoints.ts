import type { IncidentOverrides } from "../../../src/domain/incident.js";
import type { Confidence, Likelihood } from "../../../src/investigate/assessments/estimative.js";
import { api, type UploadProgress, upload } from "./client.js";
import type {
  AccountView,
  AssessmentDetail,
  AssessmentItem,
  AuditReport,
  Incident,
  IncidentStatusId,
  IngestResponse,
  Items,
  OutletGradeRow,
  Role,
  SessionInfo,
  ShareRow,
} from "./types.js";

// Every call that changes something. Reads go through SWR with the path as the key (see
// use-api.ts), so they are cached and shared between views.

const enc = encodeURIComponent;

export const auth = {
  login: (username: string, password: string) =>
    api<SessionInfo>("/api/auth/login", { body: { username, password } }),
  logout: () => api<null>("/api/auth/logout", { method: "POST" }),
  setup: (token: string, username: string, password: string) =>
    api<SessionInfo>("/api/auth/setup", { body: { token, username, password } }),
};

const incidentPath = (id: string, action = "") => `/api/incidents/${enc(id)}${action}`;

export const incidents = {
  review: (id: string, body: { to: IncidentStatusId; note: string; assignee?: string | null }) =>
    api<Incident>(incidentPath(id, "/review"), { body }),
  assign: (id: string, body: { assignee: string | null; note?: string }) =>
    api<Incident>(incidentPath(id, "/assign"), { body }),
  flags: (id: string, body: { add?: string[]; remove?: string[]; note?: string }) =>
    api<Incident>(incidentPath(id, "/flags"), { body }),
  merge: (id: string, body: { others: string[]; note: string }) =>
    api<Incident>(incidentPath(id, "/merge"), { body }),
  split: (id: string, body: { mentionIds: string[]; note: string }) =>
    api<{ from: Incident; created: Incident }>(incidentPath(id, "/split"), { body }),
  detach: (id: string, body: { mentionId: string; note: string }) =>
    api<Incident>(incidentPath(id, "/detach"), { body }),
  attachSource: (id: string, body: { sourceId: string; note: string }) =>
    api<Incident>(incidentPath(id, "/sources"), { body }),
  edit: (id: string, body: { title?: string | null; overrides?: IncidentOverrides; note: string }) =>
    api<Incident>(incidentPath(id), { method: "PATCH", body }),
  create: (body: { title: string; overrides: IncidentOverrides; sourceIds: string[]; note: string }) =>
    api<Incident>("/api/incidents", { body }),
  grade: (id: string, body: { claim: string; grade: number; note: string }) =>
    api<null>(incidentPath(id, "/grades"), { body }),
};

export const ingest = {
  files: (files: readonly File[], onProgress: (p: UploadProgress) => void, signal?: AbortSignal) => {
    const form = new FormData();
    for (const file of files) form.append("files", file, file.name);
    return upload<IngestResponse>("/api/ingest", form, onProgress, signal);
  },
  urls: (urls: string[]) => api<IngestResponse>("/api/ingest/urls", { body: { urls } }),
};

export interface NewAssessment {
  statement: string;
  incidentIds: string[];
  likelihood: Likelihood | null;
  confidence: Confidence | null;
  asOf: string;
}

export type AssessmentStep = "submit" | "return" | "sign-off" | "withdraw";

export const assessments = {
  create: (body: NewAssessment) => api<AssessmentItem>("/api/assessments", { body }),
  step: (id: string, step: AssessmentStep, note: string) =>
    api<AssessmentItem>(`/api/assessments/${enc(id)}/${step}`, { body: { note } }),
  thirdParty: (body: { sourceId: string; index: number; incidentIds?: string[] }) =>
    api<AssessmentItem>("/api/assessments/third-party", { body }),
  get: (id: string) => api<AssessmentDetail>(`/api/assessments/${enc(id)}`),
};

export const outlets = {
  grade: (body: { outlet: string; grade: string; note: string }) =>
    api<OutletGradeRow>("/api/outlets", { method: "PUT", body }),
};

export const shares = {
  create: (body: { partner: string; incidentIds: string[]; includeSensitive: boolean; note: string }) =>
    api<Items<ShareRow>>("/api/shares", { body }),
  remove: (partner: string, incident: string, note: string) =>
    api<null>(`/api/shares/${enc(partner)}/${enc(incident)}`, { method: "DELETE", body: { note } }),
};

export const audit = {
  verify: (head?: string) => api<AuditReport>("/api/audit/verify", { query: { head } }),
};

export const users = {
  create: (body: { username: string; password: string; role: Role; partnerId?: string }) =>
    api<AccountView>("/api/users", { body }),
};
