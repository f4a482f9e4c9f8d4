import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Target } from "../../domain/analysis.js";
import { matchEventTypes } from "./event-types.js";
import { matchPlace, placeInfo } from "./place.js";
import { matchTargets } from "./targets.js";
import { PLACES } from "./test-builders.js";
import { addTime, emptyTime, matchTime, timeInfo } from "./time.js";

const target = (object: string, category: Target["category"]): Target => ({
  start: 0,
  end: 1,
  text: object,
  object,
  category,
});
const place = (ref: (typeof PLACES)[keyof typeof PLACES]) =>
  placeInfo({ start: 0, end: 1, text: ref.name, name: ref.name, ref });

describe("matchPlace", () => {
  it("falls back on the region's extent when the settlement's oblast is unknown", () => {
    const orphan = { ...PLACES.dolyna, admin1: null };
    assert.equal(
      matchPlace(place(PLACES.stepova), { best: orphan, names: new Set() })?.reason.kind,
      "place-in-region",
    );
    assert.equal(matchPlace(place(PLACES.lisova), { best: orphan, names: new Set() }), null);
  });

  it("matches an unresolved name against the names an incident was given", () => {
    const unresolved = placeInfo({
      start: 0,
      end: 1,
      text: "Velyka-Dolyna",
      name: "Velyka-Dolyna",
      ref: null,
    });
    const m = matchPlace(unresolved, { best: PLACES.dolyna, names: new Set(["velyka dolyna"]) });
    assert.deepEqual([m?.reason.kind, m?.vague], ["same-place-name", false]);
  });
});

describe("matchTime", () => {
  const incidentOn = (day: string) => {
    const t = emptyTime();
    addTime(
      t,
      timeInfo(
        { start: 0, end: 1, text: day, from: day, to: day, precision: "day", basis: "absolute" },
        null,
      ),
    );
    return t;
  };

  it("fits a month to a day inside it, weakly, and not to a day outside it", () => {
    const march = timeInfo(
      {
        start: 0,
        end: 1,
        text: "March",
        from: "2024-03-01",
        to: "2024-03-31",
        precision: "month",
        basis: "absolute",
      },
      null,
    );
    assert.deepEqual(
      [matchTime(march, incidentOn("2024-03-15"))?.score, matchTime(march, incidentOn("2024-04-15"))],
      [0.5, null],
    );
  });

  it("takes an undated report to be about the week before publication", () => {
    const undated = timeInfo(null, "2024-03-20T10:00:00Z");
    assert.equal(matchTime(undated, incidentOn("2024-03-14"))?.reason.kind, "date-from-publication");
    assert.equal(matchTime(undated, incidentOn("2024-03-10")), null);
    assert.equal(matchTime(undated, incidentOn("2024-03-23")), null);
  });
});

describe("matchTargets", () => {
  const incident = (...ts: Target[]) => new Map(ts.map((t) => [t.object, t.category]));

  it("treats a facility and its kind as the same object", () => {
    const m = matchTargets(
      [target("hospital", "Healthcare")],
      incident(target("maternity hospital", "Healthcare")),
    );
    assert.deepEqual([m?.reason.kind, m?.sameObject], ["same-target", true]);
  });

  it("lets homes named differently match, but never two different facilities", () => {
    const homes = matchTargets(
      [target("house", "Residential")],
      incident(target("apartment building", "Residential")),
    );
    assert.equal(homes?.reason.kind, "same-target-category");
    assert.equal(
      matchTargets([target("school", "School or childcare")], incident(target("hospital", "Healthcare"))),
      null,
    );
  });
});

describe("matchEventTypes", () => {
  it("is symmetric", () => {
    assert.equal(matchEventTypes("Air/drone strike", "Shelling/artillery/missile attack")?.score, 0.7);
    assert.equal(matchEventTypes("Shelling/artillery/missile attack", "Air/drone strike")?.score, 0.7);
    assert.equal(matchEventTypes("Peaceful protest", "Air/drone strike"), null);
  });
});
