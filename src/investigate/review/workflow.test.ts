import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type Actor, ROLES, type Role } from "./roles.js";
import {
  allowedTransitions,
  assign,
  INCIDENT_STATUSES,
  type IncidentStatus,
  type ReviewState,
  transition,
} from "./workflow.js";

// The workflow as documented for users, written out independently of TRANSITIONS:
// "staff" = investigator, reviewer, admin; "reviewers" = reviewer, admin; absent = never.
const EXPECTED: Record<IncidentStatus, Partial<Record<IncidentStatus, "staff" | "reviewers">>> = {
  new: { in_review: "staff", rejected: "reviewers" },
  in_review: { corroborated: "staff", verified: "reviewers", disputed: "staff", rejected: "reviewers" },
  corroborated: { verified: "reviewers", in_review: "staff", disputed: "staff", rejected: "reviewers" },
  verified: { disputed: "reviewers", in_review: "reviewers" },
  disputed: { in_review: "staff", verified: "reviewers", rejected: "reviewers" },
  rejected: { in_review: "reviewers" },
};

const actor = (role: Role, id = `${role}-1`): Actor => ({ id, role });

function expectedRefusal(role: Role, from: IncidentStatus, to: IncidentStatus): string | null {
  const who = EXPECTED[from][to];
  if (role === "partner") return "read-only-role";
  if (from === to) return "same-status";
  if (who === undefined) return "transition-not-allowed";
  const allowed = who === "staff" || role === "reviewer" || role === "admin";
  return allowed ? null : "role-not-permitted";
}

describe("transition", () => {
  it("allows exactly the documented transitions, per role, and refuses everything else with a reason", () => {
    for (const from of INCIDENT_STATUSES) {
      for (const to of INCIDENT_STATUSES) {
        for (const role of ROLES) {
          const result = transition(
            { status: from, assignee: null },
            { to, note: "checked", actor: actor(role) },
          );
          const label = `${role}: ${from} → ${to}`;
          const refusal = expectedRefusal(role, from, to);
          if (refusal === null) {
            assert.ok(result.ok, label);
            assert.equal(result.next.status, to, label);
          } else {
            assert.equal(!result.ok && result.error.id, refusal, label);
          }
        }
      }
    }
  });

  it("refuses to let an investigator verify, and lets a reviewer", () => {
    const state: ReviewState = { status: "corroborated", assignee: null };
    const byInvestigator = transition(state, {
      to: "verified",
      note: "two sources",
      actor: actor("investigator"),
    });
    assert.equal(byInvestigator.ok, false);
    assert.match(!byInvestigator.ok ? byInvestigator.error.message : "", /reviewer or admin/);
    assert.equal(
      transition(state, { to: "verified", note: "geolocated", actor: actor("reviewer") }).ok,
      true,
    );
  });

  it("requires a non-empty note and records it trimmed", () => {
    const state: ReviewState = { status: "new", assignee: null };
    for (const note of ["", "   \n"]) {
      const result = transition(state, { to: "in_review", note, actor: actor("investigator") });
      assert.equal(!result.ok && result.error.id, "note-required");
    }
    const long = transition(state, {
      to: "in_review",
      note: "x".repeat(10_001),
      actor: actor("investigator"),
    });
    assert.equal(!long.ok && long.error.id, "note-too-long");
    const ok = transition(state, { to: "in_review", note: "  starting  ", actor: actor("investigator") });
    assert.equal(ok.ok && ok.historyEntry.note, "starting");
  });

  it("records who moved what, from where to where, and the assignee before and after", () => {
    const result = transition(
      { status: "new", assignee: null },
      { to: "in_review", note: "claiming", actor: actor("investigator", "ivan") },
    );
    assert.ok(result.ok);
    assert.deepEqual(result.next, { status: "in_review", assignee: "ivan" });
    assert.deepEqual(result.historyEntry, {
      kind: "transition",
      from: "new",
      to: "in_review",
      note: "claiming",
      actor: { id: "ivan", role: "investigator" },
      assigneeBefore: null,
      assigneeAfter: "ivan",
    });
  });

  it("keeps investigators off incidents assigned to someone else, but not reviewers", () => {
    const state: ReviewState = { status: "in_review", assignee: "olga" };
    const other = transition(state, { to: "corroborated", note: "ok", actor: actor("investigator", "ivan") });
    assert.equal(!other.ok && other.error.id, "not-assignee");
    const own = transition(state, { to: "corroborated", note: "ok", actor: actor("investigator", "olga") });
    assert.equal(own.ok && own.next.assignee, "olga");
    const reviewer = transition(state, {
      to: "verified",
      note: "ok",
      actor: actor("reviewer", "rita"),
      assignee: null,
    });
    assert.ok(reviewer.ok);
    assert.equal(reviewer.next.assignee, null);
  });

  it("lets investigators assign only themselves, and reviewers anyone", () => {
    const state: ReviewState = { status: "new", assignee: null };
    const push = transition(state, {
      to: "in_review",
      note: "x",
      actor: actor("investigator", "ivan"),
      assignee: "olga",
    });
    assert.equal(!push.ok && push.error.id, "role-not-permitted");
    const byReviewer = transition(state, {
      to: "in_review",
      note: "x",
      actor: actor("reviewer"),
      assignee: "olga",
    });
    assert.equal(byReviewer.ok && byReviewer.next.assignee, "olga");
    const empty = transition(state, { to: "in_review", note: "x", actor: actor("reviewer"), assignee: " " });
    assert.equal(!empty.ok && empty.error.id, "invalid-assignee");
  });
});

describe("assign", () => {
  it("changes only the assignee and records it as an assignment", () => {
    const result = assign(
      { status: "in_review", assignee: "ivan" },
      { assignee: "olga", actor: actor("admin") },
    );
    assert.ok(result.ok);
    assert.deepEqual(result.next, { status: "in_review", assignee: "olga" });
    assert.equal(result.historyEntry.kind, "assignment");
    assert.equal(result.historyEntry.assigneeBefore, "ivan");
  });

  it("lets an investigator release their own incident but not take someone else's", () => {
    assert.equal(
      assign(
        { status: "in_review", assignee: "ivan" },
        { assignee: null, actor: actor("investigator", "ivan") },
      ).ok,
      true,
    );
    const taken = assign(
      { status: "in_review", assignee: "olga" },
      { assignee: "ivan", actor: actor("investigator", "ivan") },
    );
    assert.equal(!taken.ok && taken.error.id, "not-assignee");
    const partner = assign(
      { status: "new", assignee: null },
      { assignee: "p", actor: actor("partner", "p") },
    );
    assert.equal(!partner.ok && partner.error.id, "read-only-role");
  });
});

describe("allowedTransitions", () => {
  it("offers each role only what it may do", () => {
    const state: ReviewState = { status: "corroborated", assignee: null };
    const targets = (role: Role) =>
      allowedTransitions(state, actor(role))
        .map((t) => t.to)
        .sort();
    assert.deepEqual(targets("investigator"), ["disputed", "in_review"]);
    assert.deepEqual(targets("reviewer"), ["disputed", "in_review", "rejected", "verified"]);
    assert.deepEqual(targets("partner"), []);
  });
});
