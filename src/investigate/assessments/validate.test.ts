import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { validateAssessmentInput } from "./validate.js";

const today = "2022-03-24";

function problems(input: unknown): string[] {
  const result = validateAssessmentInput(input, { today });
  return result.ok ? [] : (result.error.details ?? []).map((d) => `${d.path}: ${d.message}`);
}

describe("validateAssessmentInput", () => {
  it("accepts a complete assessment, trimming the statement and de-duplicating incidents", () => {
    const result = validateAssessmentInput(
      {
        statement: "  units of the Northland army shelled the Vell hospital  ",
        incidentIds: ["inc-1", "inc-1", "inc-2"],
        likelihood: "very_likely",
        confidence: "moderate",
        asOf: "2022-03-23",
      },
      { today },
    );
    assert.ok(result.ok);
    assert.equal(result.value.statement, "units of the Northland army shelled the Vell hospital");
    assert.deepEqual(result.value.incidentIds, ["inc-1", "inc-2"]);
    assert.equal(result.value.thirdParty, null);
  });

  it("refuses an empty statement, no incidents, and an as-of date in the future, naming each field", () => {
    const found = problems({ statement: "   ", incidentIds: [], asOf: "2022-03-25" });
    assert.equal(found.length, 3);
    assert.ok(found.some((p) => p.startsWith("statement:")));
    assert.ok(found.some((p) => p.startsWith("incidentIds:") && /at least one incident/.test(p)));
    assert.ok(found.some((p) => p.startsWith("asOf:") && /future/.test(p)));
  });

  it("accepts today as the as-of date but not a malformed date or an unknown likelihood term", () => {
    assert.deepEqual(problems({ statement: "x", incidentIds: ["i"], asOf: today }), []);
    assert.equal(problems({ statement: "x", incidentIds: ["i"], asOf: "23/03/2022" }).length, 1);
    assert.equal(
      problems({ statement: "x", incidentIds: ["i"], asOf: today, likelihood: "probable-ish" }).length,
      1,
    );
  });

  it("lets a third party's assessment stand without incidents", () => {
    const thirdParty = {
      sourceId: "a1b2c3d4e5f6",
      span: { start: 0, end: 40, text: "x".repeat(40) },
      claim: { start: 30, end: 40, text: "x".repeat(10) },
      kind: "assessment",
      by: "the Vell government",
      hedges: [],
    };
    assert.deepEqual(problems({ statement: "x", asOf: today, thirdParty }), []);
    const reversed = { ...thirdParty, span: { start: 10, end: 5, text: "" } };
    assert.equal(problems({ statement: "x", asOf: today, thirdParty: reversed }).length, 1);
  });
});
