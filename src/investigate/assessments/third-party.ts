import type { AssessmentMention } from "../../domain/analysis.js";
import type { AssessmentInput } from "./types.js";

export interface ThirdPartyRequest {
  mention: AssessmentMention;
  sourceId: string;
  /** When the third party stated it: the source's publication date (ISO date or date-time). */
  asOf: string;
  incidentIds?: string[];
}

/**
 * Records a finding someone else stated ("the US government assesses that ...") as an
 * assessment input: the claim as the statement, the source span for provenance, and our own
 * likelihood and confidence left unset, to be made separately if at all.
 */
export function thirdPartyFromMention(request: ThirdPartyRequest): AssessmentInput {
  const { mention } = request;
  return {
    statement: mention.claim.text.trim(),
    incidentIds: request.incidentIds ?? [],
    likelihood: null,
    confidence: null,
    asOf: request.asOf.slice(0, 10),
    thirdParty: {
      sourceId: request.sourceId,
      span: { start: mention.start, end: mention.end, text: mention.text },
      claim: { ...mention.claim },
      kind: mention.kind,
      by: mention.by?.name ?? null,
      hedges: mention.hedges.map((h) => h.text),
    },
  };
}
