import assert from "node:assert/strict";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import type { CapturedItem, CaptureResult } from "../capture/types.js";
import type { Analysis } from "../domain/analysis.js";
import { ExtractError } from "../extract/types.js";
import { FsBlobStore } from "../store/blobs/fs-blob-store.js";
import { SqliteStore } from "../store/sqlite/sqlite-store.js";
import { buildCapture, buildDocument } from "../testing/builders.js";
import { emptySummary, type IngestDeps, type IngestEvent, ingestAll, tally } from "./ingest.js";

function itemOf(text: string, label = "sample.txt"): CapturedItem {
  const original = Buffer.from(text);
  return {
    label,
    capture: buildCapture(original, { origin: { kind: "file", path: label } }),
    original,
    content: { mediaType: "text/plain", text },
    hints: { url: null, publishedAt: null, outlet: null, title: null },
  };
}

const analysis: Analysis = {
  version: "t1",
  entities: [],
  dates: [],
  quotes: [],
  figures: [],
  incidents: [],
  assessments: [],
};

async function setup(overrides: Partial<IngestDeps> = {}) {
  const dir = await mkdtemp(join(tmpdir(), "dossier-pipeline-"));
  const store = new SqliteStore({ path: join(dir, "db.sqlite") });
  const blobs = new FsBlobStore(join(dir, "blobs"));
  const deps: IngestDeps = {
    store,
    blobs,
    extract: (content) => {
      if (content.text.includes("NOARTICLE")) throw new ExtractError("no article text found");
      return buildDocument({ paragraphsText: [content.text], title: content.text.slice(0, 10) });
    },
    analyze: () => analysis,
    actor: "tester",
    ...overrides,
  };
  return { store, blobs, deps };
}

async function run(results: CaptureResult[], deps: IngestDeps): Promise<IngestEvent[]> {
  const events: IngestEvent[] = [];
  async function* source() {
    yield* results;
  }
  for await (const e of ingestAll(source(), deps)) events.push(e);
  return events;
}

describe("ingestAll", () => {
  it("stores the original, the source and its analysis; identical bytes come back as duplicates", async () => {
    const { store, blobs, deps } = await setup();
    const item = itemOf("A report about an attack.");
    const again = itemOf("A report about an attack.", "copy.txt");
    const events = await run(
      [
        { ok: true, item },
        { ok: true, item: again },
      ],
      deps,
    );
    assert.deepEqual(
      events.map((e) => e.kind),
      ["ingested", "duplicate"],
    );
    assert.deepEqual(await blobs.get(item.capture.sha256), item.original);
    const source = await store.getSource(item.capture.sha256.slice(0, 12));
    assert.equal(source?.analysis?.version, "t1");
    assert.deepEqual(
      source?.sightings.map((s) => s.origin),
      [{ kind: "file", path: "copy.txt" }],
    );
  });

  it("reports capture and extraction failures by input and carries on with the batch", async () => {
    const { store, deps } = await setup();
    const events = await run(
      [
        { ok: false, failure: { label: "empty.txt", reason: "empty file" } },
        { ok: true, item: itemOf("NOARTICLE only menus", "menu.html") },
        { ok: true, item: itemOf("A second, valid report.") },
      ],
      deps,
    );
    const summary = emptySummary();
    for (const e of events) tally(summary, e);
    assert.equal(summary.ingested, 1);
    assert.deepEqual(summary.failed, [
      { label: "empty.txt", reason: "empty file" },
      { label: "menu.html", reason: "no article text found" },
    ]);
    assert.equal((await store.stats()).sources, 1);
  });

  it("keeps the source without analysis when the analyzer throws, with a warning", async () => {
    const { store, deps } = await setup({
      analyze: () => {
        throw new Error("analyzer bug");
      },
    });
    const [event] = await run([{ ok: true, item: itemOf("Report kept despite a bug.") }], deps);
    assert.equal(event?.kind, "ingested");
    assert.match(event?.kind === "ingested" ? (event.warning ?? "") : "", /analysis failed.*analyzer bug/);
    assert.equal((await store.sourcesNeedingAnalysis("t1")).length, 1);
  });

  it("fails the item cleanly when the store cannot write it", async () => {
    const { store, deps } = await setup();
    store.database.exec(
      "CREATE TRIGGER full BEFORE INSERT ON sources BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    const [event] = await run([{ ok: true, item: itemOf("Report that cannot be stored.") }], deps);
    assert.deepEqual(event, {
      kind: "failed",
      label: "sample.txt",
      reason: "could not be stored: disk full",
    });
    assert.equal((await store.stats()).captures, 0);
  });
});
