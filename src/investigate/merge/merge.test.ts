import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { IncidentIndex } from "./incident-index.js";
import { mergeAll } from "./merge-all.js";
import { buildMention, PLACES } from "./test-builders.js";
import type { IncidentGroup, MergeDecision } from "./types.js";

const HOSPITAL: [string, "Healthcare"] = ["hospital", "Healthcare"];
const SCHOOL: [string, "School or childcare"] = ["school", "School or childcare"];

const groupsOf = (incidents: IncidentGroup[]): string[][] =>
  incidents.map((i) => [...i.mentionIds].sort()).sort();
const kinds = (d: MergeDecision | undefined): string[] => d?.reasons.map((r) => r.kind) ?? [];

describe("mergeAll", () => {
  it("merges one hospital strike reported by three sources on consecutive days, saying why", () => {
    const { incidents, decisions } = mergeAll([
      buildMention({
        id: "a",
        place: PLACES.dolyna,
        date: "2024-03-04",
        targets: [HOSPITAL],
        publishedAt: "2024-03-04T18:00:00Z",
      }),
      buildMention({
        id: "b",
        place: PLACES.dolyna,
        date: "2024-03-05",
        targets: [HOSPITAL],
        publishedAt: "2024-03-05T09:00:00Z",
      }),
      buildMention({
        id: "c",
        place: PLACES.dolyna,
        date: null,
        targets: [HOSPITAL],
        publishedAt: "2024-03-06T07:00:00Z",
      }),
    ]);
    assert.deepEqual(groupsOf(incidents), [["a", "b", "c"]]);
    const b = decisions.find((d) => d.mentionId === "b");
    assert.equal(b?.action, "attach");
    assert.deepEqual(kinds(b), ["same-event-type", "same-place", "date-within-lag", "same-target"]);
    assert.match(b?.reasons[2]?.detail ?? "", /1 day apart/);
    assert.ok(kinds(decisions.find((d) => d.mentionId === "c")).includes("date-from-publication"));
  });

  it("keeps a school and a hospital struck the same day in one town apart", () => {
    const { incidents, decisions } = mergeAll([
      buildMention({ id: "hospital", place: PLACES.dolyna, date: "2024-03-04", targets: [HOSPITAL] }),
      buildMention({ id: "school", place: PLACES.dolyna, date: "2024-03-04", targets: [SCHOOL] }),
    ]);
    assert.equal(incidents.length, 2);
    const school = decisions.find((d) => d.mentionId === "school");
    assert.equal(school?.action, "create");
    assert.match(school?.reasons[0]?.detail ?? "", /different targets: school vs hospital/);
  });

  it("attaches a region-level report to the settlement-level incident inside that region", () => {
    const { incidents, decisions } = mergeAll([
      buildMention({ id: "region", place: PLACES.stepova, date: "2024-03-04", targets: [HOSPITAL] }),
      buildMention({ id: "town", place: PLACES.dolyna, date: "2024-03-04", targets: [HOSPITAL] }),
      buildMention({ id: "elsewhere", place: PLACES.lisova, date: "2024-03-04", targets: [HOSPITAL] }),
    ]);
    assert.deepEqual(groupsOf(incidents), [["elsewhere"], ["region", "town"]]);
    const region = decisions.find((d) => d.mentionId === "region");
    assert.equal(region?.reasons[1]?.kind, "place-in-region");
    assert.equal(region?.reasons[1]?.detail, "Velyka Dolyna is in Stepova Oblast");
  });

  it("merges across nearby settlements but not across towns 60 km apart", () => {
    const { incidents, decisions } = mergeAll([
      buildMention({ id: "dolyna", place: PLACES.dolyna, date: "2024-03-04", targets: [HOSPITAL] }),
      buildMention({ id: "hai", place: PLACES.hai, date: "2024-03-04", targets: [HOSPITAL] }),
      buildMention({ id: "hrebla", place: PLACES.hrebla, date: "2024-03-04", targets: [HOSPITAL] }),
    ]);
    assert.deepEqual(groupsOf(incidents), [["dolyna", "hai"], ["hrebla"]]);
    const hai = decisions.find((d) => d.mentionId === "hai");
    assert.match(hai?.reasons[1]?.detail ?? "", /Zeleny Hai and Velyka Dolyna are 3\.\d km apart/);
  });

  it("merges event types that reports confuse, never unrelated ones", () => {
    const { incidents, decisions } = mergeAll([
      buildMention({ id: "shelling", place: PLACES.dolyna, date: "2024-03-04", targets: [HOSPITAL] }),
      buildMention({
        id: "air",
        eventType: "Air/drone strike",
        place: PLACES.dolyna,
        date: "2024-03-04",
        targets: [HOSPITAL],
      }),
      buildMention({
        id: "protest",
        eventType: "Peaceful protest",
        place: PLACES.dolyna,
        date: "2024-03-04",
      }),
    ]);
    assert.deepEqual(groupsOf(incidents), [["air", "shelling"], ["protest"]]);
    const attached = decisions.filter((d) => d.action === "attach");
    assert.equal(attached.length, 1);
    assert.equal(attached[0]?.reasons[0]?.kind, "compatible-event-type");
  });

  it("does not chain daily strikes on one place into one incident", () => {
    const days = ["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04", "2024-03-05", "2024-03-06"];
    const { incidents } = mergeAll(
      days.map((date, i) => buildMention({ id: `d${i}`, place: PLACES.dolyna, date, targets: [HOSPITAL] })),
    );
    // Each report a day off joins the day before it, but cannot move the incident's day.
    assert.deepEqual(groupsOf(incidents), [
      ["d0", "d1"],
      ["d2", "d3"],
      ["d4", "d5"],
    ]);
  });

  it("merges related event types only when they name the same target", () => {
    const shelling = { place: PLACES.dolyna, date: "2024-03-04", targets: [HOSPITAL] };
    const clash = { eventType: "Armed clash" as const, place: PLACES.dolyna, date: "2024-03-04" };
    const withTarget = mergeAll([
      buildMention({ id: "s", ...shelling }),
      buildMention({ id: "c", ...clash, targets: [HOSPITAL] }),
    ]);
    assert.deepEqual(groupsOf(withTarget.incidents), [["c", "s"]]);
    assert.equal(withTarget.decisions[1]?.reasons[0]?.kind, "related-event-type");
    const without = mergeAll([buildMention({ id: "s", ...shelling }), buildMention({ id: "c", ...clash })]);
    assert.equal(without.incidents.length, 2);
    assert.match(
      without.decisions[1]?.reasons[0]?.detail ?? "",
      /related event types .* without a shared target/,
    );
  });

  it("merges a report naming only the country on a shared specific target, never on a generic one", () => {
    const { incidents, decisions } = mergeAll([
      buildMention({
        id: "town",
        place: PLACES.dolyna,
        date: "2024-03-04",
        targets: [["maternity hospital", "Healthcare"]],
      }),
      buildMention({
        id: "country",
        place: PLACES.country,
        date: "2024-03-04",
        targets: [["maternity hospital", "Healthcare"]],
      }),
      buildMention({
        id: "vague",
        place: PLACES.country,
        date: "2024-03-04",
        targets: [["apartment building", "Residential"]],
      }),
    ]);
    assert.deepEqual(groupsOf(incidents), [["country", "town"], ["vague"]]);
    assert.deepEqual(kinds(decisions.find((d) => d.mentionId === "vague")), ["too-vague"]);
  });

  it("joins an undated report to the incident with the same specific target at the same place", () => {
    for (const order of [
      ["dated", "undated"],
      ["undated", "dated"],
    ]) {
      const byId = {
        dated: buildMention({ id: "dated", place: PLACES.dolyna, date: "2024-03-04", targets: [HOSPITAL] }),
        undated: buildMention({
          id: "undated",
          place: PLACES.dolyna,
          date: null,
          targets: [HOSPITAL],
          publishedAt: null,
        }),
      };
      const { incidents, decisions } = mergeAll(order.map((id) => byId[id as keyof typeof byId]));
      assert.deepEqual(groupsOf(incidents), [["dated", "undated"]], order.join(" then "));
      const joined = decisions.find((d) => d.action === "attach");
      assert.ok(kinds(joined).includes("date-unknown"));
      assert.ok(kinds(joined).includes("same-target"));
    }
  });

  it("leaves an undated report alone when it names no specific target to match on", () => {
    const { decisions } = mergeAll([
      buildMention({ id: "a", place: PLACES.dolyna, date: "2024-03-04", targets: [HOSPITAL] }),
      buildMention({ id: "b", place: PLACES.dolyna, date: null, targets: [], publishedAt: null }),
    ]);
    assert.equal(decisions[1]?.action, "create");
    assert.deepEqual(kinds(decisions[1]), ["too-vague"]);
  });

  it("keeps an undated report of a school apart from a dated hospital strike in the same town", () => {
    const { incidents } = mergeAll([
      buildMention({ id: "a", place: PLACES.dolyna, date: "2024-03-04", targets: [HOSPITAL] }),
      buildMention({ id: "b", place: PLACES.dolyna, date: null, targets: [SCHOOL], publishedAt: null }),
    ]);
    assert.equal(incidents.length, 2);
  });

  it("gives the same incidents whatever order the mentions come in", () => {
    const records = [
      buildMention({ id: "a", place: PLACES.dolyna, date: "2024-03-04", targets: [HOSPITAL] }),
      buildMention({ id: "b", place: PLACES.stepova, date: "2024-03-04", targets: [HOSPITAL] }),
      buildMention({ id: "c", place: PLACES.hai, date: "2024-03-05", targets: [SCHOOL] }),
      buildMention({
        id: "d",
        place: PLACES.dolyna,
        date: null,
        publishedAt: "2024-03-05T10:00:00Z",
        targets: [SCHOOL],
      }),
    ];
    const forward = mergeAll(records);
    const backward = mergeAll([...records].reverse());
    assert.deepEqual(backward.incidents, forward.incidents);
  });
});

describe("IncidentIndex", () => {
  const stored = {
    id: "INC-7",
    mentions: [buildMention({ id: "old", place: PLACES.dolyna, date: "2024-03-04", targets: [HOSPITAL] })],
  };
  const fresh = buildMention({ id: "new", place: PLACES.dolyna, date: "2024-03-04", targets: [HOSPITAL] });

  it("attaches new reports to incidents loaded from storage", () => {
    const index = new IncidentIndex();
    index.load(stored);
    const d = index.add(fresh);
    assert.equal(d.action, "attach");
    assert.equal(d.incidentId, "INC-7");
    assert.deepEqual(index.incident("INC-7")?.mentionIds, ["old", "new"]);
  });

  it("never re-attaches a mention an analyst detached from an incident", () => {
    const index = new IncidentIndex({
      constraints: { detached: [{ mentionId: "new", incidentId: "INC-7" }] },
    });
    index.load(stored);
    const d = index.add(fresh);
    assert.equal(d.action, "create");
    assert.equal(d.reasons[0]?.kind, "analyst-constraint");
    assert.match(d.reasons[0]?.detail ?? "", /detached from INC-7/);
  });

  it("keeps cannot-link pairs apart and puts pinned mentions where the analyst put them", () => {
    const index = new IncidentIndex({
      constraints: {
        cannotLink: [["old", "new"]],
        pinned: [{ mentionId: "far", incidentId: "INC-7" }],
      },
    });
    index.load(stored);
    assert.equal(index.add(fresh).action, "create");
    const far = index.add(buildMention({ id: "far", place: PLACES.lisova, date: "2023-01-01" }));
    assert.deepEqual(
      { action: far.action, incident: far.incidentId, reason: far.reasons[0]?.kind },
      { action: "attach", incident: "INC-7", reason: "pinned" },
    );
    assert.equal(index.incidentOf("far"), "INC-7");
  });

  it("does not guess when a report fits two incidents equally well", () => {
    const index = new IncidentIndex();
    index.add(
      buildMention({ id: "hospital", place: PLACES.dolyna, date: "2024-03-04", targets: [HOSPITAL] }),
    );
    index.add(buildMention({ id: "school", place: PLACES.dolyna, date: "2024-03-04", targets: [SCHOOL] }));
    const d = index.add(buildMention({ id: "unclear", place: PLACES.dolyna, date: "2024-03-04" }));
    assert.equal(d.action, "create");
    assert.equal(d.reasons[0]?.kind, "ambiguous");
  });

  it("refuses a mention twice", () => {
    const index = new IncidentIndex();
    index.add(fresh);
    assert.throws(() => index.add(fresh), /already merged/);
  });
});
