import { CONDUCT_PROVISIONS } from "./catalogue-conduct.js";
import { HOSTILITIES_PROVISIONS } from "./catalogue-hostilities.js";
import type { ConflictClassification, ElementDef, Provision } from "./types.js";

/** Bumped whenever provisions, elements or rules change, so stored suggestions can be recomputed. */
export const LEGAL_CATALOGUE_VERSION = "dossier-legal@1";

/** The article 8 provisions Dossier can suggest, in the order suggestions are listed. */
export const PROVISIONS: readonly Provision[] = [...HOSTILITIES_PROVISIONS, ...CONDUCT_PROVISIONS];

const byId = new Map(PROVISIONS.map((p) => [p.id, p]));

export function provisionById(id: string): Provision | undefined {
  return byId.get(id);
}

/** The two elements every article 8 crime ends with in the Elements of Crimes. */
export function contextElements(conflict: ConflictClassification): ElementDef[] {
  const kind = conflict === "international" ? "an international" : "a non-international";
  return [
    {
      text: `The conduct took place in the context of, and was associated with, ${kind} armed conflict.`,
      kind: "context",
      check: { kind: "conflict-context" },
    },
    {
      text: "The perpetrator was aware of the factual circumstances that established the existence of an armed conflict.",
      kind: "context",
      check: { kind: "conflict-awareness" },
    },
  ];
}

/** A provision's full list of elements: its own, then the context elements. */
export function elementsOf(provision: Provision): ElementDef[] {
  return [...provision.elements, ...contextElements(provision.conflict)];
}
