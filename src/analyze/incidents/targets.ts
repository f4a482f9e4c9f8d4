import type { Target, TargetCategory } from "../../domain/analysis.js";
import { TARGET_TERMS, type TargetTerm } from "./target-terms.js";

// One alternation with a group per term: a single left-to-right pass finds every object.
const ALL_TERMS = new RegExp(TARGET_TERMS.map((term) => `\\b(${term.source})(?![\\w-])`).join("|"), "gi");

/** Words before an object that make it a landmark ("near a school"), not what was hit. */
const LANDMARK =
  /\b(?:near|nearby|next to|close to|vicinity of|beside|opposite|outside|behind|across from|adjacent to|not far from|area around|around|neighbou?ring|from)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w'’-]+\s+)?$/i;

/** A weapon that fires ("tank opened fire on ...") is the means, not what was hit. */
const FIRING = /^\s+(?:opens?|opened|fires?|fired|firing|shoots?|shooting|shot|shells?|shelled|shelling)\b/i;

/** "the railway hospital", "the yard of a church": the last noun names the facility. */
const BEFORE_HEAD = /^\s+(?:of\s+(?:the\s+|a\s+|an\s+)?)?$/i;

/** A hospital that casualties were taken to is not a target. */
const CARE_DESTINATION =
  /\b(?:taken|rushed|admitted|brought|transported|evacuated|sent|treated|hospitali[sz]ed|died|discharged|remain(?:s|ed)?|recovering|airlifted|delivered|treatment)\b[^.]{0,25}$/i;

/**
 * An attack or harm reported without naming what was hit. Public civilian-harm data files
 * these under Residential: strikes on populated places land mostly among homes.
 */
const ATTACK_OR_HARM =
  /\b(?:civilians?|people|persons?|residents?|child(?:ren)?|wom[ae]n|m[ae]n|famil(?:y|ies)|bod(?:y|ies)|dead|killed|injured|wounded|casualt(?:y|ies)|victims?|strikes?|struck|shell(?:ing|ed)|explosions?|exploded|blasts?|impact(?:s|ed)?|craters?|munitions?|submunitions?|missiles?|rockets?|warheads?|artillery|bomb(?:s|ing|ed)?|damage[ds]?|destr(?:oyed|uction)|fires?|smoke|attack(?:s|ed)?)\b/i;

/**
 * An institution named as who speaks or whom a speaker works for ("the head of the regional
 * administration", "Russia's defence ministry said") is not an object that was hit.
 */
const OFFICE_HOLDER =
  /\b(?:head|chief|governor|spokes(?:man|woman|person)|officials?|members?|representatives?|deputy|director|press service|staff|secretary|leader)\s+(?:of|for|at|with|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$/i;
const SPEAKS =
  /^[^.,;:]{0,40}?\b(?:said|says|denied|denies|told|announced|reported|stated|claimed|added|confirmed)\b/i;

function isSpeaker(text: string, start: number, end: number): boolean {
  return (
    OFFICE_HOLDER.test(text.slice(Math.max(0, start - 60), start)) || SPEAKS.test(text.slice(end, end + 50))
  );
}

export interface FoundTarget extends Target {
  /** Named only as a place nearby ("near a school"). */
  landmark: boolean;
  /** A word that says only roughly where ("building", "village"). */
  generic: boolean;
}

export interface TargetSearch {
  /** Where to start and stop in `text`; the whole text by default. */
  start?: number;
  end?: number;
}

/** Objects named in `text[start, end)` as having been hit or as the scene of an event. */
export function findTargets(text: string, search: TargetSearch = {}): FoundTarget[] {
  const start = search.start ?? 0;
  const end = search.end ?? text.length;
  const out: FoundTarget[] = [];
  const slice = start === 0 && end === text.length ? text : text.slice(0, end);
  ALL_TERMS.lastIndex = start;
  for (let m = ALL_TERMS.exec(slice); m !== null; m = ALL_TERMS.exec(slice)) {
    const term = termOf(m);
    if (term === undefined) continue;
    const before = text.slice(Math.max(0, m.index - 50), m.index);
    if (term.category === "Healthcare" && term.object === "hospital" && CARE_DESTINATION.test(before))
      continue;
    if (FIRING.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    if (term.category === "Administrative" && isSpeaker(text, m.index, m.index + m[0].length)) continue;
    const previous = out.at(-1);
    if (
      previous !== undefined &&
      term.generic !== true &&
      BEFORE_HEAD.test(text.slice(previous.end, m.index))
    ) {
      out.pop();
    }
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      object: term.object,
      category: term.category,
      landmark: LANDMARK.test(before),
      generic: term.generic === true,
    });
  }
  return out;
}

function termOf(m: RegExpExecArray): TargetTerm | undefined {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return TARGET_TERMS[i - 1];
  return undefined;
}

/**
 * The main object hit, among those found: a named facility before a generic word, an object
 * hit before one only named as nearby, and otherwise the first mentioned.
 */
export function mainTarget<T extends FoundTarget>(targets: readonly T[]): T | undefined {
  let best: T | undefined;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const target of targets) {
    const rank = (target.landmark ? 2 : 0) + (target.generic ? 1 : 0);
    if (rank < bestRank) {
      best = target;
      bestRank = rank;
    }
  }
  return best;
}

/** The "type of area affected" a description reports. */
export function categorizeTarget(text: string): TargetCategory {
  const main = mainTarget(findTargets(text));
  if (main !== undefined) return main.category;
  return ATTACK_OR_HARM.test(text) ? "Residential" : "Undefined";
}
