/**
 * Entity recognition on re3d (exact span and type, Person / Organisation / Location, micro
 * P/R/F1) and speed on the Ukraine news corpus, each beside compromise measured in the
 * same run. Run: npx tsx bench/eval/entities.ts
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import nlp from "compromise";
import { findEntities } from "../../src/analyze/entities/index.js";
import { loadLexicons } from "../../src/analyze/entities/words.js";
import { loadGazetteer } from "../../src/analyze/places/gazetteer.js";
import { prepare } from "../../src/analyze/text/prepare.js";
import { sharedPath } from "../../src/testing/shared.js";
import { isMain } from "../lib/main.js";
import { printTable, type TaskResult, writeResults } from "../lib/report.js";

const TYPES = ["Person", "Organisation", "Location"] as const;
type GoldType = (typeof TYPES)[number];

interface Doc {
  id: string;
  text: string;
}

interface Span {
  doc: string;
  start: number;
  end: number;
  type: GoldType;
}

function jsonLines<T>(file: string): T[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);
}

function loadRe3d(): { docs: Doc[]; gold: Span[]; primary: Span[] } {
  const root = sharedPath("eval", "ner-re3d");
  const docs: Doc[] = [];
  const gold: Span[] = [];
  const primary: Span[] = [];
  for (const dir of readdirSync(root)) {
    for (const d of jsonLines<{ _id: string; text: string }>(join(root, dir, "documents.json"))) {
      docs.push({ id: d._id, text: d.text });
    }
    type Row = { documentId: string; begin: number; end: number; type: string; confidence: number };
    for (const e of jsonLines<Row>(join(root, dir, "entities.json"))) {
      if (!(TYPES as readonly string[]).includes(e.type)) continue;
      const span = { doc: e.documentId, start: e.begin, end: e.end, type: e.type as GoldType };
      gold.push(span);
      if (e.confidence >= 0.5) primary.push(span);
    }
  }
  return { docs, gold, primary };
}

const key = (s: Span) => `${s.doc}:${s.start}:${s.end}:${s.type}`;

interface Scores {
  p: number;
  r: number;
  f1: number;
}

function score(pred: Span[], gold: Span[], type?: GoldType): Scores {
  const g = new Set(gold.filter((s) => !type || s.type === type).map(key));
  const p = new Set(pred.filter((s) => !type || s.type === type).map(key));
  let tp = 0;
  for (const k of p) if (g.has(k)) tp++;
  const precision = p.size ? tp / p.size : 0;
  const recall = g.size ? tp / g.size : 0;
  return {
    p: precision,
    r: recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
  };
}

const OUR_TYPE: Record<string, GoldType> = {
  person: "Person",
  organization: "Organisation",
  place: "Location",
};

function ours(doc: Doc): Span[] {
  return findEntities(prepare(doc.text)).map((e) => ({
    doc: doc.id,
    start: e.start,
    end: e.end,
    type: OUR_TYPE[e.type] as GoldType,
  }));
}

interface NlpMatch {
  offset?: { start: number; length: number };
}

// compromise's offsets include trailing punctuation ("Kyiv."); trimmed to the word.
function compromiseSpans(doc: Doc): Span[] {
  const d = nlp(doc.text);
  const out: Span[] = [];
  const groups: [GoldType, NlpMatch[]][] = [
    ["Person", d.people().json({ offset: true }) as NlpMatch[]],
    ["Organisation", d.organizations().json({ offset: true }) as NlpMatch[]],
    ["Location", d.places().json({ offset: true }) as NlpMatch[]],
  ];
  for (const [type, matches] of groups) {
    for (const m of matches) {
      if (!m.offset) continue;
      let start = m.offset.start;
      let end = start + m.offset.length;
      while (end > start && /[^\p{L}\p{N}]/u.test(doc.text[end - 1] ?? "")) end--;
      while (start < end && /[^\p{L}\p{N}]/u.test(doc.text[start] ?? "")) start++;
      out.push({ doc: doc.id, start, end, type });
    }
  }
  return out;
}

function wordsPerSecond(texts: string[], words: number, run: (t: string) => unknown): number {
  const t0 = performance.now();
  for (const t of texts) run(t);
  return words / ((performance.now() - t0) / 1000);
}

function timedLoad(): { ms: number; mb: number } {
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  loadGazetteer();
  loadLexicons();
  const ms = performance.now() - t0;
  return { ms, mb: (process.memoryUsage().heapUsed - heap0) / 1e6 };
}

export async function run(): Promise<TaskResult[]> {
  const load = timedLoad();
  const t0 = performance.now();
  const { docs, gold, primary } = loadRe3d();
  const pred = docs.flatMap(ours);
  const base = docs.flatMap(compromiseSpans);
  const all = score(pred, gold);
  const baseAll = score(base, gold);
  const main = score(pred, primary);
  const basePrimary = score(base, primary);
  const c = "compromise";
  const accuracy: TaskResult = {
    task: "entities",
    dataset: "ner-re3d",
    items: docs.length,
    seconds: (performance.now() - t0) / 1000,
    metrics: [
      { name: "F1", value: all.f1, goal: 0.75, baseline: baseAll.f1, baselineName: c },
      { name: "precision", value: all.p, baseline: baseAll.p, baselineName: c },
      { name: "recall", value: all.r, baseline: baseAll.r, baselineName: c },
      ...TYPES.flatMap((t) => {
        const s = score(pred, gold, t);
        const b = score(base, gold, t);
        return [
          { name: `F1 ${t}`, value: s.f1, baseline: b.f1, baselineName: c },
          { name: `precision ${t}`, value: s.p, baseline: b.p, baselineName: c },
          { name: `recall ${t}`, value: s.r, baseline: b.r, baselineName: c },
        ];
      }),
      { name: "F1 vs confidence≥0.5 gold", value: main.f1, baseline: basePrimary.f1, baselineName: c },
      { name: "precision vs confidence≥0.5 gold", value: main.p, baseline: basePrimary.p, baselineName: c },
      { name: "recall vs confidence≥0.5 gold", value: main.r, baseline: basePrimary.r, baselineName: c },
    ],
  };
  const dir = sharedPath("corpus", "ukraine-news");
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(join(dir, f), "utf8"));
  const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
  // One untimed pass so that every figure below is of JIT-compiled code, as in a long run.
  for (const t of texts) findEntities(prepare(t));
  for (const t of texts.slice(0, 50)) nlp(t).people();
  // Texts prepared afresh for the timed pass: the quote finder, which findEntities asks who
  // "I" is, keeps its parse with a prepared text, and a second pass would reuse it.
  const prepared = texts.map(prepare);
  const t1 = performance.now();
  let i = 0;
  const entitiesOnly = wordsPerSecond(texts, words, () => findEntities(prepared[i++] as never));
  const withPrepare = wordsPerSecond(texts, words, (t) => findEntities(prepare(t)));
  const compromise = wordsPerSecond(texts, words, (t) => {
    const d = nlp(t);
    d.people().out("array");
    d.places().out("array");
    d.organizations().out("array");
  });
  const speed: TaskResult = {
    task: "entities speed",
    dataset: "ukraine-news",
    items: texts.length,
    seconds: (performance.now() - t1) / 1000,
    metrics: [
      {
        name: "words/s (findEntities)",
        value: entitiesOnly,
        goal: 400_000,
        baseline: compromise,
        baselineName: c,
      },
      { name: "words/s (prepare+findEntities)", value: withPrepare, baseline: compromise, baselineName: c },
      { name: "gazetteer+lexicons load", value: load.ms, unit: "ms" },
      { name: "gazetteer+lexicons heap", value: load.mb, unit: "MB" },
    ],
  };
  return [accuracy, speed];
}

if (isMain(import.meta.url)) {
  const results = await run();
  printTable(results);
  console.log(`written to ${writeResults("entities", results)}`);
}
