import assert from "node:assert/strict";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import { buildIngestRecord } from "../../testing/builders.js";
import { describeStoreContract } from "../contract.js";
import { MIGRATIONS } from "./migrations.js";
import { SqliteStore } from "./sqlite-store.js";

async function tempPath() {
  return join(await mkdtemp(join(tmpdir(), "dossier-sqlite-")), "dossier.db");
}

describeStoreContract("sqlite", async () => new SqliteStore({ path: await tempPath() }));

describe("SqliteStore", () => {
  it("opens in WAL mode with foreign keys and the latest schema", async () => {
    const store = new SqliteStore({ path: await tempPath() });
    assert.equal(store.database.pragma("journal_mode", { simple: true }), "wal");
    assert.equal(store.database.pragma("foreign_keys", { simple: true }), 1);
    assert.equal(store.database.pragma("user_version", { simple: true }), MIGRATIONS.length);
    await store.close();
  });

  it("refuses a database from a newer Dossier", async () => {
    const path = await tempPath();
    const db = new Database(path);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    assert.throws(() => new SqliteStore({ path }), /newer than this Dossier/);
  });

  it("leaves nothing half-written when an ingest fails inside its transaction", async () => {
    const store = new SqliteStore({ path: await tempPath() });
    // Sabotage the last write of the transaction (the audit entry) to fail.
    store.database.exec(
      "CREATE TRIGGER no_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    const record = buildIngestRecord({ title: "Doomed" });
    await assert.rejects(store.ingest(record, "ana"), /disk full/);
    const count = (table: string) =>
      (store.database.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    assert.equal(count("captures"), 0);
    assert.equal(count("sources"), 0);
    assert.equal(count("sources_fts"), 0);
    await store.close();
  });

  it("persists across reopening the file", async () => {
    const path = await tempPath();
    const first = new SqliteStore({ path });
    const { sourceId } = await first.ingest(buildIngestRecord({ title: "Persisted" }), "ana");
    await first.close();
    const second = new SqliteStore({ path });
    assert.equal((await second.getSource(sourceId))?.title, "Persisted");
    await second.close();
  });
});
