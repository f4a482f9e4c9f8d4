import type { DateMention } from "../../domain/analysis.js";
import { addDays, addMonths } from "./calendar.js";

/** A war whose start reports count from ("the 28th day of the invasion"). */
export interface Conflict {
  id: string;
  /** Day 1 of the conflict, ISO. */
  start: string;
  /** Lower-case words that point to this conflict. */
  keywords: string[];
  /**
   * True for conflicts that reports only count from when they name them in the phrase itself
   * ("day 40 of the annexation of Crimea"); a bare "day 40 of the war" in a Ukraine story means
   * the full-scale invasion.
   */
  namedOnly: boolean;
}

export const CONFLICTS: Conflict[] = [
  {
    id: "russia-ukraine-2022",
    start: "2022-02-24",
    keywords: [
      "russia",
      "russian",
      "russia's",
      "russia’s",
      "ukraine",
      "ukrainian",
      "ukraine's",
      "ukraine’s",
    ].concat(["putin", "putin's", "putin’s", "kremlin", "moscow", "kyiv", "kiev", "full-scale", "full-size"]),
    namedOnly: false,
  },
  // Ukraine dates the start of Crimea's occupation to 20 February 2014.
  { id: "crimea-2014", start: "2014-02-20", keywords: ["crimea", "crimean", "annexation"], namedOnly: true },
  { id: "donbas-2014", start: "2014-04-06", keywords: ["donbas", "donbass"], namedOnly: true },
  {
    id: "israel-hamas-2023",
    start: "2023-10-07",
    keywords: ["israel", "israeli", "israel's", "hamas", "gaza", "idf", "palestinian"],
    namedOnly: false,
  },
  {
    id: "sudan-2023",
    start: "2023-04-15",
    keywords: ["sudan", "sudanese", "rsf", "khartoum", "darfur"],
    namedOnly: false,
  },
  {
    id: "tigray-2020",
    start: "2020-11-04",
    keywords: ["tigray", "tigrayan", "ethiopia", "ethiopian", "tplf"],
    namedOnly: false,
  },
  { id: "syria-2011", start: "2011-03-15", keywords: ["syria", "syrian", "assad"], namedOnly: false },
];

const WORD = /[\p{L}'’-]+/gu;

function hits(conflict: Conflict, words: string[]): number {
  let n = 0;
  for (const w of words) if (conflict.keywords.includes(w)) n++;
  return n;
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Keyword counts over the whole document, computed once and only when a phrase needs them. */
export type DocumentCounts = () => Map<string, number>;

export function documentCounts(text: string): DocumentCounts {
  let counts: Map<string, number> | null = null;
  return () => {
    if (counts === null) {
      const words = wordsOf(text);
      counts = new Map(CONFLICTS.map((c) => [c.id, hits(c, words)]));
    }
    return counts;
  };
}

export interface ConflictChoice {
  phrase: string;
  sentence: string;
  counts: DocumentCounts;
  /** Publication day; conflicts that had not started by then are excluded. */
  publishedOn: string | null;
}

function only(conflicts: Conflict[]): Conflict | null {
  return conflicts.length === 1 ? (conflicts[0] ?? null) : null;
}

/**
 * The conflict a phrase counts from: the one it names, else the one its sentence names, else
 * the one that clearly dominates the document; null when that stays ambiguous.
 */
export function pickConflict(choice: ConflictChoice): Conflict | null {
  const candidates = CONFLICTS.filter((c) => choice.publishedOn === null || c.start <= choice.publishedOn);
  const phraseWords = wordsOf(choice.phrase);
  const named = candidates.filter((c) => hits(c, phraseWords) > 0);
  const namedSpecific = named.filter((c) => c.namedOnly);
  if (namedSpecific.length > 0) return only(namedSpecific);
  if (named.length > 0) return only(named);
  const general = candidates.filter((c) => !c.namedOnly);
  const sentenceWords = wordsOf(choice.sentence);
  const inSentence = general.filter((c) => hits(c, sentenceWords) > 0);
  if (inSentence.length > 0) return only(inSentence);
  const counts = choice.counts();
  const ranked = general
    .map((c) => ({ c, n: counts.get(c.id) ?? 0 }))
    .filter((r) => r.n > 0)
    .sort((a, b) => b.n - a.n);
  const [first, second] = ranked;
  if (first === undefined) return null;
  return second === undefined || first.n >= 3 * second.n ? first.c : null;
}

export type ConflictUnit = "day" | "week" | "month" | "year";

/** How far the vague "N months into the war" may be from the exact count, in days either side. */
const INTO_TOLERANCE: Record<ConflictUnit, number> = { day: 0, week: 2, month: 7, year: 30 };

function shift(start: string, unit: ConflictUnit, n: number): string {
  if (unit === "day") return addDays(start, n);
  if (unit === "week") return addDays(start, 7 * n);
  return addMonths(start, unit === "year" ? 12 * n : n);
}

type Resolved = Pick<DateMention, "from" | "to" | "precision">;

/** "the 28th day of": day 1 is the start, so day N is N − 1 days later. */
export function nthDay(conflict: Conflict, n: number): Resolved {
  const day = addDays(conflict.start, n - 1);
  return { from: day, to: day, precision: "day" };
}

/** "the second week of the war": the Nth stretch of that length from the start. */
export function nthPeriod(conflict: Conflict, unit: Exclude<ConflictUnit, "day">, n: number): Resolved {
  const from = shift(conflict.start, unit, n - 1);
  return { from, to: addDays(shift(conflict.start, unit, n), -1), precision: "range" };
}

/** "a month into the invasion", "the one-year anniversary": N units after the start. */
export function after(conflict: Conflict, unit: ConflictUnit, n: number, exact: boolean): Resolved {
  const at = shift(conflict.start, unit, n);
  const slack = exact ? 0 : INTO_TOLERANCE[unit];
  if (slack === 0) return { from: at, to: at, precision: "day" };
  return { from: addDays(at, -slack), to: addDays(at, slack), precision: "range" };
}
