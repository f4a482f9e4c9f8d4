/**
 * Scale of the investigation stage's grouping algorithms: near-duplicate (syndication)
 * grouping and incident merging.
 *
 * (a) the ukraine-news corpus: syndication groups found, printed for eyeballing;
 * (b) synthetic corpora of 1k, 10k and 100k items (see gen-texts.ts, gen-mentions.ts), each
 *     size in a fresh child process for clean memory figures: time, peak RSS growth, heap
 *     held, pairwise precision/recall against the generator's truth, and growth per 10×.
 *     Mentions are spread over two years at every size (density grows with size) and, apart,
 *     over a span proportional to the size (constant density).
 *     Baselines in the same run: exact-duplicate hashing and all-pairs MinHash comparison
 *     (≤ 10k) for syndication; grouping on exact (place, day, event type) for merging.
 *
 * `npx tsx bench/investigate/scale.ts`
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { sharedSkip } from "../../src/testing/shared.js";
import { isMain } from "../lib/main.js";
import { type Metric, printTable, type TaskResult, writeResults } from "../lib/report.js";
import { groupCorpus, printCorpusGroups } from "./corpus.js";

const SIZES = [1_000, 10_000, 100_000];
const CHILD = fileURLToPath(new URL("./child.ts", import.meta.url));

type Figures = Record<string, number>;

function child(task: "syndication" | "merge", n: number, days?: number): Figures {
  const args = [CHILD, task, String(n), ...(days === undefined ? [] : [String(days)])];
  const out = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (out.status !== 0) throw new Error(`child ${task} ${n} failed: ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split("\n").pop() ?? "{}") as Figures;
}

const m = (name: string, value: number, extra: Partial<Metric> = {}): Metric => ({ name, value, ...extra });

function growth(name: string, runs: Figures[], i: number, key: string, baselineKey?: string): Metric[] {
  const prev = runs[i - 1];
  const cur = runs[i];
  if (prev === undefined || cur === undefined) return [];
  const ratio = (cur[key] ?? 0) / Math.max(1e-9, prev[key] ?? 0);
  const base = baselineKey
    ? (cur[baselineKey] ?? Number.NaN) / (prev[baselineKey] ?? Number.NaN)
    : Number.NaN;
  return [m(name, ratio, Number.isFinite(base) ? { baseline: base, baselineName: "all pairs" } : {})];
}

function syndicationResults(): TaskResult[] {
  const runs = SIZES.map((n) => child("syndication", n));
  return runs.map((f, i) => {
    const n = SIZES[i] as number;
    const pairwise = Number.isFinite(f.pairwiseMs)
      ? { baseline: f.pairwiseMs, baselineName: "all pairs" }
      : {};
    const exact = { baselineName: "exact hash" };
    return {
      task: "syndication",
      dataset: `synthetic-${n / 1000}k`,
      items: n,
      seconds: (f.ms ?? 0) / 1000,
      metrics: [
        m("time (sign + group)", f.ms ?? 0, { unit: "ms", ...pairwise }),
        m("of which signatures", f.signMs ?? 0, { unit: "ms" }),
        m("items/s", (n / (f.ms ?? 1)) * 1000),
        m("peak RSS growth", f.peakRssMB ?? 0, { unit: "MB" }),
        m("heap held (index + signatures)", f.heapMB ?? 0, { unit: "MB" }),
        m("pair precision", f.precision ?? 0, { ...exact, baseline: f.baselinePrecision }),
        m("pair recall", f.recall ?? 0, { ...exact, baseline: f.baselineRecall }),
        m("copies found", f.copyRecall ?? 0),
        m("embedded copies found", f.embeddedRecall ?? 0),
        m("quoting reports wrongly grouped", f.quotingGrouped ?? 0),
        ...growth("time growth vs previous size", runs, i, "ms", "pairwiseMs"),
        ...growth("heap growth vs previous size", runs, i, "heapMB"),
      ],
    };
  });
}

/**
 * Incidents over two years whatever the size, so density grows with it (as an archive fills
 * up), or over a span that grows with the size (constant density: 137 reports a day), which
 * isolates the algorithm's own growth from the data's.
 */
const SPANS = {
  "2y": (_n: number) => 730,
  "const-density": (n: number) => Math.ceil((730 * n) / 100_000),
};

function mergeResults(span: keyof typeof SPANS): TaskResult[] {
  const runs = SIZES.map((n) => child("merge", n, SPANS[span](n)));
  return runs.map((f, i) => {
    const n = SIZES[i] as number;
    const exact = { baselineName: "exact key" };
    return {
      task: "incident merge",
      dataset: `synthetic-${n / 1000}k-${span === "2y" ? "2y" : `${SPANS[span](n)}d`}`,
      items: n,
      seconds: (f.ms ?? 0) / 1000,
      metrics: [
        m("time (incremental, arrival order)", f.ms ?? 0, { unit: "ms", baseline: f.baselineMs, ...exact }),
        m("time (mergeAll, batch)", f.batchMs ?? 0, { unit: "ms" }),
        m("mentions/s", (n / (f.ms ?? 1)) * 1000),
        m("peak RSS growth", f.peakRssMB ?? 0, { unit: "MB" }),
        m("heap held (index)", f.heapMB ?? 0, { unit: "MB" }),
        m("incidents (true)", f.incidents ?? 0, { baseline: f.trueIncidents, baselineName: "truth" }),
        m("pair precision", f.precision ?? 0, { ...exact, baseline: f.baselinePrecision }),
        m("pair recall", f.recall ?? 0, { ...exact, baseline: f.baselineRecall }),
        m("pair precision (batch)", f.batchPrecision ?? 0),
        m("pair recall (batch)", f.batchRecall ?? 0),
        m("true incidents sharing town+day", f.sharedTownDay ?? 0),
        ...growth("time growth vs previous size", runs, i, "ms"),
        ...growth("heap growth vs previous size", runs, i, "heapMB"),
      ],
    };
  });
}

export async function run(): Promise<TaskResult[]> {
  const results: TaskResult[] = [];
  const skip = sharedSkip("corpus", "ukraine-news");
  if (skip) console.log(`ukraine-news corpus skipped: ${skip}`);
  else {
    const corpus = groupCorpus();
    printCorpusGroups(corpus);
    const multi = corpus.groups.filter((g) => g.members.length > 1);
    results.push({
      task: "syndication",
      dataset: "ukraine-news",
      items: corpus.files,
      seconds: corpus.ms / 1000,
      metrics: [
        m("time", corpus.ms, { unit: "ms" }),
        m("groups with copies", multi.length),
        m(
          "files in them",
          multi.reduce((s, g) => s + g.members.length, 0),
        ),
        m(
          "same-suffix sets kept together",
          corpus.suffixGroupsKept / Math.max(1, corpus.suffixGroups.length),
        ),
      ],
    });
  }
  results.push(...syndicationResults(), ...mergeResults("2y"), ...mergeResults("const-density"));
  return results;
}

if (isMain(import.meta.url)) {
  const results = await run();
  console.log("");
  printTable(results);
  console.log(`\nwritten to ${writeResults("investigate-scale", results)}`);
  console.log("growth per 10× items: linear ≈ 10, quadratic ≈ 100 (the all-pairs baseline).");
}
