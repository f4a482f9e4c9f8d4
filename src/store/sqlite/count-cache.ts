import type Database from "better-sqlite3";

/**
 * Remembers `SELECT count(*)` answers until the data changes: lists are read far more often
 * than the store is written, and an exact count over 100,000 incidents costs milliseconds
 * where the page itself costs a fraction of one. Changes made through this connection bump
 * `invalidate()`; changes committed by any other connection (another process on the same
 * file) change SQLite's `data_version`, so a cached count is never stale.
 */
export class CountCache {
  private readonly counts = new Map<string, number>();
  private ownWrites = 0;
  private seen = "";
  private readonly dataVersion: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.dataVersion = db.prepare("PRAGMA data_version");
  }

  invalidate(): void {
    this.ownWrites++;
  }

  count(sql: string, params: Record<string, unknown>): number {
    const version = `${this.ownWrites}:${(this.dataVersion.get() as { data_version: number }).data_version}`;
    if (version !== this.seen) {
      this.counts.clear();
      this.seen = version;
    }
    const key = `${sql}\u0000${JSON.stringify(params)}`;
    let n = this.counts.get(key);
    if (n === undefined) {
      n = (this.db.prepare(sql).get(params) as { n: number }).n;
      if (this.counts.size > 1000) this.counts.clear();
      this.counts.set(key, n);
    }
    return n;
  }
}
