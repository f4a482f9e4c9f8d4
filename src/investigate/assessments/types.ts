import type { AssessmentMention } from "../../domain/analysis.js";
import type { Span } from "../../domain/span.js";
import type { Confidence, Likelihood } from "./estimative.js";

export const ASSESSMENT_STATUSES = ["draft", "under_review", "signed_off", "withdrawn"] as const;

export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** Where a third party's finding was read: the ingested text, its span, and who made it. */
export interface ThirdPartyOrigin {
  sourceId: string;
  /** The whole assertion in the source ("The US government assesses that ..."). */
  span: Span;
  /** Just what is asserted. */
  claim: Span;
  kind: AssessmentMention["kind"];
  /** Who made it, as named in the source; null when the source does not say. */
  by: string | null;
  /** The hedging or evidential words the third party used. */
  hedges: string[];
}

/** What an author writes; validated by assessmentInputSchema(). */
export interface AssessmentInput {
  /** The finding as a clause: "members of X's forces have committed war crimes in Y". */
  statement: string;
  incidentIds: string[];
  /** Our own estimate; for a third party's assessment it stays null until we make one. */
  likelihood: Likelihood | null;
  confidence: Confidence | null;
  /** "Based on information available as of", YYYY-MM-DD. */
  asOf: string;
  thirdParty: ThirdPartyOrigin | null;
}

export interface SignOff {
  reviewer: string;
  note: string;
  at: string;
}

export interface Assessment extends AssessmentInput {
  id: string;
  author: string;
  status: AssessmentStatus;
  signOffs: SignOff[];
  withdrawal: { by: string; note: string; at: string } | null;
}
