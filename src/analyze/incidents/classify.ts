import type { EventType } from "../../domain/analysis.js";
import { ARMED_VICTIMS, agentAfter, CIVILIAN_VICTIMS, lastActor } from "./actors.js";
import { type CueClass, EVENT_CUES } from "./event-cues.js";

export interface EventClassification {
  eventType: EventType;
  /** Confidence in (0, 1): the winner's share of the cue weight, damped for thin evidence. */
  score: number;
}

/** Below this total weight a text is not taken to describe an event. */
const MIN_WEIGHT = 2;

// Later sentences of a snippet often give background ("the area saw clashes last year").
const LATER_SENTENCE_FACTOR = 0.75;

// "has been shelled daily since Russian forces were pushed back": a clause opened by "since"
// dates the reported event by an earlier one; it is background, not the report.
const SINCE_CLAUSE = /\bsince\s+[^,;.]{0,80}$/;
const SINCE_FACTOR = 0.3;

const NEGATION = /\b(?:no|not|never|without|nor|denied|denies|deny|n't|neither|rejected)\s+(?:\w+\s+){0,2}$/;
const HYPOTHETICAL =
  /\b(?:threat(?:en(?:ed|s|ing)?)?(?: to)?|poised to|ready to|preparing to|prepared to|able to|allowed (?:\w+ )?to|used to|in order to|capable of|plans? to|planned to|plotting to|(?:would|could|might|may|will|must|should)(?: (?:have|need) to)?(?: be)?|vowed to|(?:attempt(?:ed|s|ing)?|tried|trying|intended|aim(?:ed|ing)?|sought|bid|efforts?|attack) to)\s+$/;

/** Means of attack: ACLED codes a violent event by its means before its target. */
export const MEANS: ReadonlySet<CueClass> = new Set([
  "Air/drone strike",
  "Shelling/artillery/missile attack",
  "Remote explosive/landmine/IED",
  "Suicide bomb",
  "Grenade",
  "Chemical weapon",
]);

const PROTEST_SUBTYPES: ReadonlySet<CueClass> = new Set([
  "Peaceful protest",
  "Violent demonstration",
  "Arrests",
  "Attack",
  "Armed clash",
  "Looting/property destruction",
]);

const FORCE =
  /\b(?:opened fire|fired (?:live|on|at)|(?:live|real) (?:ammunition|bullets|rounds|fire)|shot (?:dead|and killed)|brutally|beat(?:en|ing|s)?\b|hits? (?:\w+ ){0,3}with (?:a |his |their )?batons?|(?:dozens|scores|hundreds|\d+|many|several) (?:\w+ ){0,2}(?:were |have been )?(?:injured|wounded|killed)|(?:kill|shot|shoot|injur|wound)\w* (?:\w+ ){0,3}(?:protesters|demonstrators)|(?:protesters|demonstrators|protester) (?:were |was |have been )?(?:killed|shot|injured|wounded|beaten|died))/;
const INTERVENTION =
  /\b(?:tear ?gas|teargas|water ?cannons?|dispers|broke up|break up|arrest|detain|rubber bullets|pepper spray|batons?|blocked|prevented|cordon|kettl|stun grenades?|chas(?:e|ed|ing))/;
const VIOLENT =
  /\b(?:riot(?!\s*(?:police|gear|squad|officers|control))|rioters|stone-?throw|thr[eo]wn? (?:\w+ ){0,2}(?:stones|rocks|bottles|petrol|molotov|projectiles|fences?|firecrackers)|projectiles were thrown|molotov|pelted|violent (?:protest|demonstrat|clash)|turned violent|violence|unrest|torch|set (?:on )?fire|lit fires|light fires|vandali|loot|smash|hurl|burn(?:ed|ing|t)? (?:tyres|tires|cars|vehicles)|clash|fought|breach|stormed|broke into|pull(?:ed)? down|tore down)/;
const PEACEFUL = /\bpeaceful(?:ly)?\b/;

type Scores = Map<CueClass, number>;

/** Cue weights per class for a lower-cased text, with the first match offset of each class. */
function scoreCues(lower: string, firstSentenceEnd: number): { scores: Scores; at: Map<CueClass, number> } {
  const scores: Scores = new Map();
  const at = new Map<CueClass, number>();
  for (const c of EVENT_CUES) {
    const index = firstLiveMatch(c.re, lower);
    if (index < 0) continue;
    const since = SINCE_CLAUSE.test(lower.slice(Math.max(0, index - 80), index)) ? SINCE_FACTOR : 1;
    const w = c.weight * since * (index < firstSentenceEnd ? 1 : LATER_SENTENCE_FACTOR);
    scores.set(c.type, (scores.get(c.type) ?? 0) + w);
    const prev = at.get(c.type);
    if (prev === undefined || index < prev) at.set(c.type, index);
  }
  return { scores, at };
}

/** Offset of the first match that is neither negated nor hypothetical; -1 when none. */
function firstLiveMatch(re: RegExp, lower: string): number {
  let from = 0;
  while (from < lower.length) {
    const m = re.exec(from === 0 ? lower : lower.slice(from));
    if (m === null) return -1;
    const index = from + m.index;
    const before = lower.slice(Math.max(0, index - 40), index);
    if (!NEGATION.test(before) && !HYPOTHETICAL.test(before)) return index;
    from = index + Math.max(1, m[0].length);
  }
  return -1;
}

function best(scores: Scores, keep: (c: CueClass) => boolean): [CueClass, number] | null {
  let top: [CueClass, number] | null = null;
  for (const [c, w] of scores) if (keep(c) && (top === null || w > top[1])) top = [c, w];
  return top;
}

function protestSubtype(lower: string): EventType {
  const peaceful = PEACEFUL.test(lower);
  if (VIOLENT.test(lower) && !peaceful) return "Violent demonstration";
  if (FORCE.test(lower)) return "Excessive force against protesters";
  if (INTERVENTION.test(lower)) return "Protest with intervention";
  return "Peaceful protest";
}

/** Territory changes hands: who took it decides between the two ACLED sub-events. */
function territorySubtype(lower: string, type: CueClass, at: number): EventType {
  const actor = agentAfter(lower, at) ?? lastActor(lower, at - 150, at);
  if (actor === "state") return "Government regains territory";
  if (actor === "non-state") return "Non-state actor overtakes territory";
  return type === "Government regains territory" ? type : "Non-state actor overtakes territory";
}

function refine(lower: string, top: CueClass, scores: Scores, at: Map<CueClass, number>): EventType {
  const protest = scores.get("Peaceful protest") ?? 0;
  const means = best(scores, (c) => MEANS.has(c));
  const strongMeans = means !== null && means[1] >= 3.5;
  if (protest > 0 && PROTEST_SUBTYPES.has(top) && !strongMeans) return protestSubtype(lower);
  if (top === "Government regains territory" || top === "Non-state actor overtakes territory") {
    // Taken after the other side left, with no fighting reported: ACLED's non-violent transfer.
    if (scores.has("Non-violent transfer of territory") && !scores.has("Armed clash")) {
      return "Non-violent transfer of territory";
    }
    return territorySubtype(lower, top, at.get(top) ?? 0);
  }
  // An attack or clash carried out with a named weapon is coded by the weapon.
  if ((top === "Attack" || top === "Armed clash") && means !== null && strongMeans) {
    const clash = scores.get("Armed clash") ?? 0;
    if (top === "Attack" || means[1] + 1 >= clash) return means[0] as EventType;
  }
  if (top === "Attack" && !CIVILIAN_VICTIMS.test(lower) && ARMED_VICTIMS.test(lower)) return "Armed clash";
  return top as EventType;
}

function firstSentenceEnd(text: string): number {
  const m = /[.!?]["'”’]?\s+(?=["“]?\p{Lu})/u.exec(text);
  return m === null ? text.length : m.index + 1;
}

/** Classes with at least one cue of weight `min` or more that is neither negated nor hypothetical. */
export function strongCueClasses(text: string, min: number): Set<CueClass> {
  const lower = text.toLowerCase();
  const out = new Set<CueClass>();
  for (const c of EVENT_CUES)
    if (c.weight >= min && !out.has(c.type) && firstLiveMatch(c.re, lower) >= 0) out.add(c.type);
  return out;
}

/** Cue weight per class, for explaining a classification to a reviewer. */
export function eventCueWeights(text: string): Map<CueClass, number> {
  return scoreCues(text.toLowerCase(), firstSentenceEnd(text)).scores;
}

/** The ACLED sub-event type a snippet or sentence describes; null when it describes none. */
export function classifyEvent(text: string): EventClassification | null {
  const lower = text.toLowerCase();
  const { scores, at } = scoreCues(lower, firstSentenceEnd(text));
  const top = best(scores, () => true);
  if (top === null || top[0] === "none" || top[1] < MIN_WEIGHT) return null;
  let runnerUp = 0;
  for (const [c, w] of scores) if (c !== top[0] && w > runnerUp) runnerUp = w;
  const eventType = refine(lower, top[0], scores, at);
  return { eventType, score: top[1] / (top[1] + runnerUp + 1) };
}
