/**
 * Speed of the figures, dates and assessments analyzers on the Ukraine news corpus
 * (corpus/ukraine-news), in words per second on one core, each beside a baseline measured in
 * the same run: for dates, chrono-node over whole texts (the library used directly, without
 * our sentence trigger); for figures and assessments, the shared text preparation that every
 * analyzer starts from. The goal of 500 k words/s per analyzer keeps the whole analyze stage
 * within its 110 k words/s budget. Any exception on a corpus text fails the run.
 *
 * Publication dates come from the corpus file names (YYYYMMDDTHHMMSSZ_...).
 */
import { readdirSync, readFileSync } from "node:fs";
import * as chrono from "chrono-node";
import { findAssessments } from "../../src/analyze/assessments/index.js";
import { findDates } from "../../src/analyze/dates/index.js";
import { findFigures } from "../../src/analyze/figures/index.js";
import { type PreparedText, prepare } from "../../src/analyze/text/prepare.js";
import type { AnalysisContext } from "../../src/domain/analysis.js";
import { sharedPath, sharedSkip } from "../../src/testing/shared.js";
import { isMain } from "../lib/main.js";
import { printTable, type TaskResult, writeResults } from "../lib/report.js";

const GOAL = 500_000;
const ROUNDS = 3;

interface Doc {
  text: string;
  prepared: PreparedText;
  ctx: AnalysisContext;
}

function publishedAt(file: string): string | null {
  const m = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z/.exec(file);
  return m === null ? null : `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
}

function load(): Doc[] {
  const dir = sharedPath("corpus/ukraine-news");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const text = readFileSync(`${dir}/${f}`, "utf8");
      return { text, prepared: prepare(text), ctx: { publishedAt: publishedAt(f), lang: "en" } };
    });
}

/** Best of a few rounds after a warm-up, so that JIT compilation is not what is measured. */
function secondsFor(docs: Doc[], run: (doc: Doc) => number): { seconds: number; found: number } {
  let found = 0;
  for (const doc of docs) found += run(doc);
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < ROUNDS; round++) {
    const t0 = performance.now();
    for (const doc of docs) run(doc);
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return { seconds: best, found };
}

export async function run(): Promise<TaskResult[]> {
  const skip = sharedSkip("corpus/ukraine-news");
  if (skip) {
    console.log(`skipped: ${skip}`);
    return [];
  }
  const docs = load();
  const words = docs.reduce((n, d) => n + d.text.split(/\s+/).filter(Boolean).length, 0);
  const rate = (seconds: number) => words / seconds;

  const prep = secondsFor(docs, (d) => prepare(d.text).tokens.length);
  const figures = secondsFor(docs, (d) => findFigures(d.prepared, []).length);
  const assessments = secondsFor(docs, (d) => findAssessments(d.prepared, []).length);
  const dates = secondsFor(docs, (d) => findDates(d.prepared, d.ctx).length);
  const chronoWhole = secondsFor(docs, (d) => {
    const instant = d.ctx.publishedAt === null ? new Date(0) : new Date(d.ctx.publishedAt);
    return chrono.en.casual.parse(d.text, { instant, timezone: 0 }).length;
  });

  const task = (
    name: string,
    m: { seconds: number; found: number },
    baseline: number,
    baselineName: string,
  ) => ({
    task: name,
    dataset: "corpus/ukraine-news",
    items: docs.length,
    seconds: m.seconds,
    metrics: [
      { name: "speed", value: rate(m.seconds), goal: GOAL, baseline, baselineName, unit: "words/s" },
      { name: "mentions", value: m.found },
    ],
  });
  return [
    task("figures", figures, rate(prep.seconds), "prepare()"),
    task("dates", dates, rate(chronoWhole.seconds), "chrono-node on whole texts"),
    task("assessments", assessments, rate(prep.seconds), "prepare()"),
  ];
}

if (isMain(import.meta.url)) {
  const results = await run();
  printTable(results);
  if (results.length > 0) console.log(`written to ${writeResults("figures", results)}`);
}
