import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { permissionsOf } from "../auth/permissions.js";
import { assessmentSteps } from "./assessments.js";

const investigator = permissionsOf("investigator");
const reviewer = permissionsOf("reviewer");

describe("assessmentSteps", () => {
  it("lets the author submit a draft, and anyone on staff withdraw it", () => {
    assert.deepEqual(assessmentSteps({ status: "draft", author: "ana" }, "ana", investigator), [
      "submit",
      "withdraw",
    ]);
    assert.deepEqual(assessmentSteps({ status: "draft", author: "ana" }, "bo", investigator), ["withdraw"]);
  });

  it("never offers authors a sign-off of their own judgement", () => {
    assert.ok(
      !assessmentSteps({ status: "under_review", author: "rev" }, "rev", reviewer).includes("sign-off"),
    );
    assert.deepEqual(assessmentSteps({ status: "under_review", author: "ana" }, "rev", reviewer), [
      "return",
      "sign-off",
      "withdraw",
    ]);
  });

  it("leaves a signed-off assessment to reviewers, and partners nothing", () => {
    assert.deepEqual(assessmentSteps({ status: "signed_off", author: "ana" }, "ana", investigator), []);
    assert.deepEqual(assessmentSteps({ status: "signed_off", author: "ana" }, "rev", reviewer), ["withdraw"]);
    assert.deepEqual(assessmentSteps({ status: "draft", author: "p" }, "p", permissionsOf("partner")), []);
    assert.deepEqual(assessmentSteps({ status: "withdrawn", author: "ana" }, "rev", reviewer), []);
  });
});
