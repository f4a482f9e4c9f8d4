import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { type AuditEntry, type AuditEvent, nextEntry } from "../../audit/chain.js";
import type { Analysis } from "../../domain/analysis.js";
import type { Origin } from "../../domain/capture.js";
import type { Incident } from "../../domain/incident.js";
import { sourceIdFor } from "../../domain/source.js";
import type { Assessment } from "../../investigate/assessments/types.js";
import type {
  AssessmentEventRow,
  ChangeSet,
  IncidentCounts,
  IncidentDetail,
  IncidentQuery,
  Membership,
  MergeState,
  OutletGradeRow,
  ShareRow,
} from "../investigation.js";
import type {
  IngestOutcome,
  IngestRecord,
  ListSourcesQuery,
  RowDigest,
  SearchResult,
  SourceSummary,
  Stats,
  Store,
  StoredSource,
} from "../store.js";
import { StoreError } from "../store.js";
import { writeChanges } from "./changes.js";
import { CountCache } from "./count-cache.js";
import {
  countIncidents,
  getAssessment,
  getIncident,
  groupsOfSources,
  incidentsOfSources,
  listAssessments,
  listIncidents,
  listShares,
  loadMergeState,
  membershipsOfSource,
  outletGrades,
  registerFunctions,
  sourcesOfIncidents,
  syndicationGroupOf,
} from "./incident-reads.js";
import { MIGRATIONS } from "./migrations.js";
import { type AuditRow, toAuditEntry } from "./rows.js";
import { getSource, listSources, search, stats } from "./source-reads.js";
import { RowTracker, scanRowDigests } from "./tracker.js";

export interface SqliteStoreOptions {
  /** Database file, or ":memory:". */
  path: string;
  now?: () => Date;
}

function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** Applies pending migrations; returns the schema version now in force. */
export function migrate(db: Database.Database): number {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(
      `the database is at schema version ${current}, newer than this Dossier (${MIGRATIONS.length}); upgrade Dossier`,
    );
  }
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v] as string);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return MIGRATIONS.length;
}

/** The embedded store: one SQLite file in WAL mode, FTS5 for search. */
export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly now: () => Date;
  private readonly counts: CountCache;

  constructor(options: SqliteStoreOptions) {
    if (options.path !== ":memory:") mkdirSync(dirname(options.path), { recursive: true });
    this.db = new Database(options.path);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("foreign_keys = ON");
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma("busy_timeout = 5000");
    registerFunctions(this.db);
    migrate(this.db);
    // Keeps the query planner's statistics current (SQLite's advice for long-lived
    // connections): without them it can pick an index that forces a sort of every incident.
    this.db.pragma("optimize = 0x10002");
    this.now = options.now ?? (() => new Date());
    this.counts = new CountCache(this.db);
  }

  /** For tests and tools that need to reach behind the contract (e.g. tamper tests). */
  get database(): Database.Database {
    return this.db;
  }

  /**
   * Runs `write` in one immediate transaction and appends its audit entry, which records the
   * digest of every row the write touched. Other SQLite-backed repositories (accounts) use it
   * for the rows the audit log must vouch for.
   */
  audited<T>(
    event: AuditEvent | ((result: T) => AuditEvent),
    write: (tracker: RowTracker) => T,
  ): { result: T; entry: AuditEntry } {
    return this.db
      .transaction(() => {
        this.counts.invalidate();
        const tracker = new RowTracker(this.db);
        const result = write(tracker);
        const base = typeof event === "function" ? event(result) : event;
        const payload = { ...(base.payload as Record<string, unknown>), rows: tracker.digests() };
        return { result, entry: this.appendAuditSync({ ...base, payload }) };
      })
      .immediate();
  }

  private appendAuditSync(event: AuditEvent): AuditEntry {
    const head = this.db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").get() as
      | { seq: number; hash: string }
      | undefined;
    const entry = nextEntry(head ?? null, event, this.now().toISOString());
    this.db
      .prepare(
        "INSERT INTO audit_log (seq, at, actor, action, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
      )
      .run(
        entry.seq,
        entry.at,
        entry.actor,
        entry.action,
        JSON.stringify(entry.payload),
        entry.prevHash,
        entry.hash,
      );
    return entry;
  }

  async ingest(record: IngestRecord, actor: string): Promise<IngestOutcome> {
    const { capture } = record;
    const existing = this.db.prepare("SELECT id FROM sources WHERE sha256 = ?").get(capture.sha256) as
      | { id: string }
      | undefined;
    if (existing) return { status: "duplicate", sourceId: existing.id };
    const id = sourceIdFor(capture.sha256);
    const { entry } = this.audited(
      {
        actor,
        action: "source.ingest",
        payload: { sourceId: id, sha256: capture.sha256, origin: capture.origin, ...record.auditDetail },
      },
      (tracker) => {
        this.insertSource(id, record);
        tracker.touch("captures", capture.sha256);
        tracker.touch("sources", id);
        if (record.changes) writeChanges(this.db, tracker, record.changes);
      },
    );
    return { status: "ingested", sourceId: id, auditSeq: entry.seq };
  }

  private insertSource(id: string, { capture, document, analysis }: IngestRecord): void {
    this.db
      .prepare(
        `INSERT INTO captures (sha256, size, media_type, encoding, origin, retrieved_at, http, captured_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        capture.sha256,
        capture.size,
        capture.mediaType,
        capture.encoding,
        JSON.stringify(capture.origin),
        capture.retrievedAt,
        capture.http === null ? null : JSON.stringify(capture.http),
        capture.capturedBy,
      );
    this.db
      .prepare(
        `INSERT INTO sources (id, sha256, title, byline, published_at, outlet, lang, url, text, paragraphs,
           words, extractor, ingested_at, analysis, analyzer_version)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        capture.sha256,
        document.title,
        document.byline,
        document.publishedAt,
        document.outlet,
        document.lang,
        document.url,
        document.text,
        JSON.stringify(document.paragraphs),
        countWords(document.text),
        document.extractor,
        this.now().toISOString(),
        analysis === null ? null : JSON.stringify(analysis),
        analysis?.version ?? null,
      );
  }

  async sourceIdForCapture(sha256: string): Promise<string | null> {
    const row = this.db.prepare("SELECT id FROM sources WHERE sha256 = ?").get(sha256) as
      | { id: string }
      | undefined;
    return row?.id ?? null;
  }

  async recordSighting(sha256: string, origin: Origin, actor: string): Promise<void> {
    const seenAt = this.now().toISOString();
    this.audited({ actor, action: "capture.sighting", payload: { sha256, origin } }, (tracker) => {
      const { lastInsertRowid } = this.db
        .prepare("INSERT INTO sightings (sha256, origin, seen_at, seen_by) VALUES (?, ?, ?, ?)")
        .run(sha256, JSON.stringify(origin), seenAt, actor);
      tracker.touch("sightings", lastInsertRowid);
    });
  }

  async getSource(idOrPrefix: string): Promise<StoredSource | null> {
    return getSource(this.db, idOrPrefix);
  }

  async listSources(query: ListSourcesQuery): Promise<{ total: number; items: SourceSummary[] }> {
    return listSources(this.db, query);
  }

  async search(
    query: string,
    page: { limit: number; offset: number; restrictTo?: string[] },
  ): Promise<SearchResult> {
    return search(this.db, query, page);
  }

  async stats(): Promise<Stats> {
    return stats(this.db);
  }

  async saveAnalysis(
    sourceId: string,
    analysis: Analysis,
    actor: string,
    changes?: ChangeSet,
  ): Promise<void> {
    this.audited(
      { actor, action: "source.analyze", payload: { sourceId, version: analysis.version } },
      (tracker) => {
        const changed = this.db
          .prepare("UPDATE sources SET analysis = ?, analyzer_version = ? WHERE id = ?")
          .run(JSON.stringify(analysis), analysis.version, sourceId).changes;
        if (changed === 0) throw new StoreError("not-found", `no source ${sourceId}`);
        tracker.touch("sources", sourceId);
        if (changes) writeChanges(this.db, tracker, changes);
      },
    );
  }

  async applyChanges(changes: ChangeSet, event: AuditEvent): Promise<AuditEntry> {
    return this.audited(event, (tracker) => writeChanges(this.db, tracker, changes)).entry;
  }

  async sourcesNeedingAnalysis(version: string): Promise<string[]> {
    const rows = this.db
      .prepare("SELECT id FROM sources WHERE analyzer_version IS NOT ? ORDER BY rowid")
      .all(version) as { id: string }[];
    return rows.map((r) => r.id);
  }

  async appendAudit(event: AuditEvent): Promise<AuditEntry> {
    return this.db.transaction(() => this.appendAuditSync(event)).immediate();
  }

  async *currentRowDigests(): AsyncIterable<RowDigest> {
    yield* scanRowDigests(this.db);
  }

  async loadMergeState(): Promise<MergeState> {
    return loadMergeState(this.db);
  }

  async getIncident(id: string): Promise<IncidentDetail | null> {
    return getIncident(this.db, id);
  }

  async listIncidents(query: IncidentQuery): Promise<{ total: number; items: Incident[] }> {
    return listIncidents(this.db, query, this.counts);
  }

  async countIncidents(): Promise<IncidentCounts> {
    return countIncidents(this.db);
  }

  async incidentsOfSources(sourceIds: string[]): Promise<string[]> {
    return incidentsOfSources(this.db, sourceIds);
  }

  async membershipsOfSource(sourceId: string): Promise<Membership[]> {
    return membershipsOfSource(this.db, sourceId);
  }

  async syndicationGroupOf(sourceId: string): Promise<{ groupId: string; members: string[] } | null> {
    return syndicationGroupOf(this.db, sourceId);
  }

  async groupsOfSources(sourceIds: string[]): Promise<Map<string, string>> {
    return groupsOfSources(this.db, sourceIds);
  }

  async outletGrades(): Promise<OutletGradeRow[]> {
    return outletGrades(this.db);
  }

  async getAssessment(id: string): Promise<{ assessment: Assessment; events: AssessmentEventRow[] } | null> {
    return getAssessment(this.db, id);
  }

  async listAssessments(): Promise<Assessment[]> {
    return listAssessments(this.db);
  }

  async nextAssessmentSeq(): Promise<number> {
    return (
      ((this.db.prepare("SELECT max(seq) AS n FROM assessments").get() as { n: number | null }).n ?? 0) + 1
    );
  }

  async listShares(partnerId?: string): Promise<ShareRow[]> {
    return listShares(this.db, partnerId);
  }

  async sourcesOfIncidents(incidentIds: string[]): Promise<string[]> {
    return sourcesOfIncidents(this.db, incidentIds);
  }

  async nextIncidentSeq(): Promise<number> {
    return (
      ((this.db.prepare("SELECT max(seq) AS n FROM incidents").get() as { n: number | null }).n ?? 0) + 1
    );
  }

  async getSetting(key: string): Promise<string | null> {
    const row = this.db.prepare("SELECT value FROM settings WHERE key = ?").get(key) as
      | { value: string }
      | undefined;
    return row?.value ?? null;
  }

  async *auditEntries(fromSeq = 1): AsyncIterable<AuditEntry> {
    const stmt = this.db.prepare("SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq");
    for (const row of stmt.iterate(fromSeq) as Iterable<AuditRow>) yield toAuditEntry(row);
  }

  async auditHead(): Promise<AuditEntry | null> {
    const row = this.db.prepare("SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1").get() as
      | AuditRow
      | undefined;
    return row === undefined ? null : toAuditEntry(row);
  }

  /** Refreshes planner statistics after bulk changes. */
  async optimize(): Promise<void> {
    this.db.pragma("optimize");
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    this.db.pragma("optimize");
    this.db.close();
  }
}
