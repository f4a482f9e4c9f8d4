/**
 * Target type accuracy on eval/civharm/dev.csv: predict the "Type of area affected" of an
 * incident from its short description alone. Incidents with no area label are left out
 * (there is nothing to compare with); an incident filed under several areas counts as right
 * when the prediction is one of them. Beside it: the majority class, and recall per class.
 * Editorial notes in square brackets ("[Graphic: body visible]") describe the footage, not
 * the incident, and are dropped before classifying.
 */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { categorizeTarget } from "../../src/analyze/incidents/targets.js";
import { TARGET_CATEGORIES, type TargetCategory } from "../../src/domain/analysis.js";
import { sharedPath } from "../../src/testing/shared.js";
import { isMain } from "../lib/main.js";
import { type Metric, printTable, type TaskResult, writeResults } from "../lib/report.js";

interface Item {
  description: string;
  areas: TargetCategory[];
}

const CATEGORY_SET: ReadonlySet<string> = new Set(TARGET_CATEGORIES);

function load(): { items: Item[]; unlabelled: number } {
  const rows = parse(readFileSync(sharedPath("eval/civharm/dev.csv"), "utf8"), { columns: true }) as Record<
    string,
    string
  >[];
  const items: Item[] = [];
  let unlabelled = 0;
  for (const row of rows) {
    const areas = (row.associations ?? "")
      .split(",")
      .filter((pair) => pair.startsWith("Type of area affected="))
      .map((pair) => pair.slice("Type of area affected=".length).trim());
    if (areas.length === 0) {
      unlabelled++;
      continue;
    }
    const unknown = areas.find((a) => !CATEGORY_SET.has(a));
    if (unknown !== undefined) throw new Error(`unknown area type ${unknown}`);
    const description = (row.description ?? "").replace(/\[[^\]]*\]/g, " ");
    items.push({ description, areas: areas as TargetCategory[] });
  }
  return { items, unlabelled };
}

function majorityClass(items: Item[]): TargetCategory {
  const counts = new Map<TargetCategory, number>();
  for (const item of items) for (const a of item.areas) counts.set(a, (counts.get(a) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "Undefined";
}

export async function run(): Promise<TaskResult[]> {
  const t0 = performance.now();
  const { items, unlabelled } = load();
  const majority = majorityClass(items);
  let correct = 0;
  let baseline = 0;
  const recall = new Map<TargetCategory, { hit: number; n: number }>();
  const errors = new Map<string, number>();
  for (const item of items) {
    const predicted = categorizeTarget(item.description);
    const ok = item.areas.includes(predicted);
    if (ok) correct++;
    else
      errors.set(
        `${item.areas.join("+")} -> ${predicted}`,
        (errors.get(`${item.areas.join("+")} -> ${predicted}`) ?? 0) + 1,
      );
    if (item.areas.includes(majority)) baseline++;
    const gold = item.areas[0] as TargetCategory;
    const r = recall.get(gold) ?? { hit: 0, n: 0 };
    r.n++;
    if (ok) r.hit++;
    recall.set(gold, r);
  }
  const seconds = (performance.now() - t0) / 1000;
  if (process.argv.includes("--errors")) {
    for (const [k, n] of [...errors].sort((a, b) => b[1] - a[1]))
      console.error(`${String(n).padStart(4)}  ${k}`);
  }
  const metrics: Metric[] = [
    {
      name: "accuracy",
      value: correct / items.length,
      goal: 0.8,
      baseline: baseline / items.length,
      baselineName: `majority: ${majority}`,
    },
  ];
  for (const category of TARGET_CATEGORIES) {
    const r = recall.get(category);
    if (r !== undefined) metrics.push({ name: `recall ${category} (n=${r.n})`, value: r.hit / r.n });
  }
  return [
    {
      task: "target type",
      dataset: `civharm dev (${unlabelled} unlabelled left out)`,
      items: items.length,
      seconds,
      metrics,
    },
  ];
}

if (isMain(import.meta.url)) {
  const results = await run();
  printTable(results);
  console.log(writeResults("targets", results));
}
