import type Database from "better-sqlite3";
import { jsonDigest } from "../digest.js";
import type { RowDigest } from "../store.js";

/**
 * Every table whose rows the audit log vouches for, with the expression that names a row.
 * The full-text index is derived from `sources` and the audit log is its own chain, so
 * neither is listed; nor are sessions, API tokens' use times, setup tokens and login
 * failures, which are operational state that changes on every request, not evidence.
 */
export const TRACKED_TABLES: Readonly<Record<string, string>> = {
  captures: "sha256",
  sources: "id",
  sightings: "id",
  source_signatures: "source_id",
  incidents: "id",
  incident_summaries: "incident_id",
  incident_mentions: "id",
  incident_sources: "incident_id || '|' || source_id",
  merge_constraints: "id",
  incident_history: "id",
  outlet_reliability: "key",
  claim_credibility: "incident_id || '|' || claim",
  assessments: "id",
  assessment_incidents: "assessment_id || '|' || incident_id",
  assessment_events: "id",
  settings: "key",
  users: "id",
  incident_shares: "incident_id || '|' || partner_id",
};

/** The digest of a row as SQLite returns it: canonical JSON of every column. */
export function rowDigest(row: Record<string, unknown>): string {
  return jsonDigest(row);
}

/**
 * Collects the rows a transaction touches; at its end, `digests()` reads each back so that
 * the audit entry records exactly what was stored, whatever the statement that wrote it.
 */
export class RowTracker {
  private readonly touched = new Map<string, Set<string>>();

  constructor(private readonly db: Database.Database) {}

  touch(table: string, key: string | number | bigint): void {
    if (!(table in TRACKED_TABLES)) throw new Error(`${table} is not an audited table`);
    let keys = this.touched.get(table);
    if (keys === undefined) {
      keys = new Set();
      this.touched.set(table, keys);
    }
    keys.add(String(key));
  }

  digests(): RowDigest[] {
    const out: RowDigest[] = [];
    for (const [table, keys] of this.touched) {
      // A bare column keeps its affinity, so "5" finds the INTEGER key 5 and the index is used.
      const expr = TRACKED_TABLES[table] as string;
      const where = /^\w+$/.test(expr) ? expr : `(${expr})`;
      const stmt = this.db.prepare(`SELECT * FROM ${table} WHERE ${where} = ?`);
      for (const key of keys) {
        const row = stmt.get(key) as Record<string, unknown> | undefined;
        out.push({ t: table, k: key, d: row === undefined ? null : rowDigest(row) });
      }
    }
    return out;
  }
}

/** Every audited row as stored now, table by table. */
export function* scanRowDigests(db: Database.Database): Generator<RowDigest> {
  for (const [table, expr] of Object.entries(TRACKED_TABLES)) {
    const rows = db.prepare(`SELECT (${expr}) AS __audit_key, * FROM ${table}`).iterate() as Iterable<
      Record<string, unknown>
    >;
    for (const row of rows) {
      const { __audit_key: key, ...columns } = row;
      yield { t: table, k: String(key), d: rowDigest(columns) };
    }
  }
}
