import { EVENT_TYPES, type EventType } from "../../domain/analysis.js";
import type { PendingReason } from "./types.js";

/**
 * Which ACLED sub-event types two reports of one event may carry. Reports disagree on the
 * weapon far more than on what happened: a "missile strike" in one outlet is "shelling" in
 * another and an "air strike" in a third; an explosion of unknown origin is a mine to one
 * reporter and a shell to the next; drones drop grenades. Those pairs are *confusable*.
 * "Attack" is ACLED's catch-all for violence against civilians and many reports use the word
 * for any strike, so it is *related* to the kinetic types. Types in different families
 * (a protest and a shelling) never merge.
 */
const CONFUSABLE: [EventType, EventType][] = [
  ["Air/drone strike", "Shelling/artillery/missile attack"],
  ["Air/drone strike", "Grenade"],
  ["Shelling/artillery/missile attack", "Remote explosive/landmine/IED"],
  ["Remote explosive/landmine/IED", "Suicide bomb"],
  ["Remote explosive/landmine/IED", "Grenade"],
  ["Armed clash", "Attack"],
  ["Arrests", "Abduction/forced disappearance"],
  ["Peaceful protest", "Protest with intervention"],
  ["Protest with intervention", "Excessive force against protesters"],
  ["Violent demonstration", "Mob violence"],
  ["Violent demonstration", "Protest with intervention"],
  ["Government regains territory", "Non-state actor overtakes territory"],
];

const KINETIC: EventType[] = [
  "Air/drone strike",
  "Shelling/artillery/missile attack",
  "Remote explosive/landmine/IED",
  "Grenade",
  "Suicide bomb",
  "Chemical weapon",
];

const RELATED: [EventType, EventType][] = [
  ...KINETIC.map((k): [EventType, EventType] => ["Attack", k]),
  ["Chemical weapon", "Air/drone strike"],
  ["Chemical weapon", "Shelling/artillery/missile attack"],
  ["Air/drone strike", "Remote explosive/landmine/IED"],
  ["Shelling/artillery/missile attack", "Grenade"],
  ["Armed clash", "Shelling/artillery/missile attack"],
  ["Attack", "Abduction/forced disappearance"],
  ["Attack", "Sexual violence"],
  ["Attack", "Looting/property destruction"],
  ["Abduction/forced disappearance", "Sexual violence"],
  ["Peaceful protest", "Excessive force against protesters"],
  ["Peaceful protest", "Violent demonstration"],
  ["Excessive force against protesters", "Violent demonstration"],
  ["Armed clash", "Government regains territory"],
  ["Armed clash", "Non-state actor overtakes territory"],
  ["Non-violent transfer of territory", "Government regains territory"],
  ["Non-violent transfer of territory", "Non-state actor overtakes territory"],
  // "Other" is what a classifier answers when unsure: weakly related to everything.
  ...EVENT_TYPES.filter((t) => t !== "Other").map((t): [EventType, EventType] => ["Other", t]),
];

export const EVENT_SCORES = { same: 1, confusable: 0.7, related: 0.35 } as const;

function pairKey(a: EventType, b: EventType): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export interface EventTypeMatch {
  score: number;
  reason: PendingReason;
}

function build(
  a: EventType,
  b: EventType,
  relation: "confusable" | "related" | undefined,
): EventTypeMatch | null {
  if (a === b) return { score: EVENT_SCORES.same, reason: { kind: "same-event-type", detail: () => a } };
  if (relation === undefined) return null;
  const kind = relation === "confusable" ? "compatible-event-type" : "related-event-type";
  const why = relation === "confusable" ? "often confused in reporting" : "related";
  return { score: EVENT_SCORES[relation], reason: { kind, detail: () => `${a} ~ ${b} (${why})` } };
}

// Every ordered pair worked out once: scoring looks types up for each candidate incident.
const RELATIONS = new Map<string, "confusable" | "related">();
for (const [a, b] of RELATED) RELATIONS.set(pairKey(a, b), "related");
for (const [a, b] of CONFUSABLE) RELATIONS.set(pairKey(a, b), "confusable");
const TABLE = new Map<EventType, Map<EventType, EventTypeMatch | null>>(
  EVENT_TYPES.map((a) => [
    a,
    new Map(EVENT_TYPES.map((b) => [b, build(a, b, RELATIONS.get(pairKey(a, b)))])),
  ]),
);

/** How well two event types fit one event; null when they cannot be the same event. */
export function matchEventTypes(a: EventType, b: EventType): EventTypeMatch | null {
  return TABLE.get(a)?.get(b) ?? null;
}

/** The best match of a type against any of an incident's types. */
export function matchEventTypeSet(type: EventType, types: Iterable<EventType>): EventTypeMatch | null {
  let best: EventTypeMatch | null = null;
  for (const t of types) {
    const m = matchEventTypes(type, t);
    if (m && (best === null || m.score > best.score)) best = m;
  }
  return best;
}
