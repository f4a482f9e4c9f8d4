import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../index.js";
import { prepare } from "../text/prepare.js";
import { classifyEvent } from "./classify.js";
import { findIncidents, type IncidentContext } from "./find.js";
import { dateAt, killedAt, places, resolvedPlaces } from "./test-builders.js";

// Generic sentences of the kind wire copy is made of. Real city names where the behaviour
// depends on the gazetteer resolving them; invented ones (Velgrad, Orlin) where it must not.

const none: IncidentContext = { entities: [], dates: [], figures: [] };

describe("findIncidents: a sentence that refers back to an event", () => {
  const lead = "A Russian air strike hit a clinic in Poltava on Monday, killing two people.";
  const follow =
    "The strike, which came shortly before noon, destroyed the front of the three-storey building.";
  const text = `${lead}\n${follow}`;
  const context: IncidentContext = {
    entities: resolvedPlaces(text, "Poltava"),
    dates: [dateAt(text, "Monday", "2022-05-02")],
    figures: [killedAt(text, "two people", 2)],
  };

  it("would be read as shelling on its own", () => {
    assert.equal(classifyEvent(follow)?.eventType, "Shelling/artillery/missile attack");
  });

  it("takes the event type, place and date of the event it refers back to", () => {
    const [first, second, ...rest] = findIncidents(prepare(text), context);
    assert.equal(rest.length, 0);
    assert.equal(second?.eventType, "Air/drone strike");
    assert.equal(second?.place?.name, "Poltava");
    assert.equal(second?.place?.start, first?.place?.start, "the place is the one the lead names");
    assert.notEqual(second?.place?.ref, null);
    assert.equal(second?.date?.from, "2022-05-02");
    assert.ok((second?.start ?? 0) > text.indexOf("\n"), "its span is its own sentence");
  });

  it("does not file the building the strike hit again as a home of its own", () => {
    const [, second] = findIncidents(prepare(text), context);
    assert.deepEqual(
      second?.targets.map((t) => t.category),
      [],
    );
  });

  it("refers back with a day's strike too", () => {
    const t = `${lead}\nOfficials said at least two people were killed in Monday's strike.`;
    const [, second] = findIncidents(prepare(t), { ...none, entities: resolvedPlaces(t, "Poltava") });
    assert.equal(second?.eventType, "Air/drone strike");
    assert.equal(second?.place?.name, "Poltava");
  });

  it("keeps a place of its own when it names a different one", () => {
    const t = `${lead}\nThe attack came a day after a strike on a market in Sumy.`;
    const [, second] = findIncidents(prepare(t), { ...none, entities: resolvedPlaces(t, "Poltava", "Sumy") });
    assert.equal(second?.eventType, "Air/drone strike");
    assert.equal(second?.place?.name, "Sumy");
  });

  it("keeps its own type when it names its own weapon, and takes the place and date", () => {
    const t = `${lead}\nThe missile hit the waiting room, a nurse said.`;
    const [, second] = findIncidents(prepare(t), {
      ...none,
      entities: resolvedPlaces(t, "Poltava"),
      dates: [dateAt(t, "Monday", "2022-05-02")],
    });
    assert.equal(second?.eventType, "Shelling/artillery/missile attack");
    assert.equal(second?.place?.name, "Poltava");
    assert.equal(second?.date?.from, "2022-05-02");
  });

  it("does not take a place from where the fire came", () => {
    const t = `${lead}\nThe missile had been launched from Belarus, officials said.`;
    const [, second] = findIncidents(prepare(t), {
      ...none,
      entities: resolvedPlaces(t, "Poltava", "Belarus"),
    });
    assert.equal(second?.place?.name, "Poltava");
  });

  it("takes the place of the event that hit the object it speaks of", () => {
    const t = "Shells hit the church in Velgrad on Sunday.\nA warden said the church was struck twice.";
    const [, second] = findIncidents(prepare(t), {
      ...none,
      entities: places(t, "Velgrad"),
      dates: [dateAt(t, "Sunday", "2022-03-13")],
    });
    assert.equal(second?.place?.name, "Velgrad");
    assert.equal(second?.date?.from, "2022-03-13");
  });

  it("is not a reference when it speaks of the war itself", () => {
    const t = `${lead}\nThe attack on Ukraine would include rocket fire, analysts said before the war.`;
    const incidents = findIncidents(prepare(t), {
      ...none,
      entities: resolvedPlaces(t, "Poltava", "Ukraine"),
    });
    assert.equal(incidents.length, 1);
  });
});

describe("findIncidents: where an event happened", () => {
  it("prefers a settlement the gazetteer knows to an unresolved name", () => {
    const text =
      "Shelling on Sunday destroyed the dome of the Church of St Orlin, a wooden church in Poltava.";
    const entities = [...places(text, "Church of St Orlin"), ...resolvedPlaces(text, "Poltava")];
    const [incident] = findIncidents(prepare(text), { ...none, entities });
    assert.equal(incident?.place?.name, "Poltava");
    assert.equal(incident?.place?.ref?.precision, "settlement");
  });

  it("keeps an unresolved name when nothing resolved is named", () => {
    const text = "Shelling on Sunday destroyed the dome of a wooden church in Velgrad.";
    const [incident] = findIncidents(prepare(text), { ...none, entities: places(text, "Velgrad") });
    assert.equal(incident?.place?.name, "Velgrad");
  });

  it("lets a country give way to a settlement in the same sentence", () => {
    const text = "In Ukraine, missiles struck a power plant in Kharkiv overnight.";
    const [incident] = findIncidents(prepare(text), {
      ...none,
      entities: resolvedPlaces(text, "Ukraine", "Kharkiv"),
    });
    assert.equal(incident?.place?.name, "Kharkiv");
  });

  it("lets a country give way to a settlement earlier in the paragraph", () => {
    const text =
      "Officials in Kharkiv called it the worst night in weeks. Missiles struck a power plant in Ukraine.";
    const [incident] = findIncidents(prepare(text), {
      ...none,
      entities: resolvedPlaces(text, "Ukraine", "Kharkiv"),
    });
    assert.equal(incident?.place?.name, "Kharkiv");
  });

  it("does not place an event where a speaker holds office", () => {
    const text = "The governor of the Sumy region said shelling had hit a school in Velgrad.";
    const entities = [...resolvedPlaces(text, "Sumy region"), ...places(text, "Velgrad")];
    const [incident] = findIncidents(prepare(text), { ...none, entities });
    assert.equal(incident?.place?.name, "Velgrad");
  });
});

describe("findIncidents: the report's dateline and its one event place", () => {
  it("places an event told without a place at the dateline, and never dates it by the dateline", () => {
    const text =
      "KHARKIV, Ukraine, May 5 (Wire) - Shelling destroyed a school overnight, killing two teachers, officials said.";
    const [incident] = findIncidents(prepare(text), {
      ...none,
      dates: [dateAt(text, "May 5", "2022-05-05")],
      figures: [killedAt(text, "two teachers", 2)],
    });
    assert.equal(incident?.place?.name, "Kharkiv");
    assert.equal(incident?.place?.ref?.precision, "settlement");
    assert.equal(incident?.place?.text, "KHARKIV");
    assert.equal(incident?.date, null);
  });

  it("prefers a place the sentence names to the dateline", () => {
    const text = "KYIV (Wire) - Missiles hit a hospital in Zhytomyr on Monday, officials said.";
    const [incident] = findIncidents(prepare(text), { ...none, entities: resolvedPlaces(text, "Zhytomyr") });
    assert.equal(incident?.place?.name, "Zhytomyr");
  });

  it("places an unplaced event at the one place the report gives events of its kind", () => {
    const text =
      "Shelling overnight damaged the puppet theatre in Mykolaiv, the mayor said.\n" +
      "He said at least ten shells had struck apartment blocks near the port before dawn.";
    const [, second] = findIncidents(prepare(text), { ...none, entities: resolvedPlaces(text, "Mykolaiv") });
    assert.equal(second?.place?.name, "Mykolaiv");
  });

  it("gives no such place to an event of another kind", () => {
    const text =
      "Shelling overnight damaged the puppet theatre in Mykolaiv, the mayor said.\n" +
      "Separately, police detained two journalists on Monday.";
    const incidents = findIncidents(prepare(text), {
      ...none,
      entities: resolvedPlaces(text, "Mykolaiv"),
      dates: [dateAt(text, "Monday", "2022-07-25")],
    });
    const arrest = incidents.find((i) => i.eventType === "Arrests");
    assert.ok(arrest, "the arrest is reported");
    assert.equal(arrest.place, null);
  });

  it("gives no default place when the report names several event places", () => {
    const text =
      "KYIV (Wire) - Missiles hit a school in Sumy and a hospital in Poltava on Monday, officials said.\n" +
      "Another strike damaged a power plant, killing a worker.";
    const incidents = findIncidents(prepare(text), {
      ...none,
      entities: resolvedPlaces(text, "Sumy", "Poltava"),
      figures: [killedAt(text, "a worker", 1)],
    });
    assert.equal(incidents.length, 2);
    assert.equal(incidents[1]?.place, null);
  });
});

describe("findIncidents: commentary and patterns are no incidents", () => {
  for (const text of [
    "Analysts say strikes on supply lines are a legitimate part of war.",
    "If Russia attacks, the first strikes would hit power plants and bridges.",
    "The escalation could come in the form of an assault on Odesa, one analyst said.",
    "There must be an effort to hold accountable those who carried out the attacks on civilians.",
    "Veterans marked the anniversary of the Battle of Stalingrad.",
    "Firefighters fought the blaze for more than five hours.",
  ]) {
    it(`finds none in "${text.slice(0, 60)}…"`, () => {
      assert.deepEqual(
        findIncidents(prepare(text), { ...none, entities: resolvedPlaces(text, "Odesa") }),
        [],
      );
    });
  }

  it("leaves out a place shelled again and again, unless it counts the dead", () => {
    const text = "Poltava has been shelled almost daily since the spring.";
    assert.deepEqual(
      findIncidents(prepare(text), { ...none, entities: resolvedPlaces(text, "Poltava") }),
      [],
    );
    const counted = "Poltava has been shelled almost daily, and two people were killed on Monday.";
    const incidents = findIncidents(prepare(counted), {
      ...none,
      entities: resolvedPlaces(counted, "Poltava"),
      figures: [killedAt(counted, "two people", 2)],
    });
    assert.equal(incidents.length, 1);
  });

  it("keeps an unplaced, undated sentence that refers back to an event", () => {
    const text =
      "A drone hit a fuel depot in Vinnytsia on Friday, regional officials said.\n\nThe blast was heard across the city, and the explosion killed a guard.";
    const incidents = findIncidents(prepare(text), { ...none, entities: resolvedPlaces(text, "Vinnytsia") });
    assert.equal(incidents.length, 2);
    assert.equal(incidents[1]?.eventType, "Air/drone strike");
    assert.equal(incidents[1]?.place?.name, "Vinnytsia");
  });
});

describe("analyze: incidents over a whole report", () => {
  it("reads a follow-up sentence as the air strike the dateline story told", () => {
    const text =
      "POLTAVA, Ukraine, May 3 (Wire) - A Russian air strike hit a school in the city on Monday, killing two teachers.\n\n" +
      "The strike destroyed the gym, the headteacher said.";
    const { incidents } = analyze(text, { publishedAt: "2022-05-03T08:00:00Z", lang: "en" });
    assert.equal(incidents.length, 2);
    for (const incident of incidents) {
      assert.equal(incident.eventType, "Air/drone strike");
      assert.equal(incident.place?.name, "Poltava");
      assert.equal(incident.date?.from, "2022-05-02");
    }
  });
});
