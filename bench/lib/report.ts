import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** One measured figure, with the goal it is held to and the baseline run beside it. */
export interface Metric {
  name: string;
  value: number;
  /** Minimum acceptable value, when there is a goal. */
  goal?: number;
  /** The baseline's value for the same metric in the same run. */
  baseline?: number;
  baselineName?: string;
  unit?: string;
}

export interface TaskResult {
  task: string;
  dataset: string;
  items: number;
  seconds: number;
  metrics: Metric[];
}

function fmt(n: number | undefined, unit?: string): string {
  if (n === undefined) return "";
  const s = Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(3);
  return unit ? `${s} ${unit}` : s;
}

/** Prints results as one table: task, metric, value, goal, met?, baseline. */
export function printTable(results: TaskResult[]): void {
  const rows: string[][] = [["task", "dataset", "items", "metric", "value", "goal", "met", "baseline"]];
  for (const r of results) {
    for (const m of r.metrics) {
      const met = m.goal === undefined ? "" : m.value >= m.goal ? "yes" : "NO";
      const base =
        m.baseline === undefined ? "" : `${fmt(m.baseline, m.unit)} (${m.baselineName ?? "baseline"})`;
      rows.push([
        r.task,
        r.dataset,
        String(r.items),
        m.name,
        fmt(m.value, m.unit),
        m.goal === undefined ? "" : `≥ ${fmt(m.goal, m.unit)}`,
        met,
        base,
      ]);
    }
  }
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? "").length))) ?? [];
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, j) => cell.padEnd(widths[j] ?? 0)).join("  "));
    if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }
}

/** Writes results to bench/results/<name>.json with the machine they ran on. */
export function writeResults(name: string, results: TaskResult[]): string {
  const dir = join(import.meta.dirname, "..", "results");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  const machine = { node: process.version, platform: process.platform, arch: process.arch };
  writeFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), machine, results }, null, 2)}\n`);
  return file;
}
