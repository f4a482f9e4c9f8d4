import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { initialVerifyState, verifyStep } from "../audit/chain.js";
import type { Analysis } from "../domain/analysis.js";
import { buildIngestRecord } from "../testing/builders.js";
import type { Store } from "./store.js";

const emptyAnalysis = (version: string): Analysis => ({
  version,
  entities: [],
  dates: [],
  quotes: [],
  figures: [],
  incidents: [],
  assessments: [],
});

/**
 * The behaviour every Store implementation must have. Each implementation's test file
 * calls this with a factory for a fresh, empty store.
 */
export function describeStoreContract(name: string, newStore: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    before(async () => {
      store = await newStore();
    });
    after(async () => {
      await store.close();
    });

    it("ingests a source and reads it back with its capture", async () => {
      const record = buildIngestRecord({ title: "Contract one" });
      const outcome = await store.ingest(record, "ana");
      assert.equal(outcome.status, "ingested");
      const source = await store.getSource(outcome.sourceId);
      assert.equal(source?.title, "Contract one");
      assert.equal(source?.text, record.document.text);
      assert.deepEqual(source?.paragraphs, record.document.paragraphs);
      assert.equal(source?.capture.sha256, record.capture.sha256);
      assert.deepEqual(source?.capture.origin, record.capture.origin);
    });

    it("recognises identical bytes as a duplicate and keeps one source", async () => {
      const record = buildIngestRecord({ title: "Contract dup" });
      const first = await store.ingest(record, "ana");
      const second = await store.ingest(record, "ana");
      assert.equal(second.status, "duplicate");
      assert.equal(second.sourceId, first.sourceId);
      assert.equal(await store.sourceIdForCapture(record.capture.sha256), first.sourceId);
    });

    it("finds a source by a unique id prefix", async () => {
      const outcome = await store.ingest(buildIngestRecord({ title: "Prefix" }), "ana");
      const source = await store.getSource(outcome.sourceId.slice(0, 8));
      assert.equal(source?.id, outcome.sourceId);
      assert.equal(await store.getSource("ffffffff0000"), null);
    });

    it("records sightings of already-present bytes", async () => {
      const record = buildIngestRecord({ title: "Seen twice" });
      const { sourceId } = await store.ingest(record, "ana");
      await store.recordSighting(
        record.capture.sha256,
        { kind: "url", url: "https://example.org/copy" },
        "ben",
      );
      const source = await store.getSource(sourceId);
      assert.deepEqual(
        source?.sightings.map((s) => s.origin),
        [{ kind: "url", url: "https://example.org/copy" }],
      );
    });

    it("searches full text with ranked, highlighted snippets", async () => {
      await store.ingest(
        buildIngestRecord({
          title: "Hospital struck in Zarichne",
          paragraphsText: ["A maternity hospital in the fictional city of Zarichne was struck on Tuesday."],
        }),
        "ana",
      );
      const result = await store.search("zarichne hospital", { limit: 10, offset: 0 });
      assert.equal(result.total, 1);
      const hit = result.hits[0];
      assert.equal(hit?.source.title, "Hospital struck in Zarichne");
      assert.ok(hit?.snippet.some((p) => p.hit && /zarichne/i.test(p.text)));
      assert.equal((await store.search("nonexistentword", { limit: 10, offset: 0 })).total, 0);
      await assert.rejects(store.search('"" *', { limit: 10, offset: 0 }), /no words/);
    });

    it("lists sources newest first with filters and a total", async () => {
      await store.ingest(
        buildIngestRecord({ title: "Old", outlet: "Filter Outlet", publishedAt: "2020-01-01" }),
        "a",
      );
      await store.ingest(
        buildIngestRecord({ title: "New", outlet: "Filter Outlet", publishedAt: "2020-02-01" }),
        "a",
      );
      const page = await store.listSources({ limit: 10, offset: 0, outlet: "Filter Outlet" });
      assert.equal(page.total, 2);
      assert.deepEqual(
        page.items.map((s) => s.title),
        ["New", "Old"],
      );
      const january = await store.listSources({
        limit: 10,
        offset: 0,
        outlet: "Filter Outlet",
        to: "2020-01-31",
      });
      assert.deepEqual(
        january.items.map((s) => s.title),
        ["Old"],
      );
    });

    it("reports analyses to redo by version and saves new ones", async () => {
      const { sourceId } = await store.ingest(buildIngestRecord({ title: "Analysed" }), "ana");
      assert.ok((await store.sourcesNeedingAnalysis("v2")).includes(sourceId));
      await store.saveAnalysis(sourceId, emptyAnalysis("v2"), "ana");
      assert.ok(!(await store.sourcesNeedingAnalysis("v2")).includes(sourceId));
      assert.equal((await store.getSource(sourceId))?.analysis?.version, "v2");
    });

    it("keeps an audit chain of every change that verifies", async () => {
      const head = await store.auditHead();
      assert.ok(head !== null && head.seq > 0);
      let state = initialVerifyState();
      for await (const entry of store.auditEntries()) state = verifyStep(state, entry);
      assert.equal(state.problem, null);
      assert.equal(state.checked, head.seq);
      const actions = new Set<string>();
      for await (const entry of store.auditEntries()) actions.add(entry.action);
      assert.ok(
        actions.has("source.ingest") && actions.has("capture.sighting") && actions.has("source.analyze"),
      );
    });

    it("counts what it holds", async () => {
      const stats = await store.stats();
      assert.ok(stats.sources >= 7);
      assert.equal(stats.captures, stats.sources);
      assert.ok(stats.words > 0 && stats.bytes > 0);
      assert.equal(stats.sightings, 1);
    });
  });
}
