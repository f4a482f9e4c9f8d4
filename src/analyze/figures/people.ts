import type { FigureMeasure, FigureWho } from "../../domain/analysis.js";
import { Shape } from "../text/tokens.js";
import {
  MEASURE_NOUNS,
  MEASURE_PARTICIPLES,
  MODIFIERS,
  WHO_ADJECTIVES,
  WHO_COMPOUND_HEADS,
  WHO_NOUNS,
} from "./lexicon.js";
import type { TokenView } from "./numbers.js";

/** The people a number counts: "3 million innocent civilians and troops", "internally displaced people". */
export interface PeopleGroup {
  /** One past the last token of the group. */
  end: number;
  who: FigureWho | null;
  /** A participle among the modifiers ("displaced people", "wounded soldiers"). */
  measure: FigureMeasure | null;
  /** Whether a person noun was read; without one, `end` covers only modifiers. */
  noun: boolean;
}

const OF_DETERMINERS = new Set(["the", "these", "those", "its", "their", "our", "his", "her"]);
const DEMONYM_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:an|ish|ese|i)$/u;
const DEMONYM_PLURAL = /^\p{Lu}\p{Ll}+(?:ans|ese|is)$/u;

interface PersonNoun {
  who: FigureWho;
  end: number;
  measure?: FigureMeasure;
}

function whoNounAt(view: TokenView, k: number): PersonNoun | null {
  const w = view.lower[k] ?? "";
  const head = WHO_COMPOUND_HEADS.get(w);
  const next = view.lower[k + 1] ?? "";
  if (head !== undefined && WHO_NOUNS.has(next)) return { who: head, end: k + 2 };
  if (w === "prisoners" && next === "of" && view.lower[k + 2] === "war") {
    return { who: "troops", end: k + 3, measure: "detained" };
  }
  const who = WHO_NOUNS.get(w);
  if (who !== undefined) return { who, end: k + 1 };
  const tok = view.tokens[k];
  // "Ukrainians", "Israelis": nationals, who may be civilians or soldiers
  if (tok?.shape === Shape.Capitalized && DEMONYM_PLURAL.test(tok.text))
    return { who: "unspecified", end: k + 1 };
  return null;
}

function isModifier(view: TokenView, k: number): boolean {
  const w = view.lower[k] ?? "";
  if (MODIFIERS.has(w) || MEASURE_PARTICIPLES.has(w)) return true;
  const tok = view.tokens[k];
  if (tok?.shape !== Shape.Capitalized) return false;
  // "Ukrainian soldiers", or any name right before a person noun ("Kyiv residents")
  return DEMONYM_ADJECTIVE.test(tok.text) || whoNounAt(view, k + 1) !== null;
}

/** Combines the groups in "civilians and troops": civilians with children stay civilians. */
function combine(a: FigureWho, b: FigureWho): FigureWho {
  if (a === b) return a;
  const civil = (w: FigureWho) => w === "civilians" || w === "children";
  return civil(a) && civil(b) ? "civilians" : "unspecified";
}

interface GroupState {
  /** The next token to read. */
  j: number;
  /** One past the last token that belongs to the group. */
  end: number;
  who: FigureWho | null;
  /** Who a modifier such as "civilian" names. */
  hint: FigureWho | null;
  measure: FigureMeasure | null;
  mods: number;
}

/** Reads one word into the group; false when the group ends before it. */
function readWord(view: TokenView, st: GroupState, limit: number): boolean {
  const w = view.lower[st.j] ?? "";
  const adjective = WHO_ADJECTIVES.get(w);
  const beforeNoun = whoNounAt(view, st.j + 1) !== null || MEASURE_NOUNS.has(view.lower[st.j + 1] ?? "");
  const noun = adjective !== undefined && beforeNoun ? null : whoNounAt(view, st.j);
  if (noun !== null) {
    st.who = st.who === null ? noun.who : combine(st.who, noun.who);
    st.measure = noun.measure ?? st.measure;
    st.j = noun.end;
    st.end = st.j;
    st.mods = 0;
    const joiner = view.lower[st.j];
    if (!(joiner === "and" || joiner === "or") || st.j + 1 >= limit || !startsPeople(view, st.j + 1, limit))
      return false;
    st.j++;
    return true;
  }
  if (st.mods >= 3 || !(isModifier(view, st.j) || adjective !== undefined)) return false;
  st.measure = MEASURE_PARTICIPLES.get(w) ?? st.measure;
  st.hint = adjective ?? st.hint;
  st.mods++;
  st.j++;
  if (st.who === null) st.end = st.j;
  return true;
}

/** Reads the people group starting at token `k`, with any "of" before it ("thousands of civilians"). */
export function readPeople(view: TokenView, k: number, limit: number): PeopleGroup {
  const { lower } = view;
  let j = k;
  if (lower[j] === "of" && j + 1 < limit) {
    j++;
    if (lower[j] === "them") return { end: j + 1, who: null, measure: null, noun: true };
    if (OF_DETERMINERS.has(lower[j] ?? "")) j++;
  }
  const afterOf = j;
  const st: GroupState = { j, end: k, who: null, hint: null, measure: null, mods: 0 };
  while (st.j < limit && readWord(view, st, limit));
  // Without a person noun, modifiers count only before a measure noun ("civilian casualties");
  // "five killed" leaves "killed" to the caller as the measure.
  if (st.who === null) {
    const at = Math.max(st.end, afterOf);
    return MEASURE_NOUNS.has(lower[at] ?? "")
      ? { end: at, who: st.hint, measure: st.measure, noun: false }
      : { end: k, who: null, measure: null, noun: false };
  }
  // "civilian people", "unarmed Ukrainian men": the adjective says more than the noun
  const who = st.who === "unspecified" && st.hint !== null ? st.hint : st.who;
  return { end: st.end, who, measure: st.measure, noun: true };
}

function startsPeople(view: TokenView, k: number, limit: number): boolean {
  for (let j = k; j < limit && j < k + 4; j++) {
    if (whoNounAt(view, j) !== null) return true;
    if (!isModifier(view, j)) return false;
  }
  return false;
}
