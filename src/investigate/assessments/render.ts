import { CONFIDENCE, LIKELIHOODS, likelihoodBand } from "./estimative.js";
import type { Assessment, AssessmentInput, ThirdPartyOrigin } from "./types.js";

export type Renderable = AssessmentInput & Partial<Pick<Assessment, "status">>;

const THIRD_PARTY_VERBS: Record<ThirdPartyOrigin["kind"], string> = {
  assessment: "assesses",
  allegation: "alleges",
  determination: "has determined",
};

function clause(statement: string): string {
  return statement.trim().replace(/[.;:,\s]+$/, "");
}

/** "the US government" opening a sentence. */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "very likely (80–95%)" and ", with moderate confidence" (empty when no confidence is stated). */
function estimate(a: AssessmentInput): { likelihood: string; confidence: string } | null {
  if (a.likelihood === null) return null;
  return {
    likelihood: `${LIKELIHOODS[a.likelihood].term} (${likelihoodBand(a.likelihood)})`,
    confidence: a.confidence === null ? "" : `, with ${CONFIDENCE[a.confidence].label}`,
  };
}

function own(a: AssessmentInput): string {
  const est = estimate(a);
  const basis = `based on information available as of ${a.asOf}`;
  if (est === null) return `We have not yet stated how likely it is that ${clause(a.statement)} (${basis}).`;
  return `We assess that it is ${est.likelihood} that ${clause(a.statement)}${est.confidence}, ${basis}.`;
}

function thirdParty(a: AssessmentInput, origin: ThirdPartyOrigin): string {
  const who = origin.by ?? "A source";
  const cite = `(source ${origin.sourceId}, characters ${origin.span.start}–${origin.span.end}, as of ${a.asOf})`;
  const theirs = `${sentenceCase(who)} ${THIRD_PARTY_VERBS[origin.kind]} that ${clause(a.statement)} ${cite}.`;
  const est = estimate(a);
  const ours =
    est === null
      ? "We have not made our own assessment of it."
      : `We assess this as ${est.likelihood}${est.confidence}.`;
  return `${theirs} ${ours}`;
}

const STATUS_NOTE: Partial<Record<NonNullable<Renderable["status"]>, string>> = {
  draft: " [Draft: not signed off.]",
  under_review: " [Under review: not signed off.]",
  withdrawn: " [Withdrawn.]",
};

/**
 * The assessment in ICD 203 wording: "We assess that it is very likely (80–95%) that ..., with
 * moderate confidence, based on information available as of 2022-03-23." Anything not signed
 * off says so, so that a draft copied into a report cannot pass for a finding.
 */
export function renderAssessment(a: Renderable): string {
  const text = a.thirdParty === null ? own(a) : thirdParty(a, a.thirdParty);
  return text + (a.status ? (STATUS_NOTE[a.status] ?? "") : "");
}
