import type { EntityMention, EventType, Target } from "../../domain/analysis.js";
import { MEANS, strongCueClasses } from "./classify.js";
import type { CueClass } from "./event-cues.js";
import { TARGET_TERMS } from "./target-terms.js";

/**
 * How a sentence points back at an event already told:
 * - `event`: a definite event noun with no weapon of its own ("the strike", "Tuesday's attack");
 *   such a sentence is about that event and takes its type as well as its place and date;
 * - `continues`: a definite weapon ("the missile", "the shells") or "also" ("two schools had
 *   also been hit"): more of the same event, in words that give its means or kind themselves;
 * - `target`: the object already said to be hit ("the church was hit").
 * All three take the earlier event's place and date when they give none of their own.
 */
export type Reference = "event" | "continues" | "target";

const DETERMINER = `(?:the|this|that|(?:yester|to|mon|tues|wednes|thurs|fri|satur|sun)day['’]s|last (?:night|week)['’]s|(?:morning|evening|night)['’]s)`;
// Up to two modifiers ("the so-called strike", "the deadly Russian attack"), never a conjunction
// or preposition: "the war and attacks" is no reference to an attack.
const MODIFIERS = String.raw`(?:(?!(?:and|or|of|in|on|at|to|for|with|by|from)\s)[\w-]+\s+){0,2}`;
const EVENT_NOUN = new RegExp(
  String.raw`\b${DETERMINER}\s+${MODIFIERS}(?:strikes?|attacks?|bombings?|blasts?|explosions?|raids?|assaults?|incident)\b`,
  "gi",
);
const MEANS_NOUN = new RegExp(
  String.raw`\b(?:the|this|that)\s+${MODIFIERS}(?:missiles?|rockets?|shells?|drones?|bombs?|projectiles?|munitions?|shelling|shellfire|barrage|bombardment|air ?strikes?|airstrikes?)\b`,
  "i",
);
// "also hit", "had also been damaged": "also" next to a harm verb, not "Putin also laid flowers".
const ALSO =
  /\balso (?:(?:been|was|were|had been|have been|has been) )?(?:hit|struck|damaged|destroyed|killed|injured|wounded|shelled|targeted|attacked|fired|bombed)\b/i;
// "the attack on Ukraine" is the war, not an event told earlier.
const ON_OR_AGAINST = /^\s+(?:on|against)\s+$/i;

/** Classes whose own cue in a sentence says what happened, whatever it refers back to. */
const OWN_KIND: ReadonlySet<CueClass> = new Set<CueClass>([
  ...MEANS,
  "Sexual violence",
  "Abduction/forced disappearance",
]);
const STRONG_CUE = 3;

/** Event types a definite "the strike" or "the attack" can point back to. */
const STRIKE_LIKE: ReadonlySet<EventType> = new Set<EventType>([
  ...(MEANS as ReadonlySet<EventType>),
  "Attack",
  "Armed clash",
]);

export interface ReferenceInput {
  text: string;
  start: number;
  end: number;
  /** Countries named in or after the stretch. */
  countries: readonly EntityMention[];
}

function namesWar(input: ReferenceInput, matchEnd: number): boolean {
  return input.countries.some(
    (c) =>
      c.start >= matchEnd &&
      c.start - matchEnd < 12 &&
      ON_OR_AGAINST.test(input.text.slice(matchEnd, c.start)),
  );
}

function eventNounAt(input: ReferenceInput): boolean {
  const sentence = input.text.slice(input.start, input.end);
  for (const m of sentence.matchAll(EVENT_NOUN)) {
    if (!namesWar(input, input.start + (m.index ?? 0) + m[0].length)) return true;
  }
  return false;
}

/** Whether and how the stretch points back at an earlier event; null when it tells its own. */
export function referenceIn(input: ReferenceInput): Exclude<Reference, "target"> | null {
  const sentence = input.text.slice(input.start, input.end);
  if (eventNounAt(input)) {
    const own = strongCueClasses(sentence, STRONG_CUE);
    return [...own].some((c) => OWN_KIND.has(c)) ? "continues" : "event";
  }
  return MEANS_NOUN.test(sentence) || ALSO.test(sentence) ? "continues" : null;
}

/** An event of this type can be what "the strike" or "the attack" refers to. */
export function canBeReferredTo(type: EventType): boolean {
  return STRIKE_LIKE.has(type);
}

// "the building" or "the road" after a strike says too little to tie two sentences together.
const GENERIC_OBJECTS = new Set(TARGET_TERMS.filter((t) => t.generic).map((t) => t.object));

// "the church", "its dome": a definite object, already introduced.
const DEFINITE = /\b(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}$/i;

export function isDefinite(text: string, t: Target): boolean {
  return DEFINITE.test(text.slice(Math.max(0, t.start - 40), t.start));
}

/** A named object of the earlier event that the stretch speaks of as already known. */
export function refersToTarget(
  text: string,
  targets: readonly Target[],
  earlier: readonly Target[],
): boolean {
  const objects = new Set(earlier.filter((t) => !GENERIC_OBJECTS.has(t.object)).map((t) => t.object));
  return targets.some((t) => objects.has(t.object) && isDefinite(text, t));
}
