import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import nlp from "compromise";
import { analyze } from "../src/analyze/index.js";
import { extract } from "../src/extract/index.js";
import { sharedPath, sharedSkip } from "../src/testing/shared.js";
import { isMain } from "./lib/main.js";
import { printTable, type TaskResult, writeResults } from "./lib/report.js";

// Words per second per core for the whole analyze stage, with compromise's people, places,
// organisations and quotations run on the same texts in the same process as the reference.
// Each side gets a warm-up pass, then the median of timed passes.

const PASSES = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function timePasses(work: () => void): number {
  work();
  const times: number[] = [];
  for (let i = 0; i < PASSES; i++) {
    const t = performance.now();
    work();
    times.push(performance.now() - t);
  }
  return median(times) / 1000;
}

async function corpusTexts(): Promise<{ text: string; publishedAt: string | null }[]> {
  const dir = sharedPath("corpus", "ukraine-news");
  const names = (await readdir(dir)).filter((n) => n.endsWith(".txt")).sort();
  const hints = { url: null, publishedAt: null, outlet: null, title: null };
  return Promise.all(
    names.map(async (n) => {
      const doc = extract({ mediaType: "text/plain", text: await readFile(join(dir, n), "utf8") }, hints);
      const stamp = /^(\d{4})(\d{2})(\d{2})T/.exec(n);
      return { text: doc.text, publishedAt: stamp ? `${stamp[1]}-${stamp[2]}-${stamp[3]}` : null };
    }),
  );
}

export async function run(): Promise<TaskResult[]> {
  const skip = sharedSkip("corpus", "ukraine-news");
  if (skip) {
    console.log(`bench:analyze skipped: ${skip}`);
    return [];
  }
  const docs = await corpusTexts();
  const words = docs.reduce((n, d) => n + (d.text.match(/\S+/g)?.length ?? 0), 0);
  const ours = timePasses(() => {
    for (const d of docs) analyze(d.text, { publishedAt: d.publishedAt, lang: "en" });
  });
  const reference = timePasses(() => {
    for (const d of docs) {
      const doc = nlp(d.text);
      doc.people().out("array");
      doc.places().out("array");
      doc.organizations().out("array");
      doc.quotations().out("array");
    }
  });
  const ourRate = words / ours;
  const refRate = words / reference;
  return [
    {
      task: "analyze speed",
      dataset: "corpus/ukraine-news",
      items: docs.length,
      seconds: ours,
      metrics: [
        {
          name: "words/s, whole analyze stage",
          value: ourRate,
          unit: "words/s",
          baseline: refRate,
          baselineName: "compromise",
        },
        { name: "speed-up over compromise", value: ourRate / refRate, goal: 5, unit: "×" },
      ],
    },
  ];
}

if (isMain(import.meta.url)) {
  const results = await run();
  if (results.length > 0) {
    printTable(results);
    console.log(`written to ${writeResults("analyze", results)}`);
  }
}
