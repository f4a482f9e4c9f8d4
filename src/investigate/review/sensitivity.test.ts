import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { changeFlags, contentWarnings, type SensitivityFlag, visibleTo } from "./sensitivity.js";

describe("visibleTo", () => {
  it("shows unflagged and graphic items to everyone, with a warning for graphic ones", () => {
    for (const role of ["admin", "investigator", "reviewer", "partner"] as const) {
      assert.equal(visibleTo(role, [], false), true);
      assert.equal(visibleTo(role, ["graphic-content"], false), true);
    }
    assert.deepEqual(contentWarnings(["graphic-content", "minors"]), ["Graphic content"]);
  });

  it("shows personal data to staff, and to partners only when shared with them explicitly", () => {
    const flags: SensitivityFlag[] = ["victim-personal-data"];
    assert.equal(visibleTo("investigator", flags, false), true);
    assert.equal(visibleTo("partner", flags, false), false);
    assert.equal(visibleTo("partner", flags, true), true);
  });

  it("keeps need-to-know items from investigators, whatever else is shared", () => {
    const flags: SensitivityFlag[] = ["graphic-content", "sexual-violence-survivor"];
    assert.equal(visibleTo("investigator", flags, true), false);
    assert.equal(visibleTo("reviewer", flags, false), true);
    assert.equal(visibleTo("admin", flags, false), true);
    assert.equal(visibleTo("partner", flags, false), false);
  });
});

describe("changeFlags", () => {
  it("lets any staff member add flags, ignoring repeats", () => {
    const result = changeFlags(["graphic-content"], {
      add: ["minors", "graphic-content"],
      actor: { id: "ivan", role: "investigator" },
    });
    assert.ok(result.ok);
    assert.deepEqual(result.next, ["graphic-content", "minors"]);
    assert.deepEqual(result.historyEntry.added, ["minors"]);
  });

  it("lets only reviewers and admins remove a flag, and only with a note", () => {
    const current: SensitivityFlag[] = ["witness-personal-data"];
    const byInvestigator = changeFlags(current, {
      remove: ["witness-personal-data"],
      note: "witness consented",
      actor: { id: "ivan", role: "investigator" },
    });
    assert.equal(!byInvestigator.ok && byInvestigator.error.id, "role-not-permitted");
    const noNote = changeFlags(current, {
      remove: ["witness-personal-data"],
      actor: { id: "r", role: "reviewer" },
    });
    assert.equal(!noNote.ok && noNote.error.id, "note-required");
    const ok = changeFlags(current, {
      remove: ["witness-personal-data"],
      note: "witness consented in writing",
      actor: { id: "r", role: "reviewer" },
    });
    assert.ok(ok.ok);
    assert.deepEqual(ok.next, []);
  });

  it("refuses partners and unknown flag names", () => {
    const partner = changeFlags([], { add: ["minors"], actor: { id: "p", role: "partner" } });
    assert.equal(!partner.ok && partner.error.id, "read-only-role");
    const unknown = changeFlags([], { add: ["secret-stuff"], actor: { id: "a", role: "admin" } });
    assert.equal(!unknown.ok && unknown.error.id, "unknown-flag");
  });
});
