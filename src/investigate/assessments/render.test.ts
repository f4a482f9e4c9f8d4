import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { AssessmentMention } from "../../domain/analysis.js";
import { likelihoodBand } from "./estimative.js";
import { renderAssessment } from "./render.js";
import { thirdPartyFromMention } from "./third-party.js";
import type { AssessmentInput } from "./types.js";

const own: AssessmentInput = {
  statement: "units of the Northland army have committed war crimes in Vell.",
  incidentIds: ["inc-1"],
  likelihood: "very_likely",
  confidence: "moderate",
  asOf: "2022-03-23",
  thirdParty: null,
};

// "The Southland government assesses that Northland forces shelled the Vell hospital."
const text =
  "The Southland government assesses that Northland forces shelled the Vell hospital, based on information currently available.";
const claimStart = text.indexOf("Northland");
const claimEnd = text.indexOf(",");
const hedgeStart = text.indexOf("based on");
const mention: AssessmentMention = {
  start: 0,
  end: text.length,
  text,
  kind: "assessment",
  claim: { start: claimStart, end: claimEnd, text: text.slice(claimStart, claimEnd) },
  by: { start: 0, end: 24, text: text.slice(0, 24), name: "the Southland government" },
  hedges: [{ start: hedgeStart, end: text.length - 1, text: text.slice(hedgeStart, -1) }],
};

describe("renderAssessment", () => {
  it("states likelihood with its ICD 203 band, confidence and the as-of date", () => {
    assert.equal(
      renderAssessment({ ...own, status: "signed_off" }),
      "We assess that it is very likely (80–95%) that units of the Northland army have committed war crimes in Vell, with moderate confidence, based on information available as of 2022-03-23.",
    );
    assert.equal(likelihoodBand("almost_no_chance"), "01–05%");
  });

  it("marks anything not signed off", () => {
    assert.match(renderAssessment({ ...own, status: "draft" }), /\[Draft: not signed off\.\]$/);
    assert.match(renderAssessment({ ...own, status: "withdrawn" }), /\[Withdrawn\.\]$/);
    assert.match(renderAssessment({ ...own, likelihood: null }), /^We have not yet stated how likely/);
  });
});

describe("thirdPartyFromMention", () => {
  it("records who asserted what, where, leaving our own estimate unset", () => {
    const input = thirdPartyFromMention({ mention, sourceId: "a1b2c3d4e5f6", asOf: "2022-03-23T09:30:00Z" });
    assert.equal(input.statement, "Northland forces shelled the Vell hospital");
    assert.equal(input.asOf, "2022-03-23");
    assert.equal(input.likelihood, null);
    assert.equal(input.confidence, null);
    assert.deepEqual(input.incidentIds, []);
    assert.equal(input.thirdParty?.by, "the Southland government");
    assert.equal(input.thirdParty?.span.end, text.length);
    assert.deepEqual(input.thirdParty?.hedges, ["based on information currently available"]);
  });

  it("renders as the third party's finding with its citation, and ours only when made", () => {
    const input = thirdPartyFromMention({ mention, sourceId: "a1b2c3d4e5f6", asOf: "2022-03-23" });
    assert.equal(
      renderAssessment(input),
      `The Southland government assesses that Northland forces shelled the Vell hospital (source a1b2c3d4e5f6, characters 0–${text.length}, as of 2022-03-23). We have not made our own assessment of it.`,
    );
    assert.match(
      renderAssessment({ ...input, likelihood: "likely", confidence: "low" }),
      /We assess this as likely \(55–80%\), with low confidence\.$/,
    );
  });
});
