import type Database from "better-sqlite3";
import type { Origin } from "../../domain/capture.js";
import type { ListSourcesQuery, SearchResult, SourceSummary, Stats, StoredSource } from "../store.js";
import { StoreError } from "../store.js";
import { toFtsQuery } from "./fts-query.js";
import {
  type CaptureRow,
  HIT_END,
  HIT_START,
  type SourceRow,
  type SummaryRow,
  toCapture,
  toSnippet,
  toStoredSource,
  toSummary,
} from "./rows.js";

const SUMMARY_COLUMNS =
  "s.id, s.sha256, s.title, s.outlet, s.published_at, s.lang, s.url, s.ingested_at, s.words, c.origin";

function resolveId(db: Database.Database, idOrPrefix: string): string | null {
  const needle = idOrPrefix.trim().toLowerCase();
  if (!/^[0-9a-f]{4,64}$/.test(needle)) {
    throw new StoreError("bad-query", `"${idOrPrefix}" is not a source id (4 or more hex characters)`);
  }
  const rows = db
    .prepare("SELECT id FROM sources WHERE id = ? OR (id >= ? AND id < ?) LIMIT 2")
    .all(needle.slice(0, 12), needle, `${needle}g`) as { id: string }[];
  const exact = rows.find((r) => r.id === needle);
  if (exact) return exact.id;
  if (rows.length > 1) {
    throw new StoreError("ambiguous-id", `"${idOrPrefix}" matches several sources; give more characters`);
  }
  return rows[0]?.id ?? null;
}

export function getSource(db: Database.Database, idOrPrefix: string): StoredSource | null {
  const id = resolveId(db, idOrPrefix);
  if (id === null) return null;
  const row = db.prepare("SELECT * FROM sources WHERE id = ?").get(id) as SourceRow;
  const capture = db.prepare("SELECT * FROM captures WHERE sha256 = ?").get(row.sha256) as CaptureRow;
  const sightings = (
    db
      .prepare("SELECT origin, seen_at, seen_by FROM sightings WHERE sha256 = ? ORDER BY id")
      .all(row.sha256) as { origin: string; seen_at: string; seen_by: string }[]
  ).map((s) => ({ origin: JSON.parse(s.origin) as Origin, seenAt: s.seen_at, seenBy: s.seen_by }));
  return toStoredSource(row, toCapture(capture), sightings);
}

export function listSources(
  db: Database.Database,
  query: ListSourcesQuery,
): { total: number; items: SourceSummary[] } {
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
  if (query.restrictTo) {
    where.push("s.id IN (SELECT value FROM json_each(@restrictTo))");
    params.restrictTo = JSON.stringify(query.restrictTo);
  }
  if (query.to) {
    // A bare date includes that whole day.
    where.push("substr(s.published_at, 1, length(@to)) <= @to");
    params.to = query.to;
  }
  const clause = where.length ? `WHERE ${where.join(" AND ")}` : "";
  const from = "FROM sources s JOIN captures c ON c.sha256 = s.sha256";
  const total = (db.prepare(`SELECT count(*) AS n ${from} ${clause}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} ${from} ${clause}
       ORDER BY coalesce(s.published_at, s.ingested_at) DESC, s.id LIMIT @limit OFFSET @offset`,
    )
    .all(params) as SummaryRow[];
  return { total, items: rows.map(toSummary) };
}

export function search(
  db: Database.Database,
  query: string,
  page: { limit: number; offset: number; restrictTo?: string[] | undefined },
): SearchResult {
  const fts = toFtsQuery(query);
  if (fts === null) throw new StoreError("bad-query", "the search has no words to look for");
  const restrict = page.restrictTo ? "AND s.id IN (SELECT value FROM json_each(@restrictTo))" : "";
  const params = {
    fts,
    limit: page.limit,
    offset: page.offset,
    restrictTo: JSON.stringify(page.restrictTo ?? []),
  };
  const from = `FROM sources_fts JOIN sources s ON s.rowid = sources_fts.rowid JOIN captures c ON c.sha256 = s.sha256
       WHERE sources_fts MATCH @fts ${restrict}`;
  // Without a restriction the index alone can count; the joins are only needed to filter.
  const countSql = restrict
    ? `SELECT count(*) AS n ${from}`
    : "SELECT count(*) AS n FROM sources_fts WHERE sources_fts MATCH @fts";
  const total = (db.prepare(countSql).get(params) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, bm25(sources_fts, 4.0, 1.0) AS score,
         snippet(sources_fts, 1, '${HIT_START}', '${HIT_END}', '…', 24) AS marked
       ${from} ORDER BY score, s.id LIMIT @limit OFFSET @offset`,
    )
    .all(params) as (SummaryRow & { score: number; marked: string })[];
  return {
    total,
    hits: rows.map((r) => ({ source: toSummary(r), score: r.score, snippet: toSnippet(r.marked) })),
  };
}

export function stats(db: Database.Database): Stats {
  const one = <T>(sql: string) => db.prepare(sql).get() as T;
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
    byOutlet: db
      .prepare(
        `SELECT coalesce(outlet, '(unknown)') AS outlet, count(*) AS sources FROM sources
         GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20`,
      )
      .all() as Stats["byOutlet"],
    byLang: db
      .prepare(
        "SELECT coalesce(lang, '(unknown)') AS lang, count(*) AS sources FROM sources GROUP BY 1 ORDER BY 2 DESC, 1",
      )
      .all() as Stats["byLang"],
    published: { first: totals.first, last: totals.last },
    analyzed: totals.analyzed,
  };
}
