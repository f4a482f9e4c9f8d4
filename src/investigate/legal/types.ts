import type { EventType, FigureMeasure, FigureWho, Stance, TargetCategory } from "../../domain/analysis.js";

/**
 * A fact about an incident with the ids of what states it (mention ids, span ids: whatever the
 * caller uses to point back at the sources) and of what states otherwise.
 */
export interface Fact<T> {
  value: T;
  support: string[];
  contradictedBy?: string[];
}

/** Kinds of wording in the sources that bear on a legal element beyond what the incident fields say. */
export const CUE_KINDS = [
  "intent",
  "indiscriminate",
  "military-objective",
  "no-military-objective",
  "emblem",
  "appropriation",
  "destruction",
  "sexual-act",
  "rape",
  "coercion",
  "deportation",
  "hostage",
  "starvation",
  "toxic-gas",
] as const;

export type CueKind = (typeof CUE_KINDS)[number];

export type Cues = Partial<Record<CueKind, Fact<string>[]>>;

export interface CasualtyFact {
  measure: Extract<FigureMeasure, "killed" | "injured" | "killed_or_injured">;
  who: FigureWho;
  low: number | null;
  high: number | null;
}

/** What legal characterisation needs to know about one incident; the lead maps incidents onto it. */
export interface LegalFacts {
  eventType: Fact<EventType>;
  targets: Fact<{ category: TargetCategory; object: string }>[];
  casualties: Fact<CasualtyFact>[];
  perpetrator: Fact<string> | null;
  stance: Stance;
  /** Ids of the mentions that report a denial by the alleged perpetrator or on its behalf. */
  denials: string[];
  cues: Cues;
}

export type ConflictClassification = "international" | "non-international";

/**
 * The armed conflict as a user described it. Recorded, never inferred: whether a conflict is
 * international is itself a legal question, so suggestions keep both variants and flag it.
 */
export interface ConflictContext {
  name: string;
  classification: ConflictClassification;
  setBy: string;
}

export type ElementStatus = "supported" | "contested" | "not_established";

export type ElementKind = "conduct" | "circumstance" | "mental" | "context";

/** How an element is checked against the facts; see elements.ts. */
export type ElementCheck =
  | { kind: "attack" }
  | { kind: "targets"; categories: readonly TargetCategory[] }
  | { kind: "civilians-harmed" }
  | { kind: "killing" }
  | { kind: "victims-civilian" }
  | {
      kind: "cue";
      cues: readonly CueKind[];
      events?: readonly EventType[];
      categories?: readonly TargetCategory[];
    }
  | { kind: "intent" }
  | { kind: "mental" }
  | { kind: "legal"; about: string }
  | { kind: "not-military-objective" }
  | { kind: "excessive" }
  | { kind: "conflict-context" }
  | { kind: "conflict-awareness" };

export interface ElementDef {
  text: string;
  kind: ElementKind;
  check: ElementCheck;
}

export interface Provision {
  /** Article and, where the Elements of Crimes split a provision, its suffix: "8(2)(b)(xxii)-1". */
  id: string;
  title: string;
  conflict: ConflictClassification;
  /** The same crime in the other kind of conflict, when the Statute has one. */
  counterpart: string | null;
  /** What a reader must know about the provision itself (amendments, scope). */
  note?: string;
  /** The crime's own elements, in the Elements of Crimes' order; the two context elements are added. */
  elements: ElementDef[];
}

export interface FactNote {
  statement: string;
  support: string[];
  contradictedBy: string[];
}

export interface ElementAssessment {
  /** `${provisionId}#${n}`, n counting from 1. */
  id: string;
  text: string;
  kind: ElementKind;
  status: ElementStatus;
  /** Why this status, in words a legal officer can check against the cited mentions. */
  reason: string;
  facts: FactNote[];
}

export const SUGGESTION_STATUS = "suggestion-for-legal-review" as const;

export const LEGAL_DISCLAIMER =
  "Suggestion generated from source reports for legal review. It is not a legal finding: it " +
  "states which provisions the reported facts may engage and which elements the sources touch, " +
  "and it has not been assessed by a lawyer.";

export interface ClassificationFlag {
  status: "for-legal-review";
  question: string;
  userContext: ConflictContext | null;
  /** Whether this variant matches the user's context; null when no context is set. */
  matchesUserContext: boolean | null;
}

export interface ProvisionSuggestion {
  status: typeof SUGGESTION_STATUS;
  disclaimer: string;
  provision: Pick<Provision, "id" | "title" | "conflict" | "counterpart" | "note">;
  /** Which facts made this provision worth considering. */
  why: string;
  classification: ClassificationFlag;
  elements: ElementAssessment[];
  counts: Record<ElementStatus, number>;
}

export interface LegalSuggestions {
  status: typeof SUGGESTION_STATUS;
  disclaimer: string;
  suggestions: ProvisionSuggestion[];
}
