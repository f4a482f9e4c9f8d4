import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { summarizeIncident } from "./summarize.js";
import { buildMention, PLACES } from "./test-builders.js";

const HOSPITAL: [string, "Healthcare"] = ["hospital", "Healthcare"];

describe("summarizeIncident", () => {
  it("shows conflicting figures as a range with who says what, in order of publication", () => {
    const s = summarizeIncident([
      buildMention({
        id: "a",
        figures: [{ low: 5, high: 5, by: "the mayor" }],
        publishedAt: "2024-03-05T10:00:00Z",
      }),
      buildMention({
        id: "b",
        figures: [{ low: 3, high: 3, by: "the governor" }],
        publishedAt: "2024-03-04T20:00:00Z",
      }),
      buildMention({ id: "c", figures: [{ low: 3, high: null }], publishedAt: "2024-03-05T08:00:00Z" }),
      buildMention({
        id: "d",
        figures: [{ measure: "injured", low: 12, high: 12 }],
        publishedAt: "2024-03-05T08:00:00Z",
      }),
    ]);
    const killed = s.figures.find((f) => f.measure === "killed");
    assert.equal(killed?.conflict, true);
    assert.deepEqual([killed?.low, killed?.high, killed?.agreed], [3, null, null]);
    assert.deepEqual(
      killed?.claims.map((c) => [c.mentionId, c.low, c.high, c.attributedTo]),
      [
        ["b", 3, 3, "the governor"],
        ["c", 3, null, null],
        ["a", 5, 5, "the mayor"],
      ],
    );
    assert.deepEqual(
      killed?.values.map((v) => [v.low, v.high, v.mentionIds]),
      [
        [3, 3, ["b"]],
        [3, null, ["c"]],
        [5, 5, ["a"]],
      ],
    );
    const injured = s.figures.find((f) => f.measure === "injured");
    assert.deepEqual([injured?.conflict, injured?.agreed], [false, { low: 12, high: 12 }]);
  });

  it("does not call compatible figures a conflict", () => {
    const s = summarizeIncident([
      buildMention({ id: "a", figures: [{ low: 3, high: null, qualifier: "at_least" }] }),
      buildMention({ id: "b", figures: [{ low: 5, high: 5 }] }),
    ]);
    assert.deepEqual(
      [s.figures[0]?.conflict, s.figures[0]?.agreed, s.figures[0]?.low, s.figures[0]?.high],
      [false, { low: 5, high: 5 }, 3, null],
    );
  });

  it("counts syndicated copies as one independent source", () => {
    const s = summarizeIncident([
      buildMention({ id: "wire", source: "s1", group: "ap-story", eventType: "Air/drone strike" }),
      buildMention({ id: "copy", source: "s2", group: "ap-story", eventType: "Air/drone strike" }),
      buildMention({ id: "copy2", source: "s3", group: "ap-story", eventType: "Air/drone strike" }),
      buildMention({ id: "own", source: "s4", group: "s4" }),
      buildMention({ id: "own2", source: "s5", group: "s5" }),
    ]);
    assert.deepEqual(s.sources, {
      sourceIds: ["s1", "s2", "s3", "s4", "s5"],
      syndicationGroups: ["ap-story", "s4", "s5"],
      independent: 3,
    });
    // Three copies of one wire story lose to two independent reports.
    assert.equal(s.eventType.value, "Shelling/artillery/missile attack");
    assert.deepEqual([s.eventType.supporters, s.eventType.independent], [["own", "own2"], 2]);
    assert.deepEqual(
      s.otherEventTypes.map((t) => [t.value, t.supporters.length, t.independent]),
      [["Air/drone strike", 3, 1]],
    );
  });

  it("places the incident at the most precise place most mentions fit, listing the odd one out", () => {
    const s = summarizeIncident([
      buildMention({ id: "region", place: PLACES.stepova }),
      buildMention({ id: "town", place: PLACES.dolyna }),
      buildMention({ id: "town2", place: PLACES.dolyna }),
      buildMention({ id: "far", place: PLACES.hrebla }),
      buildMention({ id: "country", place: PLACES.country }),
      buildMention({ id: "none" }),
    ]);
    assert.equal(s.place?.value.name, "Velyka Dolyna");
    assert.deepEqual(s.place?.supporters, ["region", "town", "town2"]);
    assert.deepEqual(
      s.conflictingPlaces.map((p) => [p.value.name, p.supporters]),
      [["Stara Hrebla", ["far"]]],
    );
  });

  it("gives the date range, targets, perpetrator claims and stances with their supporters", () => {
    const s = summarizeIncident([
      buildMention({ id: "a", date: "2024-03-04", targets: [HOSPITAL], perpetrator: "the invading army" }),
      buildMention({
        id: "b",
        date: "2024-03-05",
        targets: [HOSPITAL, ["apartment building", "Residential"]],
      }),
      buildMention({
        id: "c",
        date: { from: "2024-03-01", to: "2024-03-31", precision: "month" },
        stance: "denied",
        deniedBy: "the defence ministry",
      }),
      buildMention({ id: "d", date: "2023-11-02", stance: "confirmed" }),
    ]);
    assert.deepEqual(s.date?.value, { from: "2024-03-04", to: "2024-03-05", precision: "range" });
    assert.deepEqual(s.date?.supporters, ["a", "b", "c"]);
    assert.deepEqual(
      s.conflictingDates.map((d) => d.supporters),
      [["d"]],
    );
    assert.deepEqual(
      s.targets.map((t) => [t.object, t.category, t.supporters]),
      [
        ["hospital", "Healthcare", ["a", "b"]],
        ["apartment building", "Residential", ["b"]],
      ],
    );
    assert.deepEqual(
      s.perpetrators.map((p) => [p.name, p.supporters, p.evidence[0]?.span.text]),
      [["the invading army", ["a"], "the invading army"]],
    );
    assert.deepEqual(
      s.stance.denied.map((d) => [d.mentionId, d.by?.name, d.denial?.text]),
      [["c", "the defence ministry", "called it fake"]],
    );
    assert.deepEqual([s.stance.alleged.length, s.stance.confirmed.map((c) => c.mentionId)], [2, ["d"]]);
  });
});
