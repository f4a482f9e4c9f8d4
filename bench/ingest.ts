import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { analyze } from "../src/analyze/index.js";
import { openDossier } from "../src/app.js";
import { captureInputs, planInputs } from "../src/capture/index.js";
import type { CapturedItem } from "../src/capture/types.js";
import { loadConfig } from "../src/config.js";
import { extract } from "../src/extract/index.js";
import { sharedPath, sharedSkip } from "../src/testing/shared.js";
import { isMain } from "./lib/main.js";
import { type Metric, printTable, type TaskResult, writeResults } from "./lib/report.js";

// Ingest throughput of corpus/ukraine-news into a fresh store: the whole `dossier ingest`
// path end to end, and beside it each stage alone on the same items, so that the
// end-to-end figure can be read against where the time goes.

async function freshDossier() {
  const dataDir = await mkdtemp(join(tmpdir(), "dossier-bench-ingest-"));
  return { dataDir, dossier: openDossier(loadConfig({ dataDir, actor: "bench" }, {})) };
}

async function stages(dir: string): Promise<Metric[]> {
  const config = loadConfig({ actor: "bench" }, {});
  let t = performance.now();
  const items: CapturedItem[] = [];
  for await (const r of captureInputs(await planInputs([dir]), { config, actor: "bench" }))
    if (r.ok) items.push(r.item);
  const captureMs = performance.now() - t;
  t = performance.now();
  const docs = items.map((i) => extract(i.content, i.hints));
  const extractMs = performance.now() - t;
  t = performance.now();
  const analyses = docs.map((d) => analyze(d.text, { publishedAt: d.publishedAt, lang: d.lang }));
  const analyzeMs = performance.now() - t;
  const { dataDir, dossier } = await freshDossier();
  t = performance.now();
  for (const [i, item] of items.entries()) {
    await dossier.blobs.put(item.capture.sha256, item.original);
    await dossier.store.ingest(
      { capture: item.capture, document: docs[i] as (typeof docs)[number], analysis: analyses[i] ?? null },
      "bench",
    );
  }
  const storeMs = performance.now() - t;
  await dossier.close();
  await rm(dataDir, { recursive: true, force: true });
  const perSecond = (ms: number) => (items.length * 1000) / ms;
  return [
    { name: "capture only (read, hash, decode)", value: perSecond(captureMs), unit: "articles/s" },
    { name: "extract only", value: perSecond(extractMs), unit: "articles/s" },
    { name: "analyze only", value: perSecond(analyzeMs), unit: "articles/s" },
    { name: "store only (fsynced original + transaction)", value: perSecond(storeMs), unit: "articles/s" },
  ];
}

export async function run(): Promise<TaskResult[]> {
  const skip = sharedSkip("corpus", "ukraine-news");
  if (skip) {
    console.log(`bench:ingest skipped: ${skip}`);
    return [];
  }
  const dir = sharedPath("corpus", "ukraine-news");
  const { dataDir, dossier } = await freshDossier();
  const t = performance.now();
  const summary = await dossier.ingest([dir]);
  const seconds = (performance.now() - t) / 1000;
  const stats = await dossier.store.stats();
  await dossier.close();
  await rm(dataDir, { recursive: true, force: true });
  const items = summary.ingested + summary.duplicates;
  const metrics: Metric[] = [
    { name: "end to end into a fresh store", value: items / seconds, unit: "articles/s" },
    { name: "words ingested per second", value: stats.words / seconds, unit: "words/s" },
    ...(await stages(dir)),
  ];
  if (summary.failed.length > 0) console.log(`failures: ${JSON.stringify(summary.failed)}`);
  return [{ task: "ingest", dataset: "corpus/ukraine-news", items, seconds, metrics }];
}

if (isMain(import.meta.url)) {
  const results = await run();
  if (results.length > 0) {
    printTable(results);
    console.log(`written to ${writeResults("ingest", results)}`);
  }
}
