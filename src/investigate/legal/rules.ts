import type { TargetCategory } from "../../domain/analysis.js";
import { CIVILIAN_OBJECT_CATEGORIES } from "./catalogue-hostilities.js";
import { CIVILIAN_WHO, casualties, cueFacts, isAttack, targetsIn } from "./facts.js";
import type { CueKind, LegalFacts } from "./types.js";

/** When a group of provisions is worth a legal officer's attention, and why. */
export interface Rule {
  provisions: readonly string[];
  /** The reason in words, or null when the rule does not apply. */
  when: (facts: LegalFacts) => string | null;
}

const PROTECTED_BUILDINGS: readonly TargetCategory[] = [
  "Healthcare",
  "School or childcare",
  "Religious",
  "Cultural",
];

function objects(facts: LegalFacts, categories: readonly TargetCategory[]): string {
  return targetsIn(facts, categories)
    .map((t) => t.value.object)
    .join(", ");
}

function attackOn(facts: LegalFacts, categories: readonly TargetCategory[]): string | null {
  if (!isAttack(facts) || targetsIn(facts, categories).length === 0) return null;
  return `${facts.eventType.value} on ${objects(facts, categories)}`;
}

function civilianHarm(facts: LegalFacts): boolean {
  if (casualties(facts, { who: CIVILIAN_WHO }).length > 0) return true;
  // ACLED's "Attack" is violence against civilians by definition, and people harmed in their
  // homes are presumptively civilians: both are worth a look even when the count says "people".
  const unspecified = casualties(facts, { who: ["unspecified"] }).length > 0;
  return unspecified && (facts.eventType.value === "Attack" || targetsIn(facts, ["Residential"]).length > 0);
}

function cueReason(facts: LegalFacts, kinds: readonly CueKind[], what: string): string | null {
  const found = kinds.flatMap((k) => cueFacts(facts, k).map((c) => c.value));
  return found.length > 0 ? `${what}: ${found.map((v) => `"${v}"`).join(", ")}` : null;
}

export const RULES: readonly Rule[] = [
  {
    provisions: ["8(2)(b)(i)", "8(2)(e)(i)"],
    when: (f) => (isAttack(f) && civilianHarm(f) ? `${f.eventType.value} with civilians harmed` : null),
  },
  { provisions: ["8(2)(b)(ii)"], when: (f) => attackOn(f, CIVILIAN_OBJECT_CATEGORIES) },
  { provisions: ["8(2)(b)(iii)", "8(2)(e)(iii)"], when: (f) => attackOn(f, ["Humanitarian"]) },
  {
    provisions: ["8(2)(b)(iv)"],
    when: (f) => {
      const harm = civilianHarm(f) || targetsIn(f, CIVILIAN_OBJECT_CATEGORIES).length > 0;
      if (!isAttack(f) || !harm) return null;
      if (targetsIn(f, ["Military"]).length > 0) return "civilian harm in an attack on a military target";
      return (
        cueReason(f, ["military-objective"], "civilian harm where a military objective is claimed") ??
        cueReason(f, ["indiscriminate"], "civilian harm from indiscriminate means")
      );
    },
  },
  { provisions: ["8(2)(b)(ix)", "8(2)(e)(iv)"], when: (f) => attackOn(f, PROTECTED_BUILDINGS) },
  {
    provisions: ["8(2)(b)(xviii)", "8(2)(e)(xiv)"],
    when: (f) =>
      f.eventType.value === "Chemical weapon"
        ? "reported as a chemical weapon attack"
        : cueReason(f, ["toxic-gas"], "toxic substance described"),
  },
  {
    provisions: ["8(2)(b)(xxiv)", "8(2)(e)(ii)"],
    when: (f) => (isAttack(f) ? cueReason(f, ["emblem"], "attack on a marked protected object") : null),
  },
  {
    provisions: ["8(2)(b)(xxv)", "8(2)(e)(xix)"],
    when: (f) =>
      cueReason(f, ["starvation"], "deprivation described") ?? attackOn(f, ["Food/Food Infrastructure"]),
  },
  {
    provisions: ["8(2)(a)(i)", "8(2)(c)(i)-1"],
    when: (f) => {
      const direct = f.eventType.value === "Attack" || f.eventType.value === "Abduction/forced disappearance";
      const killed = casualties(f, { measures: ["killed"], who: [...CIVILIAN_WHO, "unspecified"] });
      return direct && killed.length > 0 ? `${f.eventType.value} with people killed` : null;
    },
  },
  {
    provisions: ["8(2)(a)(iv)", "8(2)(b)(xiii)", "8(2)(e)(xii)"],
    when: (f) =>
      f.eventType.value === "Looting/property destruction"
        ? "reported as looting or property destruction"
        : null,
  },
  {
    provisions: ["8(2)(b)(xvi)", "8(2)(e)(v)"],
    when: (f) =>
      cueReason(f, ["appropriation"], "property taken") ??
      (f.eventType.value === "Looting/property destruction"
        ? "reported as looting or property destruction"
        : null),
  },
  { provisions: ["8(2)(b)(xxii)-1", "8(2)(e)(vi)-1"], when: (f) => cueReason(f, ["rape"], "rape described") },
  {
    provisions: ["8(2)(b)(xxii)-6", "8(2)(e)(vi)-6"],
    when: (f) =>
      f.eventType.value === "Sexual violence"
        ? "reported as sexual violence"
        : cueReason(f, ["sexual-act", "rape"], "sexual violence described"),
  },
  {
    provisions: ["8(2)(a)(vii)-1", "8(2)(b)(viii)", "8(2)(e)(viii)"],
    when: (f) => cueReason(f, ["deportation"], "deportation or transfer described"),
  },
  {
    provisions: ["8(2)(a)(viii)", "8(2)(c)(iii)"],
    when: (f) =>
      cueReason(f, ["hostage"], "hostage-taking described") ??
      (f.eventType.value === "Abduction/forced disappearance" ? "reported as an abduction" : null),
  },
];
