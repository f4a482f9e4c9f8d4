import type { EntityMention, FigureMeasure } from "../../domain/analysis.js";
import { ABROAD_AFTER_FLEE, INTRANSITIVE, MEASURE_PARTICIPLES, WHO_NOUNS } from "./lexicon.js";
import { mayStartNumber, type TokenView } from "./numbers.js";

/** A phrase saying what happened to the people counted, `[start, end)` in tokens. */
export interface MeasurePhrase {
  measure: FigureMeasure;
  start: number;
  end: number;
  /** A verb that takes an object, so "soldiers killed ..." may be active voice. */
  transitive: boolean;
}

const FLEE = new Set(["fled", "flee", "fleeing", "escaped", "left", "leave", "leaving"]);
const OBJECT_STARTS = new Set(
  "a an the his her their its our some several many dozens hundreds thousands him them us me".split(" "),
);

function matches(lower: string[], k: number, words: string[]): boolean {
  for (let i = 0; i < words.length; i++) if (lower[k + i] !== words[i]) return false;
  return true;
}

const FIXED: [string[], FigureMeasure][] = [
  [["lost", "their", "lives"], "killed"],
  [["lost", "their", "homes"], "displaced"],
  [["went", "missing"], "missing"],
  [["gone", "missing"], "missing"],
  [["unaccounted", "for"], "missing"],
  [["taken", "prisoner"], "detained"],
  [["taken", "captive"], "detained"],
  [["taken", "hostage"], "detained"],
  [["held", "hostage"], "detained"],
  [["held", "captive"], "detained"],
  [["in", "need", "of"], "affected"],
  [["among", "the", "dead"], "killed"],
  [["among", "the", "injured"], "injured"],
  [["among", "the", "wounded"], "injured"],
  [["among", "the", "missing"], "missing"],
  [["forced", "from", "their", "homes"], "displaced"],
  [["forced", "out", "of", "their", "homes"], "displaced"],
  [["made", "homeless"], "displaced"],
  [["left", "homeless"], "displaced"],
  [["left", "their", "homes"], "displaced"],
  [["fled", "their", "homes"], "displaced"],
];

/** Whether a place entity that is a whole country starts at `offset` ("fled to Poland"). */
function countryAt(entities: EntityMention[], offset: number | undefined): boolean {
  if (offset === undefined) return false;
  return entities.some((e) => e.start === offset && e.type === "place" && e.place?.precision === "country");
}

interface Destination {
  measure: FigureMeasure;
  /** One past the destination's last token, or `k` when none was read. */
  end: number;
}

/** "fled the country", "fled to Poland" → refugees; "fled", "fled Mariupol" → displaced. */
function fleeDestination(view: TokenView, k: number, entities: EntityMention[]): Destination {
  const { lower, tokens } = view;
  for (const words of ABROAD_AFTER_FLEE)
    if (matches(lower, k, words)) return { measure: "refugees", end: k + words.length };
  if (countryAt(entities, tokens[k]?.start)) return { measure: "refugees", end: k + 1 };
  const to = lower[k] === "to" || lower[k] === "into";
  if (to && countryAt(entities, tokens[k + 1]?.start)) return { measure: "refugees", end: k + 2 };
  return { measure: "displaced", end: k };
}

/** Reads a measure phrase at token `k` ("killed or wounded", "have fled the country"). */
export function measureAt(
  view: TokenView,
  k: number,
  limit: number,
  entities: EntityMention[],
): MeasurePhrase | null {
  const { lower } = view;
  const w = lower[k] ?? "";
  for (const [words, measure] of FIXED) {
    if (k + words.length <= limit && matches(lower, k, words)) {
      return { measure, start: k, end: k + words.length, transitive: false };
    }
  }
  if (w === "forced" && lower[k + 1] === "to" && FLEE.has(lower[k + 2] ?? "")) {
    const dest = fleeDestination(view, k + 3, entities);
    return { measure: dest.measure, start: k, end: Math.max(dest.end, k + 3), transitive: false };
  }
  if (FLEE.has(w)) {
    const dest = fleeDestination(view, k + 1, entities);
    // "left" alone is too common ("left the city", "left dead") to count unless it crossed a border
    if (dest.measure === "displaced" && (w === "left" || w === "leave" || w === "leaving")) return null;
    return { measure: dest.measure, start: k, end: Math.max(dest.end, k + 1), transitive: false };
  }
  const measure = MEASURE_PARTICIPLES.get(w);
  if (measure === undefined) return null;
  const next = lower[k + 1] ?? "";
  const third = lower[k + 2] ?? "";
  const pair = (next === "or" || next === "and") && k + 2 < limit;
  if (pair && (measure === "killed" || measure === "injured")) {
    const other = MEASURE_PARTICIPLES.get(third);
    // "killed or wounded", "dead and injured": one count covering both
    if (other !== undefined && other !== measure && (other === "killed" || other === "injured")) {
      return { measure: "killed_or_injured", start: k, end: k + 3, transitive: false };
    }
  }
  return { measure, start: k, end: k + 1, transitive: !INTRANSITIVE.has(w) };
}

/** Whether token `k` opens an object ("killed a man", "killed 10 civilians"): active voice. */
export function opensObject(view: TokenView, k: number): boolean {
  const w = view.lower[k] ?? "";
  return OBJECT_STARTS.has(w) || WHO_NOUNS.has(w) || (w !== "a" && w !== "an" && mayStartNumber(w));
}
