import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CUE_WORDS, inflections } from "./verbs.js";

describe("cue verb lexicon", () => {
  it("inflects by rule, doubling a consonant where English does", () => {
    assert.deepEqual(inflections("plan").sort(), ["plan", "planned", "planning", "plans"]);
    assert.deepEqual(inflections("argue").sort(), ["argue", "argued", "argues", "arguing"]);
    assert.deepEqual(inflections("reply").sort(), ["replied", "replies", "reply", "replying"]);
  });

  it("takes irregular pasts from the list, and both spellings of a doubled l", () => {
    assert.ok(inflections("foresee").includes("foresaw") && inflections("foresee").includes("foreseen"));
    assert.ok(inflections("signal").includes("signaled") && inflections("signal").includes("signalled"));
  });

  it("knows each form's lemma, class and use", () => {
    assert.deepEqual(CUE_WORDS.get("told"), { lemma: "tell", class: "speech", form: "past", audience: true });
    assert.equal(CUE_WORDS.get("belittles")?.class, "evaluation");
    assert.equal(CUE_WORDS.get("dreaded")?.class, "stance");
    // "the state", "find a job": forms that are mostly no report
    assert.equal(CUE_WORDS.get("state"), undefined);
  });
});
