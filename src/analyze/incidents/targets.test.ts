import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { TargetCategory } from "../../domain/analysis.js";
import { categorizeTarget, findTargets } from "./targets.js";

describe("categorizeTarget", () => {
  const cases: [string, TargetCategory][] = [
    ["A nine-storey apartment building was hit overnight.", "Residential"],
    ["Shelling damaged the maternity ward of the regional hospital.", "Healthcare"],
    ["An ambulance was struck while collecting the wounded.", "Healthcare"],
    ["A kindergarten was destroyed in the strike.", "School or childcare"],
    ["Rockets hit the shopping centre during opening hours.", "Commercial"],
    ["A drone hit the thermal power plant, cutting heating to the city.", "Industrial"],
    ["An electrical substation was damaged by a missile.", "Industrial"],
    ["The railway station was shelled as evacuees waited for a train.", "Roads/Highways/Transport"],
    ["The town hall was badly damaged.", "Administrative"],
    ["The drama theatre, used as a shelter, was bombed.", "Cultural"],
    ["Shells hit the wooden church in the village.", "Religious"],
    ["The bread factory burned for two days after the strike.", "Food/Food Infrastructure"],
    ["A humanitarian convoy came under fire on the road to the port.", "Humanitarian"],
    ["The strike hit an ammunition depot at the military base.", "Military"],
  ];
  for (const [text, category] of cases) {
    it(`files "${text}" under ${category}`, () => assert.equal(categorizeTarget(text), category));
  }

  it("prefers the object hit to one named as nearby", () => {
    assert.equal(categorizeTarget("A missile hit a residential building near the school."), "Residential");
  });

  it("prefers a named facility to a generic word", () => {
    assert.equal(categorizeTarget("Several buildings were damaged, including a clinic."), "Healthcare");
  });

  it("files an attack that names no object under Residential, and nothing at all as Undefined", () => {
    assert.equal(categorizeTarget("Two civilians were killed by shelling overnight."), "Residential");
    assert.equal(categorizeTarget("The committee will meet again next week."), "Undefined");
  });
});

describe("findTargets", () => {
  it("names each object hit, normalised, with its span", () => {
    const text =
      "Forces destroyed apartment buildings, schools, hospitals, critical infrastructure, civilian vehicles, shopping centres, and ambulances.";
    const found = findTargets(text);
    assert.deepEqual(
      found.map((t) => t.object),
      [
        "apartment building",
        "school",
        "hospital",
        "energy infrastructure",
        "civilian vehicle",
        "shopping centre",
        "ambulance",
      ],
    );
    for (const t of found) assert.equal(text.slice(t.start, t.end), t.text);
  });

  it("normalises a maternity and children's hospital to a maternity hospital", () => {
    const [target] = findTargets("the bombing of a maternity and children's hospital in the city");
    assert.equal(target?.object, "maternity hospital");
    assert.equal(target?.text, "maternity and children's hospital");
    assert.equal(target?.category, "Healthcare");
  });

  it("does not take a hospital the wounded were taken to for a target", () => {
    assert.deepEqual(findTargets("Three people were taken to hospital after the blast."), []);
  });

  it("does not take a tank that opened fire for what was hit", () => {
    const found = findTargets("A tank opened fire on a residential building.");
    assert.deepEqual(
      found.map((t) => t.object),
      ["apartment building"],
    );
  });

  it("marks landmarks and searches only the given range", () => {
    const text = "Debris fell near a school. A church was hit.";
    const [school] = findTargets(text, { end: 26 });
    assert.equal(school?.object, "school");
    assert.equal(school?.landmark, true);
    assert.deepEqual(
      findTargets(text, { start: 27 }).map((t) => t.object),
      ["church"],
    );
  });

  it("does not read a river bank as a bank", () => {
    assert.deepEqual(findTargets("Troops crossed to the left bank of the river."), []);
  });
});

describe("findTargets and place descriptions", () => {
  it("does not take 'port city' for a port that was hit", () => {
    const text = "A strike hit a maternity hospital in the besieged port city of Arvo.";
    assert.deepEqual(
      findTargets(text, { start: 0, end: text.length }).map((t) => t.object),
      ["maternity hospital"],
    );
  });
});

describe("findTargets: what is no target", () => {
  const objects = (text: string) => findTargets(text).map((t) => t.object);

  it("does not take an institution that speaks, or that a speaker works for, for an object hit", () => {
    assert.deepEqual(objects("A drone hit a school, the head of the regional administration said."), [
      "school",
    ]);
    assert.deepEqual(objects("The defence ministry denied that its forces had struck a hospital."), [
      "hospital",
    ]);
  });

  it("still takes an administration building that was hit", () => {
    assert.deepEqual(objects("A drone struck the regional administration building on Monday."), [
      "administration building",
    ]);
  });

  it("does not take the car of a car bomb or the tank of an anti-tank mine for a vehicle hit", () => {
    assert.deepEqual(objects("A car bomb exploded outside the court."), ["court"]);
    assert.deepEqual(objects("A tractor hit an anti-tank mine."), []);
  });

  it("files a convoy of an aid group as humanitarian", () => {
    assert.equal(categorizeTarget("A convoy of the aid group came under shelling."), "Humanitarian");
  });
});
