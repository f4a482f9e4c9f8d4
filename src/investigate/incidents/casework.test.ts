import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { verifyAudit } from "../../audit/verify.js";
import { PLACES } from "../merge/test-builders.js";
import { CaseError } from "./errors.js";
import { recordAssessment, stepAssessment } from "./operations/assessments.js";
import { gradeClaim, gradeOutlet } from "./operations/grading.js";
import { attachSource, detachMention, mergeIncidents, splitIncident } from "./operations/membership.js";
import { flagIncident, reviewIncident } from "./operations/review.js";
import { reanalyzeSources } from "./reanalysis.js";
import { analysisOf, caseworkHarness, reportText } from "./testing.js";
import { incidentView } from "./view.js";

const HOSPITAL: [string, "Healthcare"] = ["maternity hospital", "Healthcare"];
const SCHOOL: [string, "School or childcare"] = ["school", "School or childcare"];
const investigator = { id: "ivan", role: "investigator" as const };
const reviewer = { id: "rita", role: "reviewer" as const };
const partner = { id: "paula", role: "partner" as const };

const hospitalStrike = (extra: object = {}) => ({
  place: PLACES.dolyna,
  date: "2024-03-04",
  targets: [HOSPITAL],
  eventType: "Air/drone strike" as const,
  ...extra,
});

async function only<T>(promise: Promise<{ total: number; items: T[] }>): Promise<T> {
  const { total, items } = await promise;
  assert.equal(total, 1, `expected one incident, found ${total}`);
  return items[0] as T;
}

async function rejects(work: Promise<unknown>, id: string): Promise<void> {
  await assert.rejects(work, (e: unknown) => e instanceof CaseError && e.id === id);
}

describe("incidents merged on ingest", () => {
  it("merges one strike reported by several sources and records why", async () => {
    const { store, ingest } = await caseworkHarness();
    await ingest(reportText("a"), [hospitalStrike()]);
    await ingest(reportText("b"), [hospitalStrike({ date: "2024-03-05" })]);
    await ingest(reportText("c"), [hospitalStrike({ eventType: "Shelling/artillery/missile attack" })]);
    const incident = await only(store.listIncidents({ limit: 10, offset: 0 }));
    assert.equal(incident.sources, 3);
    assert.equal(incident.independentSources, 3);
    assert.deepEqual(incident.categories, ["Healthcare"]);
    const detail = await store.getIncident(incident.id);
    const reasons = detail?.members.flatMap((m) => m.reasons.map((r) => r.kind)) ?? [];
    for (const kind of ["same-place", "same-target", "date-within-lag", "compatible-event-type"]) {
      assert.ok(reasons.includes(kind as never), `a merge reason of kind ${kind}`);
    }
  });

  it("keeps a school and a hospital struck the same day in one town apart", async () => {
    const { store, ingest } = await caseworkHarness();
    await ingest(reportText("a"), [hospitalStrike()]);
    await ingest(reportText("b"), [hospitalStrike({ targets: [SCHOOL] })]);
    assert.equal((await store.listIncidents({ limit: 10, offset: 0 })).total, 2);
  });

  it("counts a syndicated copy once among independent sources", async () => {
    const { store, ingest } = await caseworkHarness();
    const wire = reportText("wire");
    await ingest(wire, [hospitalStrike()]);
    await ingest(`Republished with a new headline.\n\n${wire} One sentence added by the reprint.`, [
      hospitalStrike(),
    ]);
    await ingest(reportText("local"), [hospitalStrike()]);
    const incident = await only(store.listIncidents({ limit: 10, offset: 0 }));
    assert.equal(incident.sources, 3);
    assert.equal(incident.independentSources, 2);
  });

  it("shows disagreeing casualty figures as a range with who says what", async () => {
    const { store, ingest } = await caseworkHarness();
    await ingest(reportText("a"), [hospitalStrike({ figures: [{ low: 3, high: 3, by: "city officials" }] })]);
    await ingest(reportText("b"), [hospitalStrike({ figures: [{ low: 5, high: 5, by: "the governor" }] })]);
    const incident = await only(store.listIncidents({ limit: 10, offset: 0 }));
    const figure = (await store.getIncident(incident.id))?.summary?.figures.find(
      (f) => f.measure === "killed",
    );
    assert.equal(figure?.conflict, true);
    assert.equal(figure?.low, 3);
    assert.equal(figure?.high, 5);
    assert.deepEqual(figure?.claims.map((c) => c.attributedTo).sort(), ["city officials", "the governor"]);
    assert.deepEqual(incident.killed, { low: 3, high: 5 }, "the list shows the whole range claimed");
  });
});

describe("review workflow through the store", () => {
  it("needs a note, refuses investigators verifying and partners acting, and keeps the history", async () => {
    const { store, ingest, as } = await caseworkHarness();
    await ingest(reportText("a"), [hospitalStrike()]);
    const { id } = await only(store.listIncidents({ limit: 10, offset: 0 }));
    await rejects(reviewIncident(as(investigator), id, { to: "in_review", note: " " }), "note-required");
    await rejects(reviewIncident(as(partner), id, { to: "in_review", note: "look" }), "read-only-role");
    await reviewIncident(as(investigator), id, { to: "in_review", note: "starting" });
    await rejects(
      reviewIncident(as(investigator), id, { to: "verified", note: "looks right" }),
      "role-not-permitted",
    );
    await rejects(reviewIncident(as(reviewer), id, { to: "new", note: "back" }), "transition-not-allowed");
    const verified = await reviewIncident(as(reviewer), id, {
      to: "verified",
      note: "geolocated from footage",
    });
    assert.equal(verified.status, "verified");
    const history = (await store.getIncident(id))?.history ?? [];
    assert.deepEqual(
      history.map((h) => [h.actor, h.fromStatus, h.toStatus, h.note]),
      [
        ["ivan", "new", "in_review", "starting"],
        ["rita", "in_review", "verified", "geolocated from footage"],
      ],
    );
  });

  it("lets staff add sensitivity flags but only reviewers remove them", async () => {
    const { store, ingest, as } = await caseworkHarness();
    await ingest(reportText("a"), [hospitalStrike()]);
    const { id } = await only(store.listIncidents({ limit: 10, offset: 0 }));
    await flagIncident(as(investigator), id, { add: ["graphic-content", "victim-personal-data"] });
    await rejects(
      flagIncident(as(investigator), id, { remove: ["graphic-content"], note: "fine" }),
      "role-not-permitted",
    );
    const after = await flagIncident(as(reviewer), id, {
      remove: ["graphic-content"],
      note: "images blurred",
    });
    assert.deepEqual(after.flags, ["victim-personal-data"]);
  });
});

describe("analysts' changes to incidents", () => {
  it("splits mentions out for good: a later report does not merge them back", async () => {
    const { store, ingest, as } = await caseworkHarness();
    const a = await ingest(reportText("a"), [hospitalStrike()]);
    await ingest(reportText("b"), [hospitalStrike()]);
    const { id } = await only(store.listIncidents({ limit: 10, offset: 0 }));
    const { from, created } = await splitIncident(
      as(investigator),
      id,
      [`${a}:0`],
      "a different strike that week",
    );
    assert.equal(from.sources, 1);
    assert.equal(created.sources, 1);
    const moved = await store.getIncident(created.id);
    assert.deepEqual(
      moved?.members.map((m) => m.mentionId),
      [`${a}:0`],
    );
    await ingest(reportText("c"), [hospitalStrike()]);
    assert.deepEqual(
      (await store.getIncident(created.id))?.members.map((m) => m.mentionId),
      [`${a}:0`],
    );
  });

  it("merges incidents by hand, detaches a mention and attaches a source", async () => {
    const { store, ingest, as } = await caseworkHarness();
    await ingest(reportText("a"), [hospitalStrike()]);
    const b = await ingest(reportText("b"), [hospitalStrike({ targets: [SCHOOL] })]);
    const background = await ingest(reportText("background"), []);
    const [first, second] = (await store.listIncidents({ limit: 10, offset: 0 })).items;
    assert.ok(first && second);
    const merged = await mergeIncidents(
      as(investigator),
      first.id,
      [second.id],
      "the school is the hospital's annex",
    );
    assert.equal(merged.sources, 2);
    assert.equal((await store.getIncident(second.id))?.incident.mergedInto, first.id);
    assert.equal((await store.listIncidents({ limit: 10, offset: 0 })).total, 1);
    const detached = await detachMention(
      as(investigator),
      first.id,
      `${b}:0`,
      "describes a rumour, not the strike",
    );
    assert.equal(detached.sources, 1);
    const attached = await attachSource(
      as(investigator),
      first.id,
      background,
      "gives the hospital's layout",
    );
    assert.equal(attached.sources, 2);
    assert.equal(attached.independentSources, 2);
    await rejects(detachMention(as(investigator), first.id, "nope:0", "x"), "mention-not-found");
  });
});

describe("reanalysis", () => {
  it("keeps a reviewed incident, with its id, status and history, when its sources are reanalysed", async () => {
    const { store, ingest, as } = await caseworkHarness();
    const a = await ingest(reportText("a"), [hospitalStrike()]);
    const { id } = await only(store.listIncidents({ limit: 10, offset: 0 }));
    await reviewIncident(as(investigator), id, { to: "in_review", note: "start" });
    const result = await reanalyzeSources({
      store,
      ids: [a],
      actor: "tester",
      analyze: () => analysisOf([hospitalStrike({ figures: [{ low: 4, high: 4 }] })]),
    });
    assert.deepEqual(result.failed, []);
    const after = await only(store.listIncidents({ limit: 10, offset: 0 }));
    assert.equal(after.id, id);
    assert.equal(after.status, "in_review");
    assert.deepEqual(after.killed, { low: 4, high: 4 }, "the new analysis is what the incident shows");
    assert.equal((await store.getIncident(id))?.history.length, 1);
  });
});

describe("grading", () => {
  it("grades outlets by name or address and claims 1–6, and shows grades with sources", async () => {
    const { store, ingest, as } = await caseworkHarness();
    await ingest(reportText("a"), [hospitalStrike()]);
    const { id } = await only(store.listIncidents({ limit: 10, offset: 0 }));
    await gradeOutlet(as(investigator), { outlet: "Sample Gazette", grade: "b", note: "reliable record" });
    await rejects(
      gradeOutlet(as(investigator), { outlet: "Sample Gazette", grade: "Z", note: "x" }),
      "invalid-change",
    );
    await gradeClaim(as(investigator), {
      incidentId: id,
      claim: "event",
      grade: 2,
      note: "two sources agree",
    });
    await rejects(
      gradeClaim(as(investigator), { incidentId: id, claim: "event", grade: 7, note: "x" }),
      "invalid-change",
    );
    const detail = await store.getIncident(id);
    assert.ok(detail);
    const view = await incidentView(store, detail);
    assert.equal(view.sources[0]?.reliability.grade, "B");
    assert.deepEqual(
      view.credibility.graded.map((g) => [g.claim, g.grade]),
      [["event", 2]],
    );
    assert.equal(view.credibility.suggested.suggested, true);
    assert.ok(view.legal?.suggestions.some((s) => s.provision.id === "8(2)(b)(ix)"));
    assert.equal(view.legal?.status, "suggestion-for-legal-review");
  });
});

describe("assessments", () => {
  it("are signed off by a reviewer other than the author", async () => {
    const { store, ingest, as } = await caseworkHarness();
    await ingest(reportText("a"), [hospitalStrike()]);
    const { id } = await only(store.listIncidents({ limit: 10, offset: 0 }));
    const input = {
      statement: "forces of the fictional state struck a hospital",
      incidentIds: [id],
      likelihood: "very_likely",
      confidence: "moderate",
      asOf: "2024-03-05",
      thirdParty: null,
    };
    const author = { id: "rita", role: "reviewer" as const };
    const draft = await recordAssessment(as(author), input);
    await stepAssessment(as(author), draft.id, "submit", "ready");
    await rejects(stepAssessment(as(author), draft.id, "sign-off", "mine"), "author-cannot-sign-off");
    await rejects(stepAssessment(as(investigator), draft.id, "sign-off", "ok"), "role-not-permitted");
    const signed = await stepAssessment(as({ id: "sam", role: "reviewer" }), draft.id, "sign-off", "agree");
    assert.equal(signed.status, "signed_off");
    const stored = await store.getAssessment(draft.id);
    assert.deepEqual(
      stored?.events.map((e) => e.action),
      ["create", "submit", "sign-off"],
    );
    await rejects(
      recordAssessment(as(author), { ...input, incidentIds: ["INC-99999"] }),
      "incident-not-found",
    );
  });
});

describe("audit verification", () => {
  it("passes untouched and names rows changed with plain SQL behind Dossier's back", async () => {
    const { store, ingest, as } = await caseworkHarness();
    const a = await ingest(reportText("a"), [hospitalStrike()]);
    const { id } = await only(store.listIncidents({ limit: 10, offset: 0 }));
    await reviewIncident(as(investigator), id, { to: "in_review", note: "start" });
    const verify = () =>
      verifyAudit({ entries: store.auditEntries(), rows: () => store.currentRowDigests() });
    const clean = await verify();
    assert.equal(clean.ok, true, JSON.stringify(clean.rowProblems));
    assert.ok(clean.rowsChecked > 5);

    store.database.prepare("UPDATE incidents SET status = 'verified' WHERE id = ?").run(id);
    store.database.prepare("UPDATE sources SET text = text || ' (edited)' WHERE id = ?").run(a);
    store.database.prepare("DELETE FROM incident_history").run();
    const tampered = await verify();
    assert.equal(tampered.ok, false);
    assert.deepEqual(tampered.rowProblems.map((p) => [p.table, p.kind]).sort(), [
      ["incident_history", "missing"],
      ["incidents", "altered"],
      ["sources", "altered"],
    ]);
  });
});
