import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { sharedPath, sharedSkip } from "../../testing/shared.js";
import { prepare } from "../text/prepare.js";
import { findAssessments } from "./find-assessments.js";

describe("findAssessments on the seed article", () => {
  it("reads the US government's assessment with its hedge", { skip: sharedSkip("corpus/seed") }, () => {
    const text = readFileSync(sharedPath("corpus/seed/us-war-crimes-assessment.txt"), "utf8");
    const found = findAssessments(prepare(text), []);

    const assessment = found.find((a) => a.kind === "assessment");
    assert.ok(assessment, `found ${found.map((a) => a.text)}`);
    assert.equal(assessment.by?.text, "the US government");
    assert.match(assessment.claim.text, /have committed war crimes/);
    assert.deepEqual(
      assessment.hedges.map((h) => h.text),
      ["based on information currently available"],
    );

    const determination = found.find((a) => a.kind === "determination");
    assert.equal(determination?.claim.text, "Russian forces have committed war crimes during the invasion");
    assert.equal(determination?.by?.text, "President Joe Biden's administration");

    const accused = found.find((a) => a.claim.text.startsWith("troops have been accused of war crimes"));
    assert.deepEqual([accused?.kind, accused?.by], ["allegation", null]);

    const label = found.find((a) => a.claim.text === "Putin a 'war criminal'");
    assert.deepEqual([label?.kind, label?.by?.text], ["allegation", "the US Senate"]);
  });
});
