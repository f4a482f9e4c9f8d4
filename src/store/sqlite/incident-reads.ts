import type Database from "better-sqlite3";
import type { Incident } from "../../domain/incident.js";
import type { Assessment } from "../../investigate/assessments/types.js";
import { haversineKm, type IncidentSummary } from "../../investigate/merge/index.js";
import type {
  AssessmentEventRow,
  ClaimGradeRow,
  ConstraintRow,
  IncidentCounts,
  IncidentDetail,
  IncidentQuery,
  ManualSource,
  MergeState,
  OutletGradeRow,
  ShareRow,
} from "../investigation.js";
import type { CountCache } from "./count-cache.js";
import {
  type AssessmentEventDb,
  type HistoryRowDb,
  type IncidentRow,
  type MembershipRow,
  toAssessment,
  toAssessmentEvent,
  toHistory,
  toIncident,
  toMembership,
} from "./incident-rows.js";

const KM_PER_DEG = 111.32;

export function loadMergeState(db: Database.Database): MergeState {
  const signatures = (
    db.prepare("SELECT source_id, signature, group_id FROM source_signatures ORDER BY seq").all() as {
      source_id: string;
      signature: string;
      group_id: string;
    }[]
  ).map((r) => ({ sourceId: r.source_id, signature: r.signature, groupId: r.group_id }));
  const byIncident = new Map<string, MembershipRow[]>();
  const rows = db
    .prepare(
      `SELECT m.* FROM incident_mentions m JOIN incidents i ON i.id = m.incident_id
       WHERE i.merged_into IS NULL ORDER BY i.seq, m.rowid`,
    )
    .iterate() as Iterable<MembershipRow>;
  for (const r of rows) {
    const id = r.incident_id as string;
    const list = byIncident.get(id);
    if (list) list.push(r);
    else byIncident.set(id, [r]);
  }
  const constraints = (
    db.prepare("SELECT kind, mention_id, other, set_by, set_at FROM merge_constraints ORDER BY id").all() as {
      kind: ConstraintRow["kind"];
      mention_id: string;
      other: string;
      set_by: string;
      set_at: string;
    }[]
  ).map((c) => ({ kind: c.kind, mentionId: c.mention_id, other: c.other, setBy: c.set_by, setAt: c.set_at }));
  const max = (sql: string) => ((db.prepare(sql).get() as { n: number | null }).n ?? 0) + 1;
  return {
    signatures,
    incidents: [...byIncident].map(([id, members]) => ({
      id,
      records: members.map((m) => toMembership(m).record),
    })),
    constraints,
    nextIncidentSeq: max("SELECT max(seq) AS n FROM incidents"),
    nextSignatureSeq: max("SELECT max(seq) AS n FROM source_signatures"),
  };
}

export function getIncident(db: Database.Database, id: string): IncidentDetail | null {
  const row = db.prepare("SELECT * FROM incidents WHERE id = ?").get(id) as IncidentRow | undefined;
  if (row === undefined) return null;
  const members = (
    db
      .prepare("SELECT * FROM incident_mentions WHERE incident_id = ? ORDER BY rowid")
      .all(id) as MembershipRow[]
  ).map(toMembership);
  const manualSources = (
    db.prepare("SELECT * FROM incident_sources WHERE incident_id = ? ORDER BY added_at").all(id) as {
      incident_id: string;
      source_id: string;
      note: string;
      added_by: string;
      added_at: string;
    }[]
  ).map<ManualSource>((r) => ({
    incidentId: r.incident_id,
    sourceId: r.source_id,
    note: r.note,
    addedBy: r.added_by,
    addedAt: r.added_at,
  }));
  const history = (
    db.prepare("SELECT * FROM incident_history WHERE incident_id = ? ORDER BY id").all(id) as HistoryRowDb[]
  ).map(toHistory);
  const claimGrades = (
    db.prepare("SELECT * FROM claim_credibility WHERE incident_id = ? ORDER BY claim").all(id) as {
      incident_id: string;
      claim: string;
      grade: number;
      note: string;
      set_by: string;
      set_at: string;
    }[]
  ).map<ClaimGradeRow>((r) => ({
    incidentId: r.incident_id,
    claim: r.claim,
    grade: r.grade,
    note: r.note,
    setBy: r.set_by,
    setAt: r.set_at,
  }));
  return {
    incident: toIncident(row),
    summary: JSON.parse(
      (
        db.prepare("SELECT summary FROM incident_summaries WHERE incident_id = ?").get(id) as
          | { summary: string }
          | undefined
      )?.summary ?? "null",
    ) as IncidentSummary | null,
    members,
    manualSources,
    history,
    claimGrades,
  };
}

function incidentFilter(query: IncidentQuery): { where: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (!query.includeInactive) where.push("merged_into IS NULL AND (sources > 0 OR status <> 'new')");
  const simple: [keyof IncidentQuery, string][] = [
    ["status", "status = @status"],
    ["eventType", "event_type = @eventType"],
    ["assignee", "assignee = @assignee"],
    ["from", "coalesce(date_to, date_from) >= @from"],
    ["to", "date_from <= @to"],
  ];
  for (const [key, clause] of simple) {
    if (query[key] !== undefined) {
      where.push(clause);
      params[key] = query[key];
    }
  }
  if (query.ids !== undefined) {
    where.push("id IN (SELECT value FROM json_each(@ids))");
    params.ids = JSON.stringify(query.ids);
  }
  if (query.hideFlags !== undefined && query.hideFlags.length > 0) {
    where.push(
      "NOT EXISTS (SELECT 1 FROM json_each(flags) f WHERE f.value IN (SELECT value FROM json_each(@hideFlags)))",
    );
    params.hideFlags = JSON.stringify(query.hideFlags);
  }
  if (query.category !== undefined) {
    where.push("categories LIKE @category");
    params.category = `%|${query.category}|%`;
  }
  if (query.sourceId !== undefined) {
    where.push(
      `id IN (SELECT incident_id FROM incident_mentions WHERE source_id = @sourceId
              UNION SELECT incident_id FROM incident_sources WHERE source_id = @sourceId)`,
    );
    params.sourceId = query.sourceId;
  }
  if (query.near !== undefined) {
    const { lat, lon, km } = query.near;
    const dLat = km / KM_PER_DEG;
    const dLon = km / (KM_PER_DEG * Math.max(0.05, Math.cos((lat * Math.PI) / 180)));
    // The box narrows through the (lat, lon) index; the exact distance decides.
    where.push("lat BETWEEN @latMin AND @latMax AND lon BETWEEN @lonMin AND @lonMax");
    where.push("haversine_km(lat, lon, @lat, @lon) <= @km");
    Object.assign(params, {
      lat,
      lon,
      km,
      latMin: lat - dLat,
      latMax: lat + dLat,
      lonMin: lon - dLon,
      lonMax: lon + dLon,
    });
  }
  return { where: where.length ? `WHERE ${where.join(" AND ")}` : "", params };
}

// SQLite sorts NULL lowest, so undated incidents come last here, and incidents_order serves it.
const ORDER = "ORDER BY date_from DESC, seq DESC";

export function listIncidents(
  db: Database.Database,
  query: IncidentQuery,
  counts: CountCache,
): { total: number; items: Incident[] } {
  const { where, params } = incidentFilter(query);
  const total = counts.count(`SELECT count(*) AS n FROM incidents ${where}`, params);
  // Without a selective filter, walking the date order and stopping at the page's end beats
  // any plan that sorts every incident; pinned so that missing statistics cannot choose badly.
  const selective = ["eventType", "category", "ids", "sourceId", "from", "to", "near"].some(
    (k) => query[k as keyof IncidentQuery] !== undefined,
  );
  const table = selective ? "incidents" : "incidents INDEXED BY incidents_order";
  const rows = db
    .prepare(`SELECT * FROM ${table} ${where} ${ORDER} LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: query.limit, offset: query.offset }) as IncidentRow[];
  return { total, items: rows.map(toIncident) };
}

/** Registers the SQL functions the queries above use, on a new connection. */
export function registerFunctions(db: Database.Database): void {
  db.function("haversine_km", { deterministic: true }, (lat, lon, lat2, lon2) =>
    lat === null || lon === null
      ? null
      : haversineKm({ lat: Number(lat), lon: Number(lon) }, { lat: Number(lat2), lon: Number(lon2) }),
  );
}

export function countIncidents(db: Database.Database): IncidentCounts {
  const active = "merged_into IS NULL AND (sources > 0 OR status <> 'new')";
  const pairs = (sql: string) =>
    Object.fromEntries((db.prepare(sql).all() as { k: string; n: number }[]).map((r) => [r.k, r.n]));
  return {
    byStatus: pairs(`SELECT status AS k, count(*) AS n FROM incidents WHERE ${active} GROUP BY 1`),
    byEventType: pairs(
      `SELECT coalesce(event_type, 'unknown') AS k, count(*) AS n FROM incidents WHERE ${active} GROUP BY 1`,
    ),
    byMonth: db
      .prepare(
        `SELECT substr(date_from, 1, 7) AS month, count(*) AS incidents,
           coalesce(sum(killed_low), 0) AS killed, coalesce(sum(injured_low), 0) AS injured
         FROM incidents WHERE ${active} AND date_from IS NOT NULL GROUP BY 1 ORDER BY 1`,
      )
      .all() as IncidentCounts["byMonth"],
  };
}

export function incidentsOfSources(db: Database.Database, sourceIds: string[]): string[] {
  const stmt = db.prepare(
    `SELECT incident_id FROM incident_mentions WHERE source_id = ? AND incident_id IS NOT NULL
     UNION SELECT incident_id FROM incident_sources WHERE source_id = ?`,
  );
  const out = new Set<string>();
  for (const id of sourceIds)
    for (const r of stmt.all(id, id) as { incident_id: string }[]) out.add(r.incident_id);
  return [...out];
}

export function membershipsOfSource(db: Database.Database, sourceId: string) {
  return (
    db
      .prepare("SELECT * FROM incident_mentions WHERE source_id = ? ORDER BY rowid")
      .all(sourceId) as MembershipRow[]
  ).map(toMembership);
}

export function groupsOfSources(db: Database.Database, sourceIds: string[]): Map<string, string> {
  const stmt = db.prepare("SELECT group_id FROM source_signatures WHERE source_id = ?");
  const out = new Map<string, string>();
  for (const id of sourceIds) {
    const r = stmt.get(id) as { group_id: string } | undefined;
    out.set(id, r?.group_id ?? id);
  }
  return out;
}

export function syndicationGroupOf(db: Database.Database, sourceId: string) {
  const r = db.prepare("SELECT group_id FROM source_signatures WHERE source_id = ?").get(sourceId) as
    | { group_id: string }
    | undefined;
  if (r === undefined) return null;
  const members = (
    db.prepare("SELECT source_id FROM source_signatures WHERE group_id = ? ORDER BY seq").all(r.group_id) as {
      source_id: string;
    }[]
  ).map((m) => m.source_id);
  return { groupId: r.group_id, members };
}

export function outletGrades(db: Database.Database): OutletGradeRow[] {
  return (
    db.prepare("SELECT * FROM outlet_reliability ORDER BY key").all() as {
      key: string;
      grade: string;
      note: string;
      set_by: string;
      set_at: string;
    }[]
  ).map((r) => ({ key: r.key, grade: r.grade, note: r.note, setBy: r.set_by, setAt: r.set_at }));
}

export function getAssessment(
  db: Database.Database,
  id: string,
): { assessment: Assessment; events: AssessmentEventRow[] } | null {
  const row = db.prepare("SELECT data FROM assessments WHERE id = ?").get(id) as { data: string } | undefined;
  if (row === undefined) return null;
  const events = (
    db
      .prepare("SELECT * FROM assessment_events WHERE assessment_id = ? ORDER BY id")
      .all(id) as AssessmentEventDb[]
  ).map(toAssessmentEvent);
  return { assessment: toAssessment(row.data), events };
}

export function listAssessments(db: Database.Database): Assessment[] {
  return (db.prepare("SELECT data FROM assessments ORDER BY seq DESC").all() as { data: string }[]).map((r) =>
    toAssessment(r.data),
  );
}

export function listShares(db: Database.Database, partnerId?: string): ShareRow[] {
  const rows = (
    partnerId === undefined
      ? db.prepare("SELECT * FROM incident_shares ORDER BY shared_at").all()
      : db.prepare("SELECT * FROM incident_shares WHERE partner_id = ? ORDER BY shared_at").all(partnerId)
  ) as {
    incident_id: string;
    partner_id: string;
    include_sensitive: number;
    shared_by: string;
    shared_at: string;
  }[];
  return rows.map((r) => ({
    incidentId: r.incident_id,
    partnerId: r.partner_id,
    includeSensitive: r.include_sensitive === 1,
    sharedBy: r.shared_by,
    sharedAt: r.shared_at,
  }));
}

export function sourcesOfIncidents(db: Database.Database, incidentIds: string[]): string[] {
  const ids = JSON.stringify(incidentIds);
  return (
    db
      .prepare(
        `SELECT source_id FROM incident_mentions WHERE incident_id IN (SELECT value FROM json_each(?))
         UNION SELECT source_id FROM incident_sources WHERE incident_id IN (SELECT value FROM json_each(?))`,
      )
      .all(ids, ids) as { source_id: string }[]
  ).map((r) => r.source_id);
}
