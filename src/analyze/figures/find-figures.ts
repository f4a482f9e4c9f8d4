import type { EntityMention, FigureMeasure, FigureMention, FigureQualifier } from "../../domain/analysis.js";
import type { Span } from "../../domain/span.js";
import type { PreparedText, Sentence } from "../text/prepare.js";
import { Shape } from "../text/tokens.js";
import { attributionCues, CLAUSE_BREAKS, nearestCue, sentenceHedges } from "./attribution.js";
import { readLeft, readRight } from "./context.js";
import { endsCount, isNonCount } from "./guards.js";
import { QUALIFIERS_BEFORE } from "./lexicon.js";
import { mayStartNumber, type NumberExpr, parseNumberAt, type TokenView } from "./numbers.js";

/*
 * Rule-based on purpose: casualty wording in news is formulaic, every figure must carry exact
 * spans and stated bounds, and no maintained library reads "more than 900" into 901..open.
 *
 * Readings chosen, so that figures from different sources compare:
 * - Bounds follow the words: "more than 900" → 901..open, "at least 12" → 12..open, "up to 300"
 *   → unknown..300 (low is null, not 0: nothing was said about a floor, and a 0 would drag
 *   sums down), "fewer than 20" → unknown..19, "between 10 and 15" and "10-15" → 10..15 with
 *   qualifier "exact" (the bounds are stated).
 * - "about", "around", "nearly", "almost", "some", "an estimated" → qualifier "about" with
 *   low = high = the stated number; the qualifier carries the vagueness.
 * - Plural quantity words are ranges [2u, 10u − 1]: dozens 24..119, hundreds 200..999,
 *   thousands 2,000..9,999, tens of thousands 20,000..99,999, millions 2..9.99 million;
 *   "several hundred" 300..900, "a few thousand" 2,000..9,000; "a dozen" is about 12.
 * - "casualties" means killed or injured (killed_or_injured), as in OHCHR civilian-harm
 *   reporting; military usage also counts the captured and missing, which news rarely means.
 * - Fleeing the country, abroad, across a border or to a country is "refugees"; fleeing home,
 *   a town or with no destination is "displaced", since refugee status needs a border crossed.
 * - "people", "persons", demonyms ("Ukrainians") and "women"/"men" are "unspecified": they may
 *   include soldiers. Groups mixing civilians and children are civilians; any other mix
 *   ("civilians and troops") is unspecified.
 * - "killing 6 civilians, including 2 women" gives two figures: the 2 are a subset of the 6
 *   (same measure, and the head's "civilians" when their own noun says less), never to be
 *   added to it.
 */

const SUBSET_CUES = new Set(["including", "among", "mostly", "mainly", "of"]);

interface Qualified {
  qualifier: FigureQualifier | null;
  start: number;
}

function qualifierBefore(view: TokenView, at: number, floor: number): Qualified {
  // "between 10 and 15": the word belongs to the stated range, which needs no qualifier
  if (view.lower[at - 1] === "between" && at - 1 >= floor) return { qualifier: null, start: at - 1 };
  for (const [words, qualifier] of QUALIFIERS_BEFORE) {
    const start = at - words.length;
    if (start < floor) continue;
    if (words.every((w, i) => view.lower[start + i] === w)) return { qualifier, start };
  }
  return { qualifier: null, start: at };
}

/** "10 or more", "900-plus": an open upper end stated after the number. */
function openAfter(view: TokenView, end: number): number {
  const { lower } = view;
  if (lower[end] === "or" && lower[end + 1] === "more") return end + 2;
  if (lower[end] === "plus" || lower[end] === "+") return end + 1;
  if (lower[end] === "-" && lower[end + 1] === "plus") return end + 2;
  return end;
}

function bounds(expr: NumberExpr, qualifier: FigureQualifier): { low: number | null; high: number | null } {
  switch (qualifier) {
    // "more than 900" → 901; "more than hundreds" keeps the range's floor
    case "more_than":
      return { low: expr.low === expr.high ? expr.high + 1 : expr.low, high: null };
    case "at_least":
      return { low: expr.low, high: null };
    case "up_to":
      return { low: null, high: expr.high };
    case "less_than":
      return { low: null, high: expr.low === expr.high ? expr.low - 1 : expr.high };
    default:
      return { low: expr.low, high: expr.high };
  }
}

function spanOf(view: TokenView, text: string, from: number, to: number): Span {
  const start = view.tokens[from]?.start ?? 0;
  const end = view.tokens[to - 1]?.end ?? start;
  return { start, end, text: text.slice(start, end) };
}

interface Draft {
  figure: FigureMention;
  at: number;
}

/** What reading one sentence needs. */
interface Scan {
  view: TokenView;
  doc: PreparedText;
  s: Sentence;
  entities: EntityMention[];
}

interface Attempt {
  figure: FigureMention | null;
  /** People counted with no measure yet ("Three women and two children were killed"): where they end. */
  peopleEnd: number | null;
}

/** Reads the figure at `expr`; `shared` is the measure of a figure it is coordinated with. */
function readFigure(scan: Scan, expr: NumberExpr, prior: Draft | undefined, shared?: FigureMeasure): Attempt {
  const { view, doc, s, entities } = scan;
  const qual = qualifierBefore(view, expr.start, s.firstToken);
  const after = openAfter(view, expr.end);
  const qualifier: FigureQualifier =
    after > expr.end ? "at_least" : (qual.qualifier ?? (expr.vague ? "about" : "exact"));
  const right = readRight(view, after, s.endToken, entities);
  const left = right.measure === null ? readLeft(view, qual.start - 1, s.firstToken, entities) : null;
  let measure = right.measure ?? left?.measure ?? shared ?? null;
  let who = right.who ?? left?.who ?? null;
  const cue = view.lower[qual.start - 1] ?? "";
  // "6 civilians, including 2 women": a subset of the figure before it, same measure
  if (measure === null && prior !== undefined && right.noun && SUBSET_CUES.has(cue)) {
    measure = prior.figure.measure;
    if (who === null || who === "unspecified") who = prior.figure.who;
  }
  if (measure === null) return { figure: null, peopleEnd: right.noun ? right.end : null };
  if (right.measure === null && !right.noun && !endsCount(view, after, s.endToken)) {
    return { figure: null, peopleEnd: null };
  }
  // "five killed and 18 injured": the second count shares the first one's people
  if (who === null && prior !== undefined && (cue === "and" || cue === ",") && prior.at >= qual.start - 8) {
    who = prior.figure.who;
  }
  const from = Math.min(qual.start, left?.start ?? qual.start);
  const to = Math.max(after, right.end, left?.end ?? 0);
  const figure: FigureMention = {
    ...spanOf(view, doc.text, from, to),
    measure,
    who: who ?? "unspecified",
    qualifier,
    ...bounds(expr, qualifier),
    value: spanOf(view, doc.text, qual.start, after),
    attributedTo: null,
    hedges: [],
  };
  return { figure, peopleEnd: null };
}

function sentenceFigures(scan: Scan): Draft[] {
  const { view, s } = scan;
  const drafts: Draft[] = [];
  let pending: { expr: NumberExpr; end: number } | null = null;
  for (let i = s.firstToken; i < s.endToken; i++) {
    const tok = view.tokens[i];
    if (tok === undefined || (tok.shape !== Shape.Number && !mayStartNumber(view.lower[i] ?? ""))) continue;
    const expr = parseNumberAt(view, i, s.endToken);
    if (expr === null) continue;
    i = expr.end - 1;
    if (isNonCount(view, expr, s.firstToken)) continue;
    const attempt = readFigure(scan, expr, drafts.at(-1));
    const figure = attempt.figure;
    if (figure === null) {
      pending = attempt.peopleEnd === null ? null : { expr, end: attempt.peopleEnd };
      continue;
    }
    // "Three women and two children were killed": the first group shares the second's measure
    const joiner = view.lower[pending?.end ?? -1];
    if (pending !== null && (joiner === "and" || joiner === ",") && pending.end + 1 === expr.start) {
      const earlier = readFigure(scan, pending.expr, drafts.at(-1), figure.measure).figure;
      if (earlier !== null) drafts.push({ figure: earlier, at: pending.expr.start });
    }
    pending = null;
    drafts.push({ figure, at: expr.start });
  }
  return drafts;
}

function breaksIn(view: TokenView, s: Sentence): number[] {
  const out: number[] = [];
  for (let k = s.firstToken; k < s.endToken; k++) {
    if (CLAUSE_BREAKS.has(view.lower[k] ?? "")) out.push(view.tokens[k]?.start ?? 0);
  }
  return out;
}

function sameClause(breaks: number[], a: number, b: number): boolean {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  return !breaks.some((x) => x > lo && x < hi);
}

/** Adds attribution and hedges to the figures of one sentence; `next` is the following sentence. */
function annotate(scan: Scan, drafts: Draft[], next: Sentence | undefined, nextHasFigures: boolean): void {
  const { view, doc, s, entities } = scan;
  const cues = attributionCues(view, doc.text, s, entities);
  const hedges = sentenceHedges(doc.text, s);
  const breaks = breaksIn(view, s);
  // "However, it's feared the actual number could be far higher." speaks of the figures before it
  const carried = next !== undefined && !nextHasFigures ? sentenceHedges(doc.text, next) : null;
  const fromNext = carried !== null && carried.higher.length > 0 ? [...carried.local, ...carried.higher] : [];
  for (const d of drafts) {
    const f = d.figure;
    f.attributedTo = nearestCue(view, cues, d.at);
    const local = hedges.local.filter((h) => sameClause(breaks, h.start, f.start));
    f.hedges = [...local, ...hedges.higher, ...fromNext].sort((a, b) => a.start - b.start);
  }
}

/** Casualty, displacement and detention counts stated in the text, with bounds, attribution and hedges. */
export function findFigures(doc: PreparedText, entities: EntityMention[]): FigureMention[] {
  const view: TokenView = { tokens: doc.tokens, lower: doc.tokens.map((t) => t.text.toLowerCase()) };
  const perSentence = doc.sentences.map((s) => sentenceFigures({ view, doc, s, entities }));
  const out: FigureMention[] = [];
  doc.sentences.forEach((s, n) => {
    const drafts = perSentence[n] ?? [];
    if (drafts.length === 0) return;
    const next = doc.sentences[n + 1];
    const nextSame = next !== undefined && next.paragraph === s.paragraph ? next : undefined;
    annotate({ view, doc, s, entities }, drafts, nextSame, (perSentence[n + 1]?.length ?? 0) > 0);
    for (const d of drafts) out.push(d.figure);
  });
  return out;
}
