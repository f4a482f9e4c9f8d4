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

  it("never answers a cached count that another process's write made stale", async () => {
    const path = await tempPath();
    const reader = new SqliteStore({ path });
    const writer = new SqliteStore({ path });
    const incident = (id: string, seq: number) => ({
      id,
      seq,
      status: "new" as const,
      assignee: null,
      title: null,
      overrides: {},
      flags: [],
      mergedInto: null,
      summary: null,
      eventType: "Attack" as const,
      placeName: null,
      lat: null,
      lon: null,
      dateFrom: "2024-01-01",
      dateTo: "2024-01-01",
      dateBasis: "reported" as const,
      categories: [],
      sources: 1,
      independentSources: 1,
      killed: null,
      injured: null,
      createdAt: "2024-01-01T00:00:00Z",
      createdBy: "t",
      updatedAt: "2024-01-01T00:00:00Z",
    });
    const event = { actor: "t", action: "test", payload: {} };
    await reader.applyChanges({ incidents: [incident("INC-00001", 1)] }, event);
    assert.equal((await reader.listIncidents({ limit: 10, offset: 0 })).total, 1);
    await writer.applyChanges({ incidents: [incident("INC-00002", 2)] }, event);
    assert.equal((await reader.listIncidents({ limit: 10, offset: 0 })).total, 2);
    await reader.close();
    await writer.close();
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
