import type { EventType, TargetCategory } from "../../domain/analysis.js";
import type { CasualtyFact, CueKind, Fact, FactNote, LegalFacts } from "./types.js";

/** ACLED sub-event types that are attacks in the conduct of hostilities or on civilians. */
export const ATTACK_EVENTS: ReadonlySet<EventType> = new Set<EventType>([
  "Air/drone strike",
  "Shelling/artillery/missile attack",
  "Remote explosive/landmine/IED",
  "Grenade",
  "Suicide bomb",
  "Chemical weapon",
  "Attack",
  "Armed clash",
]);

export function isAttack(facts: LegalFacts): boolean {
  return ATTACK_EVENTS.has(facts.eventType.value);
}

export function noteOf<T>(statement: string, fact: Fact<T>): FactNote {
  return { statement, support: [...fact.support], contradictedBy: [...(fact.contradictedBy ?? [])] };
}

export function targetsIn(facts: LegalFacts, categories: readonly TargetCategory[]): LegalFacts["targets"] {
  return facts.targets.filter((t) => categories.includes(t.value.category));
}

export function targetNotes(facts: LegalFacts, categories: readonly TargetCategory[]): FactNote[] {
  return targetsIn(facts, categories).map((t) =>
    noteOf(`the object attacked was a ${t.value.object} (${t.value.category})`, t),
  );
}

export function cueFacts(facts: LegalFacts, kind: CueKind): Fact<string>[] {
  return facts.cues[kind] ?? [];
}

const CUE_WORDING: Record<CueKind, string> = {
  intent: "the sources describe the act as deliberate",
  indiscriminate: "the sources describe indiscriminate means or methods",
  "military-objective": "the sources claim a military objective",
  "no-military-objective": "the sources say there was no military objective",
  emblem: "the sources describe a protective emblem",
  appropriation: "the sources describe property being taken",
  destruction: "the sources describe property being destroyed",
  "sexual-act": "the sources describe sexual violence",
  rape: "the sources describe rape",
  coercion: "the sources describe force or coercion",
  deportation: "the sources describe deportation or forcible transfer",
  hostage: "the sources describe hostage-taking",
  starvation: "the sources describe deprivation of food, water or supplies",
  "toxic-gas": "the sources describe a toxic or asphyxiating substance",
};

export function cueNotes(facts: LegalFacts, kind: CueKind): FactNote[] {
  return cueFacts(facts, kind).map((c) => noteOf(`${CUE_WORDING[kind]}: "${c.value}"`, c));
}

function isHarm(c: CasualtyFact): boolean {
  return c.low === null || c.low > 0 || (c.high !== null && c.high > 0);
}

export function casualties(
  facts: LegalFacts,
  filter: { who?: readonly CasualtyFact["who"][]; measures?: readonly CasualtyFact["measure"][] },
): LegalFacts["casualties"] {
  return facts.casualties.filter(
    (c) =>
      isHarm(c.value) &&
      (filter.who === undefined || filter.who.includes(c.value.who)) &&
      (filter.measures === undefined || filter.measures.includes(c.value.measure)),
  );
}

export const CIVILIAN_WHO = ["civilians", "children"] as const;

export function describeCasualty(c: CasualtyFact): string {
  const count = countText(c);
  const who = c.who === "unspecified" ? "people" : c.who;
  return `${count} ${who} ${c.measure.replaceAll("_", " ")}`;
}

function countText(c: CasualtyFact): string {
  if (c.low === null && c.high === null) return "an unstated number of";
  if (c.low === c.high) return String(c.low);
  if (c.high === null) return `at least ${c.low}`;
  if (c.low === null) return `up to ${c.high}`;
  return `${c.low}–${c.high}`;
}

export function casualtyNotes(list: LegalFacts["casualties"]): FactNote[] {
  return list.map((c) => noteOf(describeCasualty(c.value), c));
}
