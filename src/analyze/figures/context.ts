import type { EntityMention, FigureMeasure, FigureWho } from "../../domain/analysis.js";
import { Shape } from "../text/tokens.js";
import {
  AUX_CHAIN,
  MEASURE_NOMINALS,
  MEASURE_NOUNS,
  MEASURE_PARTICIPLES,
  MEASURE_VERBS,
  PASSIVE_AUX,
  PHRASE_PREPS,
  TOLL_LINKS,
  WHO_ADJECTIVES,
  WHO_NOUNS,
} from "./lexicon.js";
import { measureAt, opensObject } from "./measure.js";
import type { TokenView } from "./numbers.js";
import { readPeople } from "./people.js";

/** What the words beside a number say it counts; `[start, end)` are the tokens used. */
export interface Reading {
  measure: FigureMeasure | null;
  who: FigureWho | null;
  /** A person noun was read, so the number is a head count even without a measure. */
  noun: boolean;
  start: number;
  end: number;
}

const PARENTHETICAL_OPENERS = new Set([
  "including",
  "among",
  "mostly",
  "mainly",
  "many",
  "most",
  "all",
  "both",
]);
const PP_OPENERS = new Set(["in", "from", "of", "on", "at", "across", "inside", "near", "aboard"]);

/** Skips ", including three children," or "(...)"; returns `k` itself when there is none. */
function skipParenthetical(view: TokenView, k: number, limit: number): number {
  const { lower } = view;
  if (lower[k] === "(") {
    for (let j = k + 1; j < limit && j < k + 16; j++) if (lower[j] === ")") return j + 1;
    return k;
  }
  if (lower[k] !== "," || !PARENTHETICAL_OPENERS.has(lower[k + 1] ?? "")) return k;
  // ", including women, children and the elderly, were killed": the aside ends at the comma
  // that the verb group follows
  for (let j = k + 2; j < limit && j < k + 16; j++) {
    const next = lower[j + 1] ?? "";
    if (lower[j] === "," && (AUX_CHAIN.has(next) || MEASURE_PARTICIPLES.has(next))) return j + 1;
  }
  return k;
}

/** Skips a short place or group phrase ("in the village", "of Kharkiv") before the verb. */
function skipPhrase(view: TokenView, k: number, limit: number): number {
  const { lower, tokens } = view;
  if (!PP_OPENERS.has(lower[k] ?? "")) return k;
  for (let j = k + 1; j < limit && j <= k + 5; j++) {
    const w = lower[j] ?? "";
    if (AUX_CHAIN.has(w) && w !== "to" && w !== "as") return j;
    if (tokens[j]?.shape === Shape.Punct || tokens[j]?.shape === Shape.Number) return k;
  }
  return k;
}

/** "three Russian bodies" are institutions; dead bodies are not named by nationality. */
function namedBefore(view: TokenView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (view.tokens[k]?.shape === Shape.Capitalized) return true;
  return false;
}

/** Reads what follows a number: people, then an optional aside, auxiliaries and the measure. */
export function readRight(view: TokenView, from: number, limit: number, entities: EntityMention[]): Reading {
  const { lower } = view;
  const group = readPeople(view, from, limit);
  const base = { who: group.who, noun: group.noun, start: from };
  const noun = MEASURE_NOUNS.get(lower[group.end] ?? "");
  if (noun !== undefined && !(lower[group.end] === "bodies" && namedBefore(view, from, group.end))) {
    return { ...base, measure: noun, end: group.end + 1 };
  }
  let j = group.end;
  if (group.noun && group.measure !== null) return { ...base, measure: group.measure, end: j };
  let passive = false;
  let steps = 0;
  for (; j < limit && steps < 10; steps++) {
    const measure = measureAt(view, j, limit, entities);
    if (measure !== null) {
      const active = measure.transitive && !passive && opensObject(view, measure.end);
      if (active) break;
      return { ...base, measure: measure.measure, end: measure.end };
    }
    const w = lower[j] ?? "";
    let next = skipParenthetical(view, j, limit);
    if (next === j && group.noun && j === group.end) next = skipPhrase(view, j, limit);
    if (next === j && AUX_CHAIN.has(w)) {
      passive ||= PASSIVE_AUX.has(w);
      next = j + 1;
    }
    if (next === j) break;
    j = next;
  }
  return { ...base, measure: null, end: group.end };
}

function tollMeasure(view: TokenView, anchor: number): FigureMeasure | null {
  const { lower } = view;
  const w = lower[anchor] ?? "";
  if (w === "toll") return lower[anchor - 1] === "casualty" ? "killed_or_injured" : "killed";
  return MEASURE_NOUNS.get(w) ?? null;
}

function whoBefore(view: TokenView, anchor: number): FigureWho | null {
  const { lower } = view;
  for (let k = anchor - 1; k >= anchor - 2; k--) {
    const who = WHO_ADJECTIVES.get(lower[k] ?? "");
    if (who !== undefined) return who;
  }
  return null;
}

/** "the number of people killed", "the number of refugees": reads after "number of". */
function numberOf(view: TokenView, anchor: number, limit: number, entities: EntityMention[]): Reading | null {
  if (view.lower[anchor + 1] !== "of") return null;
  const group = readPeople(view, anchor + 1, limit);
  const noun = MEASURE_NOUNS.get(view.lower[group.end] ?? "");
  const measure = noun ?? group.measure ?? measureAt(view, group.end, limit, entities)?.measure ?? null;
  if (measure === null) return null;
  return { measure, who: group.who, noun: group.noun, start: anchor, end: anchor };
}

/** "the civilian death toll at", "casualties stood at", "the number of refugees has reached". */
function readToll(view: TokenView, k: number, floor: number, entities: EntityMention[]): Reading | null {
  const { lower, tokens } = view;
  if (!TOLL_LINKS.has(lower[k] ?? "")) return null;
  for (let j = k - 1; j >= floor && j >= k - 10; j--) {
    const w = lower[j] ?? "";
    if (w === "number" || w === "total") {
      const reading = numberOf(view, j, k, entities);
      if (reading !== null) return { ...reading, who: reading.who ?? whoBefore(view, j), start: j };
    }
    const measure = tollMeasure(view, j);
    if (measure !== null) {
      const who = whoBefore(view, j) ?? whoAfter(view, j + 1, k);
      const start = WHO_ADJECTIVES.has(lower[j - 2] ?? "") ? j - 2 : j - (lower[j - 1] === "death" ? 1 : 0);
      return { measure, who, noun: false, start: Math.max(start, floor), end: k };
    }
    const tok = tokens[j];
    const linking =
      TOLL_LINKS.has(w) ||
      PHRASE_PREPS.has(w) ||
      w === "the" ||
      WHO_NOUNS.has(w) ||
      MEASURE_PARTICIPLES.has(w);
    if (!linking && tok?.shape !== Shape.Capitalized) return null;
  }
  return null;
}

/** "the death toll among civilians rose to": who from the phrase after the toll noun. */
function whoAfter(view: TokenView, from: number, limit: number): FigureWho | null {
  for (let j = from; j < limit; j++) {
    const who = WHO_NOUNS.get(view.lower[j] ?? "");
    if (who !== undefined) return who;
  }
  return null;
}

/** "killed, injured or captured 5,000": several verbs before one count. */
function coordinatedVerbs(view: TokenView, k: number, floor: number, last: FigureMeasure) {
  const { lower } = view;
  const measures = new Set<FigureMeasure>([last]);
  let start = k;
  for (
    let j = k - 1;
    j - 1 >= floor && (lower[j] === "," || lower[j] === "and" || lower[j] === "or");
    j -= 2
  ) {
    const verb = MEASURE_VERBS.get(lower[j - 1] ?? "");
    if (verb === undefined) break;
    measures.add(verb);
    start = j - 1;
  }
  // killed and wounded together are one count of both; other mixes keep the nearest verb
  const both = measures.has("killed") && measures.has("injured");
  return { measure: both ? ("killed_or_injured" as const) : last, start };
}

/** Reads what precedes a number (and its qualifier), which starts at token `k + 1`. */
export function readLeft(
  view: TokenView,
  k: number,
  floor: number,
  entities: EntityMention[],
): Reading | null {
  const { lower } = view;
  if (k < floor) return null;
  const verb = MEASURE_VERBS.get(lower[k] ?? "");
  if (verb !== undefined)
    return { ...coordinatedVerbs(view, k, floor, verb), who: null, noun: false, end: k + 1 };
  if (lower[k] === "of" && k - 1 >= floor) {
    const nominal = MEASURE_NOMINALS.get(lower[k - 1] ?? "");
    if (nominal !== undefined) {
      // "claimed the lives of" and "the deaths of" both start at the determiner
      const start = lower[k - 2] === "the" ? k - 2 : k - 1;
      return { measure: nominal, who: null, noun: false, start: Math.max(start, floor), end: k + 1 };
    }
  }
  return readToll(view, k, floor, entities);
}
