import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EntityMention, FigureMention } from "../../domain/analysis.js";
import { prepare } from "../text/prepare.js";
import { findFigures } from "./find-figures.js";

function figures(text: string, entities: EntityMention[] = []): FigureMention[] {
  return findFigures(prepare(text), entities);
}

function only(text: string, entities: EntityMention[] = []): FigureMention {
  const found = figures(text, entities);
  assert.equal(
    found.length,
    1,
    `expected one figure in ${JSON.stringify(text)}, got ${found.map((f) => f.text)}`,
  );
  return found[0] as FigureMention;
}

function summary(f: FigureMention) {
  return {
    measure: f.measure,
    who: f.who,
    low: f.low,
    high: f.high,
    qualifier: f.qualifier,
    value: f.value.text,
  };
}

describe("findFigures: qualifiers and bounds", () => {
  const cases: [string, ReturnType<typeof summary>][] = [
    [
      "More than 900 civilians were killed.",
      {
        measure: "killed",
        who: "civilians",
        low: 901,
        high: null,
        qualifier: "more_than",
        value: "More than 900",
      },
    ],
    [
      "At least 12 people were injured.",
      {
        measure: "injured",
        who: "unspecified",
        low: 12,
        high: null,
        qualifier: "at_least",
        value: "At least 12",
      },
    ],
    [
      "Up to 300 people were detained.",
      {
        measure: "detained",
        who: "unspecified",
        low: null,
        high: 300,
        qualifier: "up_to",
        value: "Up to 300",
      },
    ],
    [
      "Fewer than 20 soldiers were wounded.",
      {
        measure: "injured",
        who: "troops",
        low: null,
        high: 19,
        qualifier: "less_than",
        value: "Fewer than 20",
      },
    ],
    [
      "About 50 residents are missing.",
      { measure: "missing", who: "civilians", low: 50, high: 50, qualifier: "about", value: "About 50" },
    ],
    [
      "Nearly 1,200 people have been evacuated.",
      {
        measure: "evacuated",
        who: "unspecified",
        low: 1200,
        high: 1200,
        qualifier: "about",
        value: "Nearly 1,200",
      },
    ],
    [
      "Almost 40 children were hurt.",
      { measure: "injured", who: "children", low: 40, high: 40, qualifier: "about", value: "Almost 40" },
    ],
    [
      "Around 50 people died.",
      { measure: "killed", who: "unspecified", low: 50, high: 50, qualifier: "about", value: "Around 50" },
    ],
    [
      "Dozens of civilians were killed.",
      { measure: "killed", who: "civilians", low: 24, high: 119, qualifier: "about", value: "Dozens" },
    ],
    [
      "Thousands of civilians were displaced.",
      {
        measure: "displaced",
        who: "civilians",
        low: 2000,
        high: 9999,
        qualifier: "about",
        value: "Thousands",
      },
    ],
    [
      "Between 10 and 15 people were injured.",
      {
        measure: "injured",
        who: "unspecified",
        low: 10,
        high: 15,
        qualifier: "exact",
        value: "Between 10 and 15",
      },
    ],
    [
      "The attack left 10-15 soldiers wounded.",
      { measure: "injured", who: "troops", low: 10, high: 15, qualifier: "exact", value: "10-15" },
    ],
    [
      "Ten or more people were detained.",
      {
        measure: "detained",
        who: "unspecified",
        low: 10,
        high: null,
        qualifier: "at_least",
        value: "Ten or more",
      },
    ],
    [
      "More than a dozen soldiers were captured.",
      {
        measure: "detained",
        who: "troops",
        low: 13,
        high: null,
        qualifier: "more_than",
        value: "More than a dozen",
      },
    ],
    [
      "Some 13.5m people have been displaced.",
      {
        measure: "displaced",
        who: "unspecified",
        low: 13_500_000,
        high: 13_500_000,
        qualifier: "about",
        value: "Some 13.5m",
      },
    ],
    [
      "Twenty-five people were killed.",
      { measure: "killed", who: "unspecified", low: 25, high: 25, qualifier: "exact", value: "Twenty-five" },
    ],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(summary(only(text)), expected));
  }
});

describe("findFigures: what is counted", () => {
  it("reads a count after the verb, and a subset after 'including' with the same measure", () => {
    const [all, women] = figures("Shelling killed 6 civilians, including 2 women, in the town of Veloria.");
    assert.deepEqual(all && summary(all), {
      measure: "killed",
      who: "civilians",
      low: 6,
      high: 6,
      qualifier: "exact",
      value: "6",
    });
    assert.deepEqual(women && summary(women), {
      measure: "killed",
      who: "civilians",
      low: 2,
      high: 2,
      qualifier: "exact",
      value: "2",
    });
  });

  it("skips an 'including' aside between the people and the verb", () => {
    const found = figures("Officials said that 198 civilians, including three children, had been killed.");
    assert.deepEqual(
      found.map((f) => [f.measure, f.who, f.low]),
      [
        ["killed", "civilians", 198],
        ["killed", "children", 3],
      ],
    );
  });

  it("reads 'killed or wounded' and 'casualties' as killed or injured", () => {
    assert.equal(
      only("Two weeks of shelling left hundreds of residents killed or wounded.").measure,
      "killed_or_injured",
    );
    assert.equal(only("The army suffered 300,000 casualties.").measure, "killed_or_injured");
    assert.equal(only("The army suffered 300,000 casualties.").who, "unspecified");
  });

  it("reads fleeing the country as refugees and fleeing home as displaced", () => {
    assert.equal(only("Over 40,000 villagers have fled the country.").measure, "refugees");
    assert.equal(only("Two million people have fled their homes.").measure, "displaced");
    assert.equal(only("Two million people have fled.").measure, "displaced");
    assert.equal(only("Five million refugees crossed the border.").measure, "refugees");
    assert.equal(only("Some 8 million internally displaced people live in camps.").measure, "displaced");
  });

  it("reads fleeing to a country named by the entity module as refugees", () => {
    const text = "Some 40,000 people fled to Norland last week.";
    const at = text.indexOf("Norland");
    const norland: EntityMention = {
      start: at,
      end: at + 7,
      text: "Norland",
      type: "place",
      name: "Norland",
      place: {
        name: "Norland",
        gazetteerId: "test:1",
        country: "NL",
        admin1: null,
        lat: 0,
        lon: 0,
        precision: "country",
      },
    };
    assert.equal(only(text, [norland]).measure, "refugees");
    assert.equal(only(text).measure, "displaced");
  });

  it("reads 'lost their lives', 'among the dead', tolls and 'the number of'", () => {
    assert.deepEqual(
      summary(only("Hundreds of soldiers and civilians have lost their lives.")).measure,
      "killed",
    );
    assert.equal(only("Hundreds of soldiers and civilians have lost their lives.").who, "unspecified");
    assert.equal(only("Two children were among the dead.").who, "children");
    assert.deepEqual(summary(only("The civilian death toll stood at more than 450.")), {
      measure: "killed",
      who: "civilians",
      low: 451,
      high: null,
      qualifier: "more_than",
      value: "more than 450",
    });
    assert.equal(only("The number of people killed stands at 57.").low, 57);
    assert.equal(only("The number of refugees has reached 3 million.").measure, "refugees");
  });

  it("shares the measure and people across coordinated counts", () => {
    const found = figures("Two soldiers were killed and three wounded.");
    assert.deepEqual(
      found.map((f) => [f.measure, f.who, f.low]),
      [
        ["killed", "troops", 2],
        ["injured", "troops", 3],
      ],
    );
    const pair = figures("Three women and two children were killed.");
    assert.deepEqual(
      pair.map((f) => [f.measure, f.who, f.low]),
      [
        ["killed", "unspecified", 3],
        ["killed", "children", 2],
      ],
    );
  });

  it("reads several verbs before one count as killed or injured", () => {
    const f = only("The brigade killed, injured or captured 5,000 soldiers.");
    assert.deepEqual(
      [f.measure, f.who, f.text],
      ["killed_or_injured", "troops", "killed, injured or captured 5,000 soldiers"],
    );
  });

  it("reads bodies as the dead, but not bodies named by nationality", () => {
    assert.equal(only("Investigators exhumed 59 bodies near the forest.").measure, "killed");
    assert.deepEqual(figures("Three Norlandic bodies linked to the programme were sanctioned."), []);
  });

  it("does not count the agent of an active verb", () => {
    const found = figures("Five soldiers killed two civilians.");
    assert.deepEqual(
      found.map((f) => [f.who, f.low]),
      [["civilians", 2]],
    );
  });

  it("spans the number and what it counts", () => {
    const f = only("Officials said 34 people were killed in Strelka.");
    assert.equal(f.text, "34 people were killed");
    assert.equal(f.value.text, "34");
  });
});
