import { elementsOf, PROVISIONS } from "./catalogue.js";
import { checkElement } from "./elements.js";
import { RULES } from "./rules.js";
import type {
  ClassificationFlag,
  ConflictContext,
  ElementAssessment,
  ElementStatus,
  LegalFacts,
  LegalSuggestions,
  Provision,
  ProvisionSuggestion,
} from "./types.js";
import { LEGAL_DISCLAIMER, SUGGESTION_STATUS } from "./types.js";

export interface SuggestOptions {
  /** The conflict as a user recorded it; null or absent leaves the classification fully open. */
  conflict?: ConflictContext | null;
}

const CLASSIFICATION_QUESTION =
  "Was the conduct part of an international or a non-international armed conflict? The Statute lists " +
  "different crimes for each; both variants are shown where they exist.";

function classification(provision: Provision, user: ConflictContext | null): ClassificationFlag {
  return {
    status: "for-legal-review",
    question: CLASSIFICATION_QUESTION,
    userContext: user,
    matchesUserContext: user === null ? null : user.classification === provision.conflict,
  };
}

function assess(provision: Provision, facts: LegalFacts, user: ConflictContext | null): ElementAssessment[] {
  const ctx = { conflict: provision.conflict, userContext: user };
  return elementsOf(provision).map((def, i) => ({
    id: `${provision.id}#${i + 1}`,
    text: def.text,
    kind: def.kind,
    ...checkElement(def.check, facts, ctx),
  }));
}

function countStatuses(elements: ElementAssessment[]): Record<ElementStatus, number> {
  const counts: Record<ElementStatus, number> = { supported: 0, contested: 0, not_established: 0 };
  for (const e of elements) counts[e.status]++;
  return counts;
}

/** Which provisions each rule engages for these facts, with the reasons joined per provision. */
function triggered(facts: LegalFacts): Map<string, string[]> {
  const reasons = new Map<string, string[]>();
  for (const rule of RULES) {
    const why = rule.when(facts);
    if (why === null) continue;
    for (const id of rule.provisions) reasons.set(id, [...(reasons.get(id) ?? []), why]);
  }
  return reasons;
}

/**
 * The article 8 provisions an incident's reported facts may engage, each with its elements
 * marked as supported, contested or not established by the sources. Every part of the answer
 * is labelled a suggestion for legal review: nothing here is a finding.
 */
export function suggestProvisions(facts: LegalFacts, options: SuggestOptions = {}): LegalSuggestions {
  const user = options.conflict ?? null;
  const reasons = triggered(facts);
  const suggestions: ProvisionSuggestion[] = PROVISIONS.filter((p) => reasons.has(p.id)).map((provision) => {
    const elements = assess(provision, facts, user);
    const { id, title, conflict, counterpart, note } = provision;
    return {
      status: SUGGESTION_STATUS,
      disclaimer: LEGAL_DISCLAIMER,
      provision:
        note === undefined
          ? { id, title, conflict, counterpart }
          : { id, title, conflict, counterpart, note },
      why: (reasons.get(id) ?? []).join("; "),
      classification: classification(provision, user),
      elements,
      counts: countStatuses(elements),
    };
  });
  return { status: SUGGESTION_STATUS, disclaimer: LEGAL_DISCLAIMER, suggestions };
}
