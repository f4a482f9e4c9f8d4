/**
 * Quotation accuracy on PolNeAR (eval/quotes-polnear) and speed on the Ukraine news corpus,
 * each beside a naive baseline measured in the same run. Metric: ../shared/README.md.
 *
 * PolNeAR groups an attribution's content in several fragments (a quote interrupted by
 * "he said", a quote continued over paragraphs); our mentions are contiguous, so the
 * mentions that share a cue, and continuation paragraphs, are grouped into one predicted
 * item before matching.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findEntities } from "../../src/analyze/entities/index.js";
import { findQuotes } from "../../src/analyze/quotes/index.js";
import { type PreparedText, prepare } from "../../src/analyze/text/prepare.js";
import { Shape } from "../../src/analyze/text/tokens.js";
import type { EntityMention, QuoteMention } from "../../src/domain/analysis.js";
import type { Range } from "../../src/domain/document.js";
import { sharedPath, sharedSkip } from "../../src/testing/shared.js";
import { isMain } from "../lib/main.js";
import { type Metric, printTable, type TaskResult, writeResults } from "../lib/report.js";

interface GoldItem {
  content: Range[];
  /** Null for PolNeAR's "Attribution-no-source". */
  source: Range[] | null;
}

interface PredItem {
  content: Range[];
  speaker: { start: number; end: number; name: string } | null;
}

interface AnnotatedDoc {
  text: string;
  gold: GoldItem[];
}

/** brat counts code points; JavaScript strings index UTF-16 units, which differ past U+FFFF. */
function codePointToUtf16(text: string): (cp: number) => number {
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[cp] ?? u;
}

function parseAnn(ann: string, text: string): GoldItem[] {
  const toUtf16 = codePointToUtf16(text);
  const spans = new Map<string, Range[]>();
  const relations: Map<string, string>[] = [];
  for (const line of ann.split("\n")) {
    const t = /^(T\d+)\t\S+ ([\d ;]+)\t/.exec(line);
    if (t?.[1] && t[2]) {
      const frags = t[2].split(";").map((f) => {
        const [a, b] = f.trim().split(" ").map(Number);
        return { start: toUtf16(a ?? 0), end: toUtf16(b ?? 0) };
      });
      spans.set(t[1], frags);
    } else if (/^E\d+\t/.test(line)) {
      const roles = new Map<string, string>();
      for (const arg of (line.split("\t")[1] ?? "").split(" ")) {
        const [role, id] = arg.split(":");
        if (role && id) roles.set(role, id);
      }
      relations.push(roles);
    }
  }
  const gold: GoldItem[] = [];
  for (const roles of relations) {
    const content = [
      ...(spans.get(roles.get("Content") ?? "") ?? []),
      ...(spans.get(roles.get("Content2") ?? "") ?? []),
    ];
    // A relation without any content span (a handful of annotation slips) cannot be matched by anything.
    if (content.length === 0) continue;
    gold.push({ content, source: spans.get(roles.get("Source") ?? "") ?? null });
  }
  return gold;
}

function loadSplit(split: string): AnnotatedDoc[] {
  const dir = sharedPath("eval/quotes-polnear", split);
  const docs: AnnotatedDoc[] = [];
  // Some texts were annotated by several people; each annotation file is scored on its own.
  for (const file of readdirSync(join(dir, "attributions")).sort()) {
    if (!file.endsWith(".ann")) continue;
    const base = file.replace(/_[0-9a-f]+\.ann$/, "");
    const text = readFileSync(join(dir, "text", `${base}.txt`), "utf8");
    docs.push({ text, gold: parseAnn(readFileSync(join(dir, "attributions", file), "utf8"), text) });
  }
  return docs;
}

/** Mentions sharing a cue, and continuation paragraphs, form one attribution. */
function groupMentions(quotes: QuoteMention[]): PredItem[] {
  const items: PredItem[] = [];
  const byCue = new Map<string, PredItem>();
  let last: PredItem | undefined;
  for (const q of quotes) {
    const key = q.cue ? `${q.cue.start}:${q.cue.end}` : "";
    const joinTo = key ? byCue.get(key) : q.speaker?.resolvedBy === "continuation" ? last : undefined;
    if (joinTo) {
      joinTo.content.push({ start: q.start, end: q.end });
      last = joinTo;
      continue;
    }
    const item: PredItem = { content: [{ start: q.start, end: q.end }], speaker: q.speaker };
    items.push(item);
    if (key) byCue.set(key, item);
    last = item;
  }
  return items;
}

function length(frags: Range[]): number {
  return frags.reduce((n, f) => n + f.end - f.start, 0);
}

function overlap(a: Range[], b: Range[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

/** Last capitalised word, lower-cased: enough to tell "Trump" and "Donald J. Trump" are one person. */
function surname(phrase: string): string | null {
  const words = phrase.split(/\s+/).filter((w) => NAME_WORD.test(w));
  const last = words.at(-1);
  return last ? last.replace(/['’]s$/, "").toLowerCase() : null;
}

function speakerCorrect(text: string, pred: PredItem, gold: GoldItem): boolean {
  // a relation annotated without a source is matched by a quote reported without a speaker
  if (gold.source === null) return pred.speaker === null;
  if (pred.speaker === null) return false;
  if (overlap([pred.speaker], gold.source) > 0) return true;
  const goldName = surname(gold.source.map((f) => text.slice(f.start, f.end)).join(" "));
  return goldName !== null && goldName === surname(pred.speaker.name);
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  speakerOk: number;
}

/** One-to-one matching, best overlap first. */
function score(text: string, preds: PredItem[], gold: GoldItem[], into: Counts): void {
  const pairs: { p: number; g: number; ratio: number }[] = [];
  preds.forEach((p, pi) => {
    gold.forEach((g, gi) => {
      const o = overlap(p.content, g.content);
      const shorter = Math.min(length(p.content), length(g.content));
      if (o > 0 && o >= shorter / 2)
        pairs.push({ p: pi, g: gi, ratio: o / Math.max(length(p.content), length(g.content)) });
    });
  });
  pairs.sort((a, b) => b.ratio - a.ratio);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  for (const { p, g } of pairs) {
    if (usedP.has(p) || usedG.has(g)) continue;
    usedP.add(p);
    usedG.add(g);
    if (speakerCorrect(text, preds[p] as PredItem, gold[g] as GoldItem)) into.speakerOk++;
  }
  into.tp += usedP.size;
  into.fp += preds.length - usedP.size;
  into.fn += gold.length - usedG.size;
}

const QUOTED = /[“"]([^“”"\n]+)[”"]/g;

/** The naive baseline: every double-quoted string, speaker = nearest preceding capitalised word. */
function naiveQuotes(doc: PreparedText): PredItem[] {
  const out: PredItem[] = [];
  let t = 0;
  let speaker: PredItem["speaker"] = null;
  for (const m of doc.text.matchAll(QUOTED)) {
    for (; t < doc.tokens.length && (doc.tokens[t]?.end ?? 0) <= m.index; t++) {
      const tok = doc.tokens[t];
      if (tok?.shape === Shape.Capitalized) speaker = { start: tok.start, end: tok.end, name: tok.text };
    }
    const start = m.index + 1;
    out.push({ content: [{ start, end: start + (m[1]?.length ?? 0) }], speaker });
  }
  return out;
}

/** Goals hold for the measured split only; the development split is studied, not judged. */
function accuracyMetrics(docs: AnnotatedDoc[], measured: boolean): Metric[] {
  const ours: Counts = { tp: 0, fp: 0, fn: 0, speakerOk: 0 };
  const naive: Counts = { tp: 0, fp: 0, fn: 0, speakerOk: 0 };
  for (const d of docs) {
    const prepared = prepare(d.text);
    score(d.text, groupMentions(findQuotes(prepared, findEntities(prepared))), d.gold, ours);
    score(d.text, naiveQuotes(prepared), d.gold, naive);
  }
  const f = (c: Counts) => {
    const p = c.tp / Math.max(1, c.tp + c.fp);
    const r = c.tp / Math.max(1, c.tp + c.fn);
    const e2eP = c.speakerOk / Math.max(1, c.tp + c.fp);
    const e2eR = c.speakerOk / Math.max(1, c.tp + c.fn);
    return {
      p,
      r,
      f1: p + r === 0 ? 0 : (2 * p * r) / (p + r),
      speaker: c.speakerOk / Math.max(1, c.tp),
      e2e: e2eP + e2eR === 0 ? 0 : (2 * e2eP * e2eR) / (e2eP + e2eR),
    };
  };
  const a = f(ours);
  const b = f(naive);
  const base = { baselineName: "naive" };
  return [
    { name: "content precision", value: a.p, baseline: b.p, ...base },
    { name: "content recall", value: a.r, baseline: b.r, ...base },
    { name: "content F1", value: a.f1, baseline: b.f1, ...base, ...(measured ? { goal: 0.75 } : {}) },
    {
      name: "speaker accuracy",
      value: a.speaker,
      baseline: b.speaker,
      ...base,
      ...(measured ? { goal: 0.85 } : {}),
    },
    { name: "end-to-end F1", value: a.e2e, baseline: b.e2e, ...base },
  ];
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}

const ROUNDS = 3;

function wordsPerSecond(rounds: Prepared[][], words: number, fn: (d: Prepared) => unknown): number {
  const t0 = performance.now();
  for (const docs of rounds) for (const d of docs) fn(d);
  return (rounds.length * words) / ((performance.now() - t0) / 1000);
}

/** A text prepared and its entities found, so that only the quote finder is timed. */
interface Prepared {
  doc: PreparedText;
  entities: EntityMention[];
}

/**
 * Each text prepared afresh, with the entities found on another preparation of it: the
 * quote finder keeps its parse with a prepared text (see src/analyze/quotes/parse.ts), and
 * the entity module has already asked it for quotations, so timing it on the texts the
 * entities were found on would time a second, cheaper pass.
 */
function fresh(texts: string[], entities: EntityMention[][]): Prepared[] {
  return texts.map((t, i) => ({ doc: prepare(t), entities: entities[i] ?? [] }));
}

function speedResult(): TaskResult {
  const dir = sharedPath("corpus/ukraine-news");
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(join(dir, f), "utf8"));
  const t0 = performance.now();
  const entities = texts.map((t) => findEntities(prepare(t)));
  const words = texts.reduce((n, t) => n + countWords(t), 0);
  // warm-up, so both figures are for optimised code
  for (const d of fresh(texts, entities)) findQuotes(d.doc, d.entities);
  const rounds = Array.from({ length: ROUNDS }, () => fresh(texts, entities));
  const ours = wordsPerSecond(rounds, words, (d) => findQuotes(d.doc, d.entities));
  const naive = wordsPerSecond(rounds, words, (d) => naiveQuotes(d.doc));
  return {
    task: "quotes speed (text prepared and entities found beforehand, one core)",
    dataset: "corpus/ukraine-news",
    items: texts.length,
    seconds: (performance.now() - t0) / 1000,
    metrics: [
      { name: "words/s", value: ours, goal: 500_000, baseline: naive, baselineName: "naive", unit: "w/s" },
    ],
  };
}

export async function run(): Promise<TaskResult[]> {
  const results: TaskResult[] = [];
  if (sharedSkip("eval/quotes-polnear") === false) {
    for (const split of ["dev", "train"]) {
      const t0 = performance.now();
      const docs = loadSplit(split);
      results.push({
        task: `quotes ${split === "dev" ? "(measured split)" : "(development split)"}`,
        dataset: `quotes-polnear/${split}`,
        items: docs.reduce((n, d) => n + d.gold.length, 0),
        seconds: (performance.now() - t0) / 1000,
        metrics: accuracyMetrics(docs, split === "dev"),
      });
    }
  }
  if (sharedSkip("corpus/ukraine-news") === false) results.push(speedResult());
  return results;
}

if (isMain(import.meta.url)) {
  const results = await run();
  printTable(results);
  console.log(`wrote ${writeResults("quotes", results)}`);
}
