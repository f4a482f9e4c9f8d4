import type { DateMention } from "../../domain/analysis.js";
import { NUMBER_WORDS } from "../text/number-words.js";
import { addDays } from "./calendar.js";
import {
  after,
  type ConflictUnit,
  type DocumentCounts,
  nthDay,
  nthPeriod,
  pickConflict,
} from "./conflicts.js";

const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  twentieth: 20,
  thirtieth: 30,
  fiftieth: 50,
  hundredth: 100,
  thousandth: 1000,
};

// "a month into", "day one of": the articles count as one, and whole hundreds for "day hundred".
const CARDINAL_WORDS: Readonly<Record<string, number>> = { ...NUMBER_WORDS, a: 1, an: 1, hundred: 100 };

// The war noun, after up to eight words that can only describe it (articles, possessives, a few
// adjectives, names): "the 28th day of Russian President Vladimir Putin's 'special military
// operation'". A bare "operation" is too common to count, and named past wars are not this one.
const WAR_WORDS =
  "the|this|that|its|their|his|her|a|an|latest|current|ongoing|full|brutal|unprovoked|illegal|armed|all-out|" +
  "large-scale|full-scale|full-size|renewed|new|so-called|russia-ukraine";
const WAR =
  String.raw`(?:(?:${WAR_WORDS}|['‘"“]?\p{Lu}[\p{L}'’-]*)\s+){0,8}?['‘"“]?` +
  String.raw`(?:(?:special\s+)?military\s+operation|special\s+operation|full[- ]scale\s+war|(?<!(?:world|patriotic|cold|civil)\s)war|invasion|conflict|aggression|hostilities)\b`;
const ORD = String.raw`(\d{1,4}(?:st|nd|rd|th)|${Object.keys(ORDINAL_WORDS).join("|")})`;
const CARD = String.raw`(\d{1,4}|${Object.keys(CARDINAL_WORDS).join("|")})`;
const UNIT = "(day|week|month|year)s?";
// "the first days of the war" is too vague for a date: ordinals take a singular unit
const ONE_UNIT = String.raw`(day|week|month|year)\b`;

const PATTERNS: { re: RegExp; kind: "nth" | "day-n" | "into" | "anniversary" }[] = [
  { re: new RegExp(String.raw`\b${ORD}\s+${ONE_UNIT}\s+of\s+${WAR}`, "giu"), kind: "nth" },
  { re: new RegExp(String.raw`\bday\s+${CARD}\s+of\s+${WAR}`, "giu"), kind: "day-n" },
  { re: new RegExp(String.raw`\b${CARD}\s+${UNIT}\s+into\s+${WAR}`, "giu"), kind: "into" },
  {
    re: new RegExp(String.raw`\b${CARD}[- ](year|month)\s+anniversary\s+of\s+${WAR}`, "giu"),
    kind: "anniversary",
  },
  { re: new RegExp(String.raw`\b${ORD}\s+anniversary\s+of\s+${WAR}`, "giu"), kind: "anniversary" },
];

function numberOf(word: string): number | null {
  const lower = word.toLowerCase();
  const digits = Number.parseInt(lower, 10);
  if (!Number.isNaN(digits)) return digits;
  return ORDINAL_WORDS[lower] ?? CARDINAL_WORDS[lower] ?? null;
}

function unitOf(word: string | undefined): ConflictUnit {
  const lower = (word ?? "day").toLowerCase();
  return lower === "week" || lower === "month" || lower === "year" ? lower : "day";
}

type Resolved = Pick<DateMention, "from" | "to" | "precision">;

function resolve(kind: string, m: RegExpExecArray, conflict: Parameters<typeof nthDay>[0]): Resolved | null {
  const n = numberOf(m[1] ?? "");
  if (n === null || n < 1) return null;
  if (kind === "day-n") return nthDay(conflict, n);
  if (kind === "anniversary") return after(conflict, m[2] === undefined ? "year" : unitOf(m[2]), n, true);
  const unit = unitOf(m[2]);
  if (kind === "into") return after(conflict, unit, n, false);
  return unit === "day" ? nthDay(conflict, n) : nthPeriod(conflict, unit, n);
}

export interface ConflictScan {
  text: string;
  /** Sentence bounds in `text`. */
  start: number;
  end: number;
  counts: DocumentCounts;
  publishedOn: string | null;
}

/** "the 28th day of the invasion", "day 48 of the war", "a month into the invasion", anniversaries. */
export function conflictDates(scan: ConflictScan): DateMention[] {
  const sentence = scan.text.slice(scan.start, scan.end);
  const out: DateMention[] = [];
  for (const { re, kind } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
      // a little context after the noun tells "the war in Gaza" from "the war in Ukraine"
      const phrase = sentence.slice(m.index, m.index + m[0].length + 30);
      const conflict = pickConflict({ phrase, sentence, counts: scan.counts, publishedOn: scan.publishedOn });
      const resolved = conflict === null ? null : resolve(kind, m, conflict);
      // a count far past publication belongs to another war; a coming anniversary is fine
      if (resolved === null || (scan.publishedOn !== null && resolved.from > addDays(scan.publishedOn, 31)))
        continue;
      const start = scan.start + m.index;
      out.push({ start, end: start + m[0].length, text: m[0], ...resolved, basis: "conflict-start" });
    }
  }
  return out;
}
