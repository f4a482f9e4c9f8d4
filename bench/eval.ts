import { run as analyzeSpeed } from "./analyze.js";
import { run as entities } from "./eval/entities.js";
import { run as events } from "./eval/events.js";
import { run as figures } from "./eval/figures.js";
import { run as quotes } from "./eval/quotes.js";
import { run as targets } from "./eval/targets.js";
import { printTable, type TaskResult, writeResults } from "./lib/report.js";

// `npm run eval`: every accuracy measure of the analyze stage and its speed, as one table.
// The list is explicit so that a task cannot drop out of the table unnoticed.
const TASKS: [string, () => Promise<TaskResult[]>][] = [
  ["quotes", quotes],
  ["entities", entities],
  ["events", events],
  ["targets", targets],
  ["figures", figures],
  ["analyze speed", analyzeSpeed],
];

const results: TaskResult[] = [];
for (const [name, task] of TASKS) {
  const started = Date.now();
  const out = await task();
  if (out.length === 0) console.log(`${name}: skipped (reference data absent)`);
  results.push(...out);
  console.error(`${name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
console.log("");
printTable(results);
console.log(`\nwritten to ${writeResults("eval", results)}`);
