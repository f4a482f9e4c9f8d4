import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Actor } from "../review/roles.js";
import type { Assessment } from "./types.js";
import {
  createAssessment,
  editDraft,
  returnToDraft,
  signOff,
  submitForReview,
  withdraw,
} from "./workflow.js";

const today = "2022-03-24";
const at = "2022-03-24T10:00:00Z";
const author: Actor = { id: "ivan", role: "investigator" };
const reviewer: Actor = { id: "rita", role: "reviewer" };

const input = {
  statement: "units of the Northland army shelled the Vell hospital",
  incidentIds: ["inc-1"],
  likelihood: "likely",
  confidence: "moderate",
  asOf: "2022-03-23",
};

function draft(overrides: Record<string, unknown> = {}, by: Actor = author): Assessment {
  const result = createAssessment({ ...input, ...overrides }, { id: "as-1", actor: by, today });
  assert.ok(result.ok, JSON.stringify(!result.ok && result.error));
  return result.next;
}

function underReview(): Assessment {
  const result = submitForReview(draft(), { actor: author });
  assert.ok(result.ok);
  return result.next;
}

describe("assessment workflow", () => {
  it("creates a draft owned by its author", () => {
    const a = draft();
    assert.deepEqual([a.status, a.author, a.signOffs, a.withdrawal], ["draft", "ivan", [], null]);
    const partner = createAssessment(input, { id: "x", actor: { id: "p", role: "partner" }, today });
    assert.equal(!partner.ok && partner.error.id, "read-only-role");
  });

  it("requires a likelihood and a confidence before review, except for a third party's assessment", () => {
    const incomplete = submitForReview(draft({ confidence: null }), { actor: author });
    assert.equal(!incomplete.ok && incomplete.error.id, "incomplete-assessment");
    const thirdParty = draft({
      incidentIds: [],
      likelihood: null,
      confidence: null,
      thirdParty: {
        sourceId: "a1b2c3d4e5f6",
        span: { start: 0, end: 10, text: "0123456789" },
        claim: { start: 5, end: 10, text: "56789" },
        kind: "allegation",
        by: null,
        hedges: [],
      },
    });
    assert.equal(submitForReview(thirdParty, { actor: author }).ok, true);
  });

  it("lets a different reviewer sign off, recording who, when and why", () => {
    const result = signOff(underReview(), { actor: reviewer, note: "checked both incidents' sources", at });
    assert.ok(result.ok);
    assert.equal(result.next.status, "signed_off");
    assert.deepEqual(result.next.signOffs, [
      { reviewer: "rita", note: "checked both incidents' sources", at },
    ]);
    assert.deepEqual(
      [result.event.from, result.event.to, result.event.action],
      ["under_review", "signed_off", "sign-off"],
    );
  });

  it("refuses sign-off by the author even when the author is a reviewer, by investigators, and without a note", () => {
    const ownDraft = draft({}, reviewer);
    const submitted = submitForReview(ownDraft, { actor: reviewer });
    assert.ok(submitted.ok);
    const self = signOff(submitted.next, { actor: reviewer, note: "fine", at });
    assert.equal(!self.ok && self.error.id, "author-cannot-sign-off");
    const byInvestigator = signOff(underReview(), {
      actor: { id: "olga", role: "investigator" },
      note: "ok",
      at,
    });
    assert.equal(!byInvestigator.ok && byInvestigator.error.id, "role-not-permitted");
    const noNote = signOff(underReview(), { actor: reviewer, note: " ", at });
    assert.equal(!noNote.ok && noNote.error.id, "note-required");
    const notSubmitted = signOff(draft(), { actor: reviewer, note: "ok", at });
    assert.equal(!notSubmitted.ok && notSubmitted.error.id, "transition-not-allowed");
  });

  it("sends an assessment back to draft with a note, and allows editing only drafts", () => {
    const back = returnToDraft(underReview(), { actor: reviewer, note: "cite the second incident" });
    assert.ok(back.ok);
    assert.equal(back.next.status, "draft");
    const edited = editDraft(back.next, { ...input, likelihood: "very_likely" }, { actor: author, today });
    assert.equal(edited.ok && edited.next.likelihood, "very_likely");
    const locked = editDraft(underReview(), input, { actor: author, today });
    assert.equal(!locked.ok && locked.error.id, "transition-not-allowed");
    const stranger = editDraft(draft(), input, { actor: { id: "olga", role: "investigator" }, today });
    assert.equal(!stranger.ok && stranger.error.id, "role-not-permitted");
  });

  it("lets only a reviewer withdraw a signed-off assessment, and never twice", () => {
    const signed = signOff(underReview(), { actor: reviewer, note: "ok", at });
    assert.ok(signed.ok);
    const byAuthor = withdraw(signed.next, { actor: author, note: "new evidence", at });
    assert.equal(!byAuthor.ok && byAuthor.error.id, "role-not-permitted");
    const byReviewer = withdraw(signed.next, { actor: reviewer, note: "new evidence", at });
    assert.ok(byReviewer.ok);
    assert.deepEqual(byReviewer.next.withdrawal, { by: "rita", note: "new evidence", at });
    const again = withdraw(byReviewer.next, { actor: reviewer, note: "again", at });
    assert.equal(!again.ok && again.error.id, "transition-not-allowed");
    assert.equal(withdraw(draft(), { actor: author, note: "abandoned", at }).ok, true);
  });
});
