import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { type AuditEntry, nextEntry } from "../src/audit/chain.js";
import { verifyAudit } from "../src/audit/verify.js";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";
import { isMain } from "./lib/main.js";
import { printTable, type TaskResult, writeResults } from "./lib/report.js";

// `dossier audit verify` over a log of a million entries: the time to recompute the chain
// (and check rows), beside reading the same entries without checking them.

const ENTRIES = Number(process.env.AUDIT_BENCH_ENTRIES ?? 1_000_000);

async function fill(store: SqliteStore): Promise<void> {
  const insert = store.database.prepare(
    "INSERT INTO audit_log (seq, at, actor, action, payload, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  let prev: AuditEntry | null = null;
  const batch = store.database.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const event = {
        actor: `analyst${i % 17}`,
        action: "incident.review",
        payload: { incidentId: `INC-${i}`, note: "checked" },
      };
      const entry: AuditEntry = nextEntry(prev, event, new Date(1_650_000_000_000 + i * 1000).toISOString());
      insert.run(
        entry.seq,
        entry.at,
        entry.actor,
        entry.action,
        JSON.stringify(entry.payload),
        entry.prevHash,
        entry.hash,
      );
      prev = entry;
    }
  });
  for (let i = 0; i < ENTRIES; i += 50_000) batch(i, Math.min(ENTRIES, i + 50_000));
}

export async function run(): Promise<TaskResult[]> {
  const dir = await mkdtemp(join(tmpdir(), "dossier-bench-audit-"));
  const store = new SqliteStore({ path: join(dir, "db.sqlite") });
  try {
    let t = performance.now();
    await fill(store);
    const fillSeconds = (performance.now() - t) / 1000;

    t = performance.now();
    let read = 0;
    for await (const _ of store.auditEntries()) read++;
    const readSeconds = (performance.now() - t) / 1000;

    t = performance.now();
    const report = await verifyAudit({
      entries: store.auditEntries(),
      rows: () => store.currentRowDigests(),
    });
    const verifySeconds = (performance.now() - t) / 1000;
    if (!report.ok || report.entries !== ENTRIES || read !== ENTRIES)
      throw new Error("the benchmark log did not verify");
    return [
      {
        task: "audit verify",
        dataset: `${ENTRIES.toLocaleString("en")} generated entries`,
        items: ENTRIES,
        seconds: verifySeconds,
        metrics: [
          {
            name: "verify time",
            value: verifySeconds,
            unit: "s",
            baseline: readSeconds,
            baselineName: "reading entries only",
          },
          { name: "entries verified per second", value: ENTRIES / verifySeconds, unit: "entries/s" },
          { name: "time to write the log (append with hashing)", value: fillSeconds, unit: "s" },
        ],
      },
    ];
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) {
  const results = await run();
  printTable(results);
  console.log(`written to ${writeResults("audit", results)}`);
}
