import { CIVILIAN_OBJECT_CATEGORIES } from "./catalogue-hostilities.js";
import { CIVILIAN_WHO, casualties, casualtyNotes, cueNotes, isAttack, noteOf, targetNotes } from "./facts.js";
import type {
  ConflictClassification,
  ConflictContext,
  ElementCheck,
  ElementStatus,
  FactNote,
  LegalFacts,
} from "./types.js";

export interface ElementContext {
  /** The variant being assessed. */
  conflict: ConflictClassification;
  userContext: ConflictContext | null;
}

export interface CheckResult {
  status: ElementStatus;
  reason: string;
  facts: FactNote[];
}

type Checker<K extends ElementCheck["kind"]> = (
  check: Extract<ElementCheck, { kind: K }>,
  facts: LegalFacts,
  ctx: ElementContext,
) => CheckResult;

const MENTAL_REASON =
  "A mental element: sources rarely show it directly; it is usually inferred from the circumstances, for legal review.";

function contradicted(notes: FactNote[]): boolean {
  return notes.some((n) => n.contradictedBy.length > 0);
}

function denialNotes(facts: LegalFacts): FactNote[] {
  if (facts.denials.length === 0 && facts.stance !== "denied") return [];
  return [
    { statement: "a denial of responsibility is reported", support: [...facts.denials], contradictedBy: [] },
  ];
}

/** Supported by `notes` unless something contradicts them or `against` is non-empty. */
function judge(
  notes: FactNote[],
  against: FactNote[],
  reasons: { none: string; supported: string; contested: string },
): CheckResult {
  if (notes.length === 0) return { status: "not_established", reason: reasons.none, facts: against };
  if (against.length > 0 || contradicted(notes)) {
    return { status: "contested", reason: reasons.contested, facts: [...notes, ...against] };
  }
  return { status: "supported", reason: reasons.supported, facts: notes };
}

const attack: Checker<"attack"> = (_check, facts) => {
  const event = facts.eventType.value;
  if (!isAttack(facts)) {
    return {
      status: "not_established",
      reason: `The event is reported as "${event}", not as an attack.`,
      facts: [],
    };
  }
  const eventNote = noteOf(`an attack is reported (${event})`, facts.eventType);
  if (facts.perpetrator === null) {
    return {
      status: "not_established",
      reason: "An attack is reported, but the sources do not say who directed it.",
      facts: [eventNote],
    };
  }
  const who = facts.perpetrator.value;
  return judge(
    [eventNote, noteOf(`the attack is attributed to ${who}`, facts.perpetrator)],
    denialNotes(facts),
    {
      none: "",
      supported: `The sources report an attack and attribute it to ${who} (stance: ${facts.stance}).`,
      contested: `The sources attribute the attack to ${who}, but the attribution or the facts are disputed.`,
    },
  );
};

const targets: Checker<"targets"> = (check, facts) =>
  judge(targetNotes(facts, check.categories), cueNotes(facts, "military-objective"), {
    none: "No object of this kind is reported as attacked.",
    supported: "The sources name the object attacked.",
    contested: "The sources name the object attacked, but its character or use is disputed.",
  });

const civiliansHarmed: Checker<"civilians-harmed"> = (_check, facts) => {
  const civilians = casualtyNotes(casualties(facts, { who: CIVILIAN_WHO }));
  if (civilians.length === 0) {
    const people = casualtyNotes(casualties(facts, { who: ["unspecified"] }));
    const homes = targetNotes(facts, ["Residential"]);
    return {
      status: "not_established",
      reason: "The sources do not report harm to people they identify as civilians.",
      facts: [...people, ...homes],
    };
  }
  return judge(civilians, cueNotes(facts, "military-objective"), {
    none: "",
    supported: "The sources report civilians killed or injured in the attack.",
    contested:
      "The sources report civilian casualties, but the figures or the target's character are disputed.",
  });
};

const killing: Checker<"killing"> = (_check, facts) =>
  judge(casualtyNotes(casualties(facts, { measures: ["killed"] })), [], {
    none: "No deaths are reported.",
    supported: "The sources report people killed.",
    contested: "The sources report deaths, but the figures conflict.",
  });

const victimsCivilian: Checker<"victims-civilian"> = (_check, facts) => {
  const civilians = casualtyNotes(casualties(facts, { who: CIVILIAN_WHO }));
  if (civilians.length > 0) {
    return judge(civilians, [], {
      none: "",
      supported: "The sources identify the victims as civilians.",
      contested: "The sources identify the victims as civilians, but the figures conflict.",
    });
  }
  return {
    status: "not_established",
    reason: "The sources do not identify the victims as civilians; their status is for legal review.",
    facts: casualtyNotes(facts.casualties),
  };
};

const cue: Checker<"cue"> = (check, facts) => {
  const notes = check.cues.flatMap((k) => cueNotes(facts, k));
  if (check.events?.includes(facts.eventType.value)) {
    notes.push(noteOf(`the event is reported as "${facts.eventType.value}"`, facts.eventType));
  }
  if (check.categories) notes.push(...targetNotes(facts, check.categories));
  return judge(notes, [], {
    none: "The sources do not describe this.",
    supported: "The sources describe this conduct or circumstance.",
    contested: "The sources describe this, but other sources say otherwise.",
  });
};

const intent: Checker<"intent"> = (_check, facts) => {
  const stated = cueNotes(facts, "intent");
  if (stated.length === 0) {
    const indiscriminate = cueNotes(facts, "indiscriminate");
    return {
      status: "not_established",
      reason:
        indiscriminate.length > 0
          ? "No source states intent; the indiscriminate means reported may bear on it, for legal review."
          : "No source states intent.",
      facts: indiscriminate,
    };
  }
  return judge(stated, [...cueNotes(facts, "military-objective"), ...denialNotes(facts)], {
    none: "",
    supported: "The sources describe the attack as deliberate.",
    contested:
      "Some sources describe the attack as deliberate; others deny it or claim a military objective.",
  });
};

const mental: Checker<"mental"> = () => ({ status: "not_established", reason: MENTAL_REASON, facts: [] });

const legal: Checker<"legal"> = (check) => ({
  status: "not_established",
  reason: `A legal qualification for review: ${check.about}.`,
  facts: [],
});

const notMilitaryObjective: Checker<"not-military-objective"> = (_check, facts) =>
  judge(cueNotes(facts, "no-military-objective"), cueNotes(facts, "military-objective"), {
    none: "The sources do not rule out a military objective; for legal review.",
    supported: "The sources say there was no military objective; the qualification remains for legal review.",
    contested: "The sources disagree on whether there was a military objective.",
  });

const excessive: Checker<"excessive"> = (_check, facts) => ({
  status: "not_established",
  reason:
    "Whether the incidental harm was clearly excessive in relation to the anticipated military advantage is for legal review; these are the facts reported on both sides.",
  facts: [
    ...casualtyNotes(casualties(facts, { who: CIVILIAN_WHO })),
    ...targetNotes(facts, CIVILIAN_OBJECT_CATEGORIES),
    ...cueNotes(facts, "military-objective"),
    ...cueNotes(facts, "indiscriminate"),
  ],
});

const conflictContext: Checker<"conflict-context"> = (_check, _facts, ctx) => {
  const user = ctx.userContext;
  if (user === null) {
    return {
      status: "not_established",
      reason:
        "No conflict context is set; whether there was an armed conflict, and whether it was international, is for legal review.",
      facts: [],
    };
  }
  const fact: FactNote = {
    statement: `conflict context set by ${user.setBy}: ${user.name}, recorded as ${user.classification}`,
    support: [],
    contradictedBy: [],
  };
  if (user.classification === ctx.conflict) {
    return {
      status: "supported",
      reason:
        "Supported by the conflict context a user recorded; the classification itself remains for legal review.",
      facts: [fact],
    };
  }
  return {
    status: "not_established",
    reason: `The conflict context is recorded as ${user.classification}; this variant applies only if legal review classifies the conflict otherwise.`,
    facts: [fact],
  };
};

const conflictAwareness: Checker<"conflict-awareness"> = () => ({
  status: "not_established",
  reason: "Usually inferred from the circumstances (a known, ongoing conflict); for legal review.",
  facts: [],
});

const CHECKERS: { [K in ElementCheck["kind"]]: Checker<K> } = {
  attack,
  targets,
  "civilians-harmed": civiliansHarmed,
  killing,
  "victims-civilian": victimsCivilian,
  cue,
  intent,
  mental,
  legal,
  "not-military-objective": notMilitaryObjective,
  excessive,
  "conflict-context": conflictContext,
  "conflict-awareness": conflictAwareness,
};

export function checkElement(check: ElementCheck, facts: LegalFacts, ctx: ElementContext): CheckResult {
  const checker = CHECKERS[check.kind] as Checker<typeof check.kind>;
  return checker(check as never, facts, ctx);
}
