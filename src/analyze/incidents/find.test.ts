import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { prepare } from "../text/prepare.js";
import { findIncidents, type IncidentContext } from "./find.js";
import { dateAt, killedAt, places } from "./test-builders.js";
import { triggeredSentences } from "./trigger.js";

const none: IncidentContext = { entities: [], dates: [], figures: [] };

describe("findIncidents", () => {
  it("finds no incident in text that describes no event", () => {
    const doc = prepare("The minister visited Arlen on Monday. She spoke about schools and trade.");
    assert.deepEqual(findIncidents(doc, none), []);
  });

  it("does not take talk of weapons or threats for an event", () => {
    const doc = prepare(
      "The allies will send more artillery and missiles next month. The general threatened to strike the capital.",
    );
    assert.deepEqual(findIncidents(doc, none), []);
  });

  it("reports the event type, targets, place, date, perpetrator and figures of a strike", () => {
    const text =
      "Officials in Velgrad said the village was quiet.\nOn 3 May, Russian forces shelled a school in Velgrad, killing four civilians.";
    const doc = prepare(text);
    const figure = killedAt(text, "four civilians", 4);
    const context: IncidentContext = {
      entities: places(text, "Velgrad"),
      dates: [dateAt(text, "3 May", "2022-05-03")],
      figures: [killedAt(text, "the village", 0), figure],
    };
    const [incident, ...rest] = findIncidents(doc, context);
    assert.equal(rest.length, 0);
    assert.equal(incident?.eventType, "Shelling/artillery/missile attack");
    assert.deepEqual(
      incident?.targets.map((t) => [t.object, t.category]),
      [["school", "School or childcare"]],
    );
    assert.equal(incident?.place?.name, "Velgrad");
    assert.ok((incident?.place?.start ?? 0) > text.indexOf("\n"), "the place in the incident's own sentence");
    assert.equal(incident?.date?.from, "2022-05-03");
    assert.equal(incident?.perpetrator?.name, "Russian forces");
    assert.equal(incident?.perpetrator?.text, "Russian forces");
    assert.deepEqual(incident?.figures, [1]);
    assert.equal(incident?.stance, "alleged");
    assert.equal(incident?.denial, null);
  });

  it("reports a denial with its span and who denies", () => {
    const text = "Missiles struck a hospital in Orlin on Sunday. Moscow denied targeting civilians.";
    const doc = prepare(text);
    const [incident] = findIncidents(doc, { ...none, entities: places(text, "Orlin", "Moscow") });
    assert.equal(incident?.stance, "denied");
    assert.equal(incident?.denial?.text, "Moscow denied targeting civilians");
    assert.equal(incident?.denial?.by?.name, "Russia");
    assert.equal(incident?.place?.name, "Orlin");
    assert.equal(incident?.end, text.length, "the denial sentence joins the incident");
  });

  it("reports a denial described as fake inside the sentence", () => {
    const text =
      "The bombing of a theatre in Kalnik - which Russia described as 'staged' - drew condemnation.";
    const [incident] = findIncidents(prepare(text), { ...none, entities: places(text, "Kalnik", "Russia") });
    assert.equal(incident?.stance, "denied");
    assert.equal(incident?.denial?.text, "which Russia described as 'staged'");
    assert.equal(incident?.denial?.by?.name, "Russia");
    assert.equal(incident?.place?.name, "Kalnik", "the denier is not the place");
    assert.equal(incident?.perpetrator, null);
  });

  it("reports an incident that an authority confirms as confirmed", () => {
    const text = "Police confirmed that a car bomb exploded outside the court in Barsk, killing two guards.";
    const [incident] = findIncidents(prepare(text), none);
    assert.equal(incident?.eventType, "Remote explosive/landmine/IED");
    assert.equal(incident?.stance, "confirmed");
  });

  it("does not count an unverified report as confirmed", () => {
    const text =
      "Officials said rockets hit a market in Tiven; the claim could not be independently verified.";
    const [incident] = findIncidents(prepare(text), none);
    assert.equal(incident?.stance, "alleged");
  });

  it("merges a following sentence that goes on with the same event", () => {
    const text =
      "A drone strike hit an apartment block in Sarn. The strike killed three residents and injured nine.";
    const incidents = findIncidents(prepare(text), { ...none, entities: places(text, "Sarn") });
    assert.equal(incidents.length, 1);
    assert.equal(incidents[0]?.end, text.length);
  });

  it("keeps events in different places apart", () => {
    const text = "Shelling hit homes in Sarn. Shelling also hit homes in Tolk.";
    const incidents = findIncidents(prepare(text), { ...none, entities: places(text, "Sarn", "Tolk") });
    assert.deepEqual(
      incidents.map((i) => i.place?.name),
      ["Sarn", "Tolk"],
    );
  });

  it("leaves out non-violent developments unless asked for them", () => {
    const text = "The two sides signed a ceasefire agreement in Beln.";
    assert.deepEqual(findIncidents(prepare(text), none), []);
  });

  it("names the perpetrator of an attack given by 'by'", () => {
    const text = "The market in Ulm was hit by a missile launched by Russia, killing six people.";
    const [incident] = findIncidents(prepare(text), none);
    assert.equal(incident?.perpetrator?.name, "Russia");
  });
});

describe("triggeredSentences", () => {
  it("passes every sentence with an event cue and skips those without", () => {
    const doc = prepare(
      "Weather was mild. Gunmen opened fire on a bus. Markets were calm. Police arrested two men.",
    );
    assert.deepEqual(triggeredSentences(doc), [1, 3]);
  });
});
