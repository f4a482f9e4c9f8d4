/**
 * One measurement, run by scale.ts in a fresh process (`--expose-gc`) so that memory
 * figures are not polluted by earlier sizes: `tsx child.ts syndication <items>` or
 * `tsx child.ts merge <items> [days]`.
 * Prints one JSON object.
 */
import { createHash } from "node:crypto";
import { IncidentIndex, type MentionRecord, mergeAll } from "../../src/investigate/merge/index.js";
import {
  estimateJaccard,
  type Signature,
  SyndicationIndex,
  signature,
} from "../../src/investigate/syndication/index.js";
import { generateMentions } from "./gen-mentions.js";
import { generateTexts } from "./gen-texts.js";
import { measure } from "./measure.js";
import { pairScores } from "./random.js";

/** Largest size at which the all-pairs baselines are run: beyond it they take minutes. */
export const PAIRWISE_MAX = 10_000;

function exactKey(text: string): string {
  const normal = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return createHash("sha1").update(normal).digest("base64");
}

function groupTexts(texts: { id: string; text: string }[]): {
  index: SyndicationIndex;
  sigs: Signature[];
  signMs: number;
} {
  const index = new SyndicationIndex();
  const sigs: Signature[] = [];
  let signMs = 0;
  for (const item of texts) {
    const t0 = performance.now();
    const sig = signature(item.text);
    signMs += performance.now() - t0;
    index.add(item.id, sig);
    sigs.push(sig);
  }
  return { index, sigs, signMs };
}

/** Items run once, unmeasured, before each measurement: sizes are compared at steady JIT state. */
const WARM_UP = 500;

function syndication(n: number): Record<string, number> {
  groupTexts([...generateTexts(WARM_UP, 99)]);
  const items = [...generateTexts(n)];
  const run = measure(() => groupTexts(items));
  const groupOf = items.map((x) => run.value.index.groupOf(x.id) ?? x.id);
  const ours = pairScores(
    groupOf,
    items.map((x) => x.truth),
  );
  const recallOf = (kind: string): number => {
    const of = items.flatMap((x, i) => (x.kind === kind ? [i] : []));
    const idx = new Map(items.map((x, i) => [x.id, i]));
    return (
      of.filter((i) => groupOf[i] === groupOf[idx.get(items[i]?.truth ?? "") ?? -1]).length /
      Math.max(1, of.length)
    );
  };
  const groupSize = new Map<string, number>();
  for (const g of groupOf) groupSize.set(g, (groupSize.get(g) ?? 0) + 1);
  const quoting = groupOf.filter((_, i) => items[i]?.kind === "quoting");
  const wronglyGrouped = quoting.filter((g) => (groupSize.get(g) ?? 0) > 1).length;
  const base = measure(() => items.map((x) => exactKey(x.text)));
  const baseline = pairScores(
    base.value,
    items.map((x) => x.truth),
  );
  const pairwise = n <= PAIRWISE_MAX ? allPairs(run.value.sigs) : Number.NaN;
  return {
    ms: run.ms,
    signMs: run.value.signMs,
    peakRssMB: run.peakRssMB,
    heapMB: run.heapMB,
    precision: ours.precision,
    recall: ours.recall,
    copyRecall: recallOf("copy"),
    embeddedRecall: recallOf("embedded"),
    quotingGrouped: wronglyGrouped / Math.max(1, quoting.length),
    baselineMs: base.ms,
    baselinePrecision: baseline.precision,
    baselineRecall: baseline.recall,
    pairwiseMs: pairwise,
  };
}

/** The quadratic baseline: every pair's similarity, no LSH; returns milliseconds. */
function allPairs(sigs: Signature[]): number {
  return measure(() => {
    let near = 0;
    for (let i = 0; i < sigs.length; i++)
      for (let j = 0; j < i; j++)
        if (estimateJaccard(sigs[i] as Signature, sigs[j] as Signature) >= 0.5) near++;
    return near;
  }).ms;
}

function exactIncidentKey(r: MentionRecord): string {
  const m = r.mention;
  if (m.place === null || m.date === null) return `alone:${r.mentionId}`;
  return `${m.place.ref?.gazetteerId ?? m.place.name}|${m.date.from}|${m.eventType}`;
}

function ingest(records: MentionRecord[]): IncidentIndex {
  const index = new IncidentIndex();
  for (const r of records) index.add(r);
  return index;
}

function byArrival(a: { record: MentionRecord }, b: { record: MentionRecord }): number {
  return (a.record.publishedAt ?? "").localeCompare(b.record.publishedAt ?? "");
}

function merge(n: number, days: number): Record<string, number> {
  const warm = generateMentions(WARM_UP, { seed: 99, days });
  ingest(warm.map((x) => x.record));
  mergeAll(warm.map((x) => x.record));
  const items = generateMentions(n, { days });
  const arrival = [...items].sort(byArrival).map((x) => x.record);
  const run = measure(() => ingest(arrival));
  const truth = items.map((x) => x.truth);
  const ours = pairScores(
    items.map((x) => run.value.incidentOf(x.record.mentionId) ?? ""),
    truth,
  );
  const batch = measure(() => mergeAll(items.map((x) => x.record)));
  const batchOf = new Map<string, string>();
  for (const inc of batch.value.incidents) for (const id of inc.mentionIds) batchOf.set(id, inc.id);
  const batchScores = pairScores(
    items.map((x) => batchOf.get(x.record.mentionId) ?? ""),
    truth,
  );
  const base = measure(() => items.map((x) => exactIncidentKey(x.record)));
  const baseline = pairScores(base.value, truth);
  return {
    ms: run.ms,
    peakRssMB: run.peakRssMB,
    heapMB: run.heapMB,
    incidents: run.value.size,
    trueIncidents: new Set(truth).size,
    precision: ours.precision,
    recall: ours.recall,
    batchMs: batch.ms,
    batchPrecision: batchScores.precision,
    batchRecall: batchScores.recall,
    baselineMs: base.ms,
    baselinePrecision: baseline.precision,
    baselineRecall: baseline.recall,
    sharedTownDay: sharedTownDay(items.map((x) => ({ r: x.record, truth: x.truth }))),
  };
}

/** Share of true incidents that share their town and day with another: merging's blind spot. */
function sharedTownDay(items: { r: MentionRecord; truth: string }[]): number {
  const cells = new Map<string, Set<string>>();
  for (const { r, truth } of items) {
    const ref = r.mention.place?.ref;
    if (ref?.precision !== "settlement" || r.mention.date?.precision !== "day") continue;
    const key = `${ref.gazetteerId}|${r.mention.date.from}`;
    cells.set(key, (cells.get(key) ?? new Set()).add(truth));
  }
  let shared = 0;
  let total = 0;
  for (const s of cells.values()) {
    total += s.size;
    if (s.size > 1) shared += s.size;
  }
  return total === 0 ? 0 : shared / total;
}

const [task, size, span] = process.argv.slice(2);
const n = Number(size);
const days = Number(span ?? 730);
if (!Number.isInteger(n) || !Number.isInteger(days) || (task !== "syndication" && task !== "merge")) {
  console.error("usage: tsx child.ts syndication <items> | merge <items> [days]");
  process.exit(2);
}
console.log(JSON.stringify(task === "syndication" ? syndication(n) : merge(n, days)));
