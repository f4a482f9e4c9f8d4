// Main-text extraction: Dossier's extractor against Mozilla Readability (over linkedom),
// same pages, same run. Accuracy is the benchmark's shingle F1; speed is pages per
// second on pre-decompressed HTML, one core, after a warm-up. A second figure shows
// what the plain-text cleanup removes from a news corpus.
//
//   npx tsx bench/extract.ts [--worst N]   (N: list the N lowest-scoring pages)

import { extract } from "../src/extract/index.js";
import { ExtractError } from "../src/extract/types.js";
import { sharedSkip } from "../src/testing/shared.js";
import { measureCleanup } from "./extract/cleanup.js";
import { DATASET, type EvalPage, loadPages } from "./extract/pages.js";
import { readabilityText } from "./extract/readability.js";
import { type PageCounts, pageCounts, type Scores, score } from "./extract/score.js";
import { isMain } from "./lib/main.js";
import { printTable, type TaskResult, writeResults } from "./lib/report.js";

const WARM_UP_PAGES = 30;
const F1_GOAL = 0.95;
const SPEED_GOAL_FACTOR = 2;

type Extractor = (page: EvalPage) => string;

const dossier: Extractor = (page) => {
  try {
    const hints = { url: page.url, publishedAt: null, outlet: null, title: null };
    return extract({ mediaType: "text/html", text: page.html }, hints).text;
  } catch (e) {
    if (e instanceof ExtractError) return "";
    throw e;
  }
};

const readability: Extractor = (page) => readabilityText(page.html);

interface Run {
  scores: Scores;
  counts: PageCounts[];
  pagesPerSecond: number;
  seconds: number;
  empty: number;
}

function runExtractor(extractor: Extractor, pages: EvalPage[]): Run {
  for (const page of pages.slice(0, WARM_UP_PAGES)) extractor(page);
  const texts: string[] = [];
  const t0 = performance.now();
  for (const page of pages) texts.push(extractor(page));
  const seconds = (performance.now() - t0) / 1000;
  const counts = pages.map((p, i) => pageCounts(p.gold, texts[i] ?? ""));
  const empty = texts.filter((t) => t.trim() === "").length;
  return { scores: score(counts), counts, pagesPerSecond: pages.length / seconds, seconds, empty };
}

function printWorst(pages: EvalPage[], ours: Run, base: Run, n: number): void {
  const f1 = ({ tp, fp, fn }: PageCounts) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
  const rows = pages.map((p, i) => ({ p, ours: ours.counts[i], base: base.counts[i] }));
  rows.sort((a, b) => f1(a.ours as PageCounts) - f1(b.ours as PageCounts));
  console.log(`\nlowest-scoring pages (F1 dossier / readability, fp, fn):`);
  for (const r of rows.slice(0, n)) {
    const o = r.ours as PageCounts;
    const b = r.base as PageCounts;
    console.log(
      `${f1(o).toFixed(3)} / ${f1(b).toFixed(3)}  fp ${o.fp.toFixed(2)} fn ${o.fn.toFixed(2)}  ${r.p.id.slice(0, 12)} ${r.p.url}`,
    );
  }
}

function mainTextResult(pages: EvalPage[], ours: Run, base: Run): TaskResult {
  const baselineName = "Readability";
  return {
    task: "extract: main text",
    dataset: DATASET,
    items: pages.length,
    seconds: ours.seconds + base.seconds,
    metrics: [
      { name: "F1", value: ours.scores.f1, goal: F1_GOAL, baseline: base.scores.f1, baselineName },
      { name: "precision", value: ours.scores.precision, baseline: base.scores.precision, baselineName },
      { name: "recall", value: ours.scores.recall, baseline: base.scores.recall, baselineName },
      {
        name: "pages/s",
        value: ours.pagesPerSecond,
        goal: base.pagesPerSecond * SPEED_GOAL_FACTOR,
        baseline: base.pagesPerSecond,
        baselineName,
      },
      { name: "pages with no text", value: ours.empty, baseline: base.empty, baselineName },
    ],
  };
}

function cleanupResult(): TaskResult {
  const c = measureCleanup();
  const sample = c.removed.filter((_, i) => i % Math.max(1, Math.floor(c.removed.length / 20)) === 0);
  console.log(`\ntext cleanup on corpus/ukraine-news: a sample of removed lines (kind, file, line):`);
  for (const r of sample.slice(0, 20))
    console.log(`  ${r.kind.padEnd(10)} ${r.file.slice(0, 24)}  ${r.line.slice(0, 110)}`);
  console.log("");
  return {
    task: "extract: text cleanup",
    dataset: "ukraine-news",
    items: c.articles,
    seconds: c.seconds,
    metrics: [
      { name: "articles changed", value: c.changed },
      { name: "lines removed", value: c.removedLines },
    ],
  };
}

export async function run(): Promise<TaskResult[]> {
  const results: TaskResult[] = [];
  if (sharedSkip("eval", "article-extraction") === false) {
    const pages = loadPages();
    const ours = runExtractor(dossier, pages);
    const base = runExtractor(readability, pages);
    const worst = process.argv.indexOf("--worst");
    if (worst !== -1) printWorst(pages, ours, base, Number(process.argv[worst + 1] ?? 20));
    results.push(mainTextResult(pages, ours, base));
  }
  if (sharedSkip("corpus", "ukraine-news") === false) results.push(cleanupResult());
  return results;
}

if (isMain(import.meta.url)) {
  const results = await run();
  printTable(results);
  console.log(`\nwrote ${writeResults("extract", results)}`);
}
