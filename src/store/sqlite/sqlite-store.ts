import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { type AuditEntry, type AuditEvent, nextEntry } from "../../audit/chain.js";
import type { Analysis } from "../../domain/analysis.js";
import type { Origin } from "../../domain/capture.js";
import { sourceIdFor } from "../../domain/source.js";
import { documentDigest, jsonDigest } from "../digest.js";
import type {
  IngestOutcome,
  IngestRecord,
  ListSourcesQuery,
  SearchResult,
  SourceSummary,
  Stats,
  Store,
  StoredSource,
} from "../store.js";
import { StoreError } from "../store.js";
import { toFtsQuery } from "./fts-query.js";
import { MIGRATIONS } from "./migrations.js";
import {
  type AuditRow,
  type CaptureRow,
  HIT_END,
  HIT_START,
  type SourceRow,
  type SummaryRow,
  toAuditEntry,
  toCapture,
  toSnippet,
  toStoredSource,
  toSummary,
} from "./rows.js";

export interface SqliteStoreOptions {
  /** Database file, or ":memory:". */
  path: string;
  now?: () => Date;
}

const SUMMARY_COLUMNS =
  "s.id, s.sha256, s.title, s.outlet, s.published_at, s.lang, s.url, s.ingested_at, s.words, c.origin";

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

  constructor(options: SqliteStoreOptions) {
    if (options.path !== ":memory:") mkdirSync(dirname(options.path), { recursive: true });
    this.db = new Database(options.path);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("foreign_keys = ON");
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma("busy_timeout = 5000");
    migrate(this.db);
    this.now = options.now ?? (() => new Date());
  }

  /** For tests and tools that need to reach behind the contract (e.g. tamper tests). */
  get database(): Database.Database {
    return this.db;
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
    const { capture, document, analysis } = record;
    const run = this.db.transaction((): IngestOutcome => {
      const existing = this.db.prepare("SELECT id FROM sources WHERE sha256 = ?").get(capture.sha256) as
        | { id: string }
        | undefined;
      if (existing) return { status: "duplicate", sourceId: existing.id };
      const id = sourceIdFor(capture.sha256);
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
      const ingestedAt = this.now().toISOString();
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
          ingestedAt,
          analysis === null ? null : JSON.stringify(analysis),
          analysis?.version ?? null,
        );
      const entry = this.appendAuditSync({
        actor,
        action: "source.ingest",
        payload: {
          sourceId: id,
          sha256: capture.sha256,
          origin: capture.origin,
          document: documentDigest(document),
          analysis: analysis === null ? null : jsonDigest(analysis),
        },
      });
      return { status: "ingested", sourceId: id, auditSeq: entry.seq };
    });
    return run.immediate();
  }

  async sourceIdForCapture(sha256: string): Promise<string | null> {
    const row = this.db.prepare("SELECT id FROM sources WHERE sha256 = ?").get(sha256) as
      | { id: string }
      | undefined;
    return row?.id ?? null;
  }

  async recordSighting(sha256: string, origin: Origin, actor: string): Promise<void> {
    const seenAt = this.now().toISOString();
    this.db
      .transaction(() => {
        this.db
          .prepare("INSERT INTO sightings (sha256, origin, seen_at, seen_by) VALUES (?, ?, ?, ?)")
          .run(sha256, JSON.stringify(origin), seenAt, actor);
        this.appendAuditSync({ actor, action: "capture.sighting", payload: { sha256, origin } });
      })
      .immediate();
  }

  private resolveId(idOrPrefix: string): string | null {
    const needle = idOrPrefix.trim().toLowerCase();
    if (!/^[0-9a-f]{4,64}$/.test(needle)) {
      throw new StoreError("bad-query", `"${idOrPrefix}" is not a source id (4 or more hex characters)`);
    }
    const rows = this.db
      .prepare("SELECT id FROM sources WHERE id = ? OR (id >= ? AND id < ?) LIMIT 2")
      .all(needle.slice(0, 12), needle, `${needle}g`) as { id: string }[];
    const exact = rows.find((r) => r.id === needle);
    if (exact) return exact.id;
    if (rows.length > 1) {
      throw new StoreError("ambiguous-id", `"${idOrPrefix}" matches several sources; give more characters`);
    }
    return rows[0]?.id ?? null;
  }

  async getSource(idOrPrefix: string): Promise<StoredSource | null> {
    const id = this.resolveId(idOrPrefix);
    if (id === null) return null;
    const row = this.db.prepare("SELECT * FROM sources WHERE id = ?").get(id) as SourceRow;
    const capture = this.db.prepare("SELECT * FROM captures WHERE sha256 = ?").get(row.sha256) as CaptureRow;
    const sightings = (
      this.db
        .prepare("SELECT origin, seen_at, seen_by FROM sightings WHERE sha256 = ? ORDER BY id")
        .all(row.sha256) as { origin: string; seen_at: string; seen_by: string }[]
    ).map((s) => ({ origin: JSON.parse(s.origin) as Origin, seenAt: s.seen_at, seenBy: s.seen_by }));
    return toStoredSource(row, toCapture(capture), sightings);
  }

  async listSources(query: ListSourcesQuery): Promise<{ total: number; items: SourceSummary[] }> {
    const where: string[] = [];
    const params: Record<string, string | number> = { limit: query.limit, offset: query.offset };
    if (query.outlet) {
      where.push("s.outlet = @outlet");
      params.outlet = query.outlet;
    }
    if (query.lang) {
      where.push("s.lang = @lang");
      params.lang = query.lang;
    }
    if (query.from) {
      where.push("s.published_at >= @from");
      params.from = query.from;
    }
    if (query.to) {
      // A bare date includes that whole day.
      where.push("substr(s.published_at, 1, length(@to)) <= @to");
      params.to = query.to;
    }
    const clause = where.length ? `WHERE ${where.join(" AND ")}` : "";
    const from = "FROM sources s JOIN captures c ON c.sha256 = s.sha256";
    const total = (this.db.prepare(`SELECT count(*) AS n ${from} ${clause}`).get(params) as { n: number }).n;
    const rows = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS} ${from} ${clause}
         ORDER BY coalesce(s.published_at, s.ingested_at) DESC, s.id LIMIT @limit OFFSET @offset`,
      )
      .all(params) as SummaryRow[];
    return { total, items: rows.map(toSummary) };
  }

  async search(query: string, page: { limit: number; offset: number }): Promise<SearchResult> {
    const fts = toFtsQuery(query);
    if (fts === null) throw new StoreError("bad-query", "the search has no words to look for");
    const total = (
      this.db.prepare("SELECT count(*) AS n FROM sources_fts WHERE sources_fts MATCH ?").get(fts) as {
        n: number;
      }
    ).n;
    const rows = this.db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS}, bm25(sources_fts, 4.0, 1.0) AS score,
           snippet(sources_fts, 1, '${HIT_START}', '${HIT_END}', '…', 24) AS marked
         FROM sources_fts
         JOIN sources s ON s.rowid = sources_fts.rowid
         JOIN captures c ON c.sha256 = s.sha256
         WHERE sources_fts MATCH ?
         ORDER BY score, s.id LIMIT ? OFFSET ?`,
      )
      .all(fts, page.limit, page.offset) as (SummaryRow & { score: number; marked: string })[];
    return {
      total,
      hits: rows.map((r) => ({ source: toSummary(r), score: r.score, snippet: toSnippet(r.marked) })),
    };
  }

  async stats(): Promise<Stats> {
    const one = <T>(sql: string) => this.db.prepare(sql).get() as T;
    const totals = one<{
      sources: number;
      words: number;
      analyzed: number;
      first: string | null;
      last: string | null;
    }>(
      `SELECT count(*) AS sources, coalesce(sum(words), 0) AS words, count(analysis) AS analyzed,
         min(published_at) AS first, max(published_at) AS last FROM sources`,
    );
    const captures = one<{ n: number; bytes: number }>(
      "SELECT count(*) AS n, coalesce(sum(size), 0) AS bytes FROM captures",
    );
    return {
      sources: totals.sources,
      captures: captures.n,
      bytes: captures.bytes,
      words: totals.words,
      sightings: one<{ n: number }>("SELECT count(*) AS n FROM sightings").n,
      auditEntries: one<{ n: number }>("SELECT count(*) AS n FROM audit_log").n,
      byOutlet: this.db
        .prepare(
          `SELECT coalesce(outlet, '(unknown)') AS outlet, count(*) AS sources FROM sources
           GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20`,
        )
        .all() as Stats["byOutlet"],
      byLang: this.db
        .prepare(
          "SELECT coalesce(lang, '(unknown)') AS lang, count(*) AS sources FROM sources GROUP BY 1 ORDER BY 2 DESC, 1",
        )
        .all() as Stats["byLang"],
      published: { first: totals.first, last: totals.last },
      analyzed: totals.analyzed,
    };
  }

  async saveAnalysis(sourceId: string, analysis: Analysis, actor: string): Promise<void> {
    this.db
      .transaction(() => {
        const changed = this.db
          .prepare("UPDATE sources SET analysis = ?, analyzer_version = ? WHERE id = ?")
          .run(JSON.stringify(analysis), analysis.version, sourceId).changes;
        if (changed === 0) throw new StoreError("not-found", `no source ${sourceId}`);
        this.appendAuditSync({
          actor,
          action: "source.analyze",
          payload: { sourceId, version: analysis.version, analysis: jsonDigest(analysis) },
        });
      })
      .immediate();
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

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
