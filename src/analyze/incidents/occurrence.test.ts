import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isHabitual, reportsOccurrence, withoutNamedEvents } from "./occurrence.js";

describe("reportsOccurrence", () => {
  it("takes a reported strike, and an allegation that one may have happened, as something that happened", () => {
    assert.ok(reportsOccurrence("Shells hit the market in Velgrad on Monday, officials said."));
    assert.ok(reportsOccurrence("Investigators said soldiers may have killed civilians in the village."));
    assert.ok(reportsOccurrence("Rockets struck the depot, and officials warned more could follow."));
  });

  it("does not take forecasts, conditions, threats or plans for events", () => {
    for (const sentence of [
      "The escalation could come in the form of an assault on Odesa.",
      "If Russia attacks, its missiles would hit power plants first.",
      "Officials warned of strikes on the capital in the coming days.",
      "Without air defences, the grid will be destroyed within weeks.",
    ]) {
      assert.equal(reportsOccurrence(sentence), false, sentence);
    }
  });
});

describe("withoutNamedEvents", () => {
  it("blanks the names of historic battles and keeps every offset", () => {
    const sentence = "He spoke at the Battle of Stalingrad memorial.";
    const blanked = withoutNamedEvents(sentence);
    assert.equal(blanked.length, sentence.length);
    assert.doesNotMatch(blanked, /Battle/);
    assert.match(blanked, /memorial\.$/);
  });
});

describe("isHabitual", () => {
  it("recognises a pattern of attacks and not a single one", () => {
    assert.ok(isHabitual("The town has been shelled almost daily since March."));
    assert.ok(isHabitual("The district was shelled more than 40 times in a day."));
    assert.equal(isHabitual("The town was shelled on Monday night."), false);
  });
});
