import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EventType } from "../../domain/analysis.js";
import { classifyEvent, eventCueWeights } from "./classify.js";

// Invented towns and groups; each sentence reads the way a news report puts that kind of event.
const EXAMPLES: [EventType, string][] = [
  [
    "Armed clash",
    "Government troops and rebel fighters clashed overnight near Velmora, leaving eleven soldiers dead.",
  ],
  [
    "Government regains territory",
    "The army recaptured the town of Dornik from insurgents after a week-long operation.",
  ],
  [
    "Non-state actor overtakes territory",
    "Militants seized control of the village of Kesta and raised their flag over the police post.",
  ],
  [
    "Chemical weapon",
    "Doctors said patients showed symptoms of chlorine exposure after the attack on Ravlin.",
  ],
  ["Air/drone strike", "Warplanes bombed a market in Ostrava Nova, killing nine people."],
  ["Air/drone strike", "A drone strike hit a car on the outskirts of Pelna on Tuesday."],
  [
    "Shelling/artillery/missile attack",
    "A missile strike hit the hospital in Brenov, killing four patients.",
  ],
  ["Shelling/artillery/missile attack", "Artillery shelling damaged dozens of homes in Lisk overnight."],
  [
    "Remote explosive/landmine/IED",
    "A roadside bomb exploded as a police truck passed near Tarvel, wounding three officers.",
  ],
  [
    "Remote explosive/landmine/IED",
    "A tractor driver was killed when his vehicle hit a landmine in a field outside Corvo.",
  ],
  ["Suicide bomb", "A suicide bomber blew himself up at a checkpoint in Amsa, killing six people."],
  ["Grenade", "Unknown attackers threw a hand grenade into a cafe in Sorin, injuring five customers."],
  ["Sexual violence", "Witnesses told investigators that soldiers raped two women in the village of Hollin."],
  ["Attack", "Gunmen opened fire on villagers in Marta, killing seven civilians."],
  ["Abduction/forced disappearance", "Armed men abducted the mayor of Velen and his driver on Monday."],
  [
    "Peaceful protest",
    "Thousands of demonstrators marched peacefully through central Arvo to demand new elections.",
  ],
  [
    "Protest with intervention",
    "Police used tear gas and water cannon to disperse protesters in Lumen square.",
  ],
  [
    "Excessive force against protesters",
    "Security forces opened fire on peaceful protesters in Dreya, killing three demonstrators.",
  ],
  [
    "Violent demonstration",
    "Rioters threw stones at police and set cars on fire during a protest in Kallas.",
  ],
  ["Mob violence", "An angry mob lynched two men accused of theft in the market town of Orsk Minor."],
  ["Agreement", "The two sides agreed a ceasefire after talks in the neutral town of Beln."],
  ["Arrests", "Police arrested twelve people suspected of organising the smuggling ring in Tova."],
  [
    "Change to group/activity",
    "The militia announced that it had recruited and deployed new fighters along the border.",
  ],
  ["Disrupted weapons use", "Air defence units intercepted three missiles over the city of Varn overnight."],
  ["Disrupted weapons use", "Police seized a cache of rifles and ammunition in a warehouse in Pellin."],
  [
    "Headquarters or base established",
    "Foreign troops have set up a new military base near the village of Oska.",
  ],
  ["Looting/property destruction", "Retreating fighters looted shops and torched houses in Virel."],
  [
    "Non-violent transfer of territory",
    "Rebels entered Kesh without resistance after the army withdrew from the town.",
  ],
  ["Other", "Investigators found a mass grave on the edge of the forest near Rudna."],
];

describe("classifyEvent", () => {
  for (const [expected, sentence] of EXAMPLES) {
    it(`reads "${sentence.slice(0, 50)}…" as ${expected}`, () => {
      assert.equal(classifyEvent(sentence)?.eventType, expected);
    });
  }

  it("covers every ACLED sub-event type in these examples", async () => {
    const { EVENT_TYPES } = await import("../../domain/analysis.js");
    const covered = new Set(EXAMPLES.map(([type]) => type));
    assert.deepEqual(
      EVENT_TYPES.filter((t) => !covered.has(t)),
      [],
    );
  });

  it("finds no event in a sentence that describes none", () => {
    assert.equal(classifyEvent("The minister met her counterpart to discuss trade and tourism."), null);
    assert.equal(classifyEvent("The city council approved the budget for next year."), null);
  });

  it("leaves disasters, crime and diplomacy out", () => {
    assert.equal(classifyEvent("Torrential rains and floods killed twelve people in the valley."), null);
    assert.equal(classifyEvent("The country expelled two diplomats and announced new sanctions."), null);
    assert.equal(classifyEvent("A gas leak caused an explosion in a block of flats, killing two."), null);
  });

  it("ignores negated and hypothetical cues", () => {
    assert.equal(classifyEvent("The ministry said there was no shelling of the town."), null);
    assert.equal(classifyEvent("He threatened to strike the capital."), null);
  });

  it("codes an attack by the weapon used, not by its victims", () => {
    assert.equal(
      classifyEvent("Rockets slammed into a residential area, killing civilians.")?.eventType,
      "Shelling/artillery/missile attack",
    );
  });

  it("tells who took a town from the actor who took it", () => {
    assert.equal(
      classifyEvent("Rebel fighters recaptured the town of Irsa after government troops retreated.")
        ?.eventType,
      "Non-state actor overtakes territory",
    );
    assert.equal(
      classifyEvent("Government forces captured the town of Irsa from rebel fighters.")?.eventType,
      "Government regains territory",
    );
  });

  it("explains a classification by the cue weight of each class", () => {
    const weights = eventCueWeights("Warplanes bombed a market in Ostrava Nova, killing nine people.");
    const [top] = [...weights].sort((a, b) => b[1] - a[1]);
    assert.equal(top?.[0], "Air/drone strike");
  });

  it("scores in (0, 1)", () => {
    const result = classifyEvent("Warplanes bombed a market in Ostrava Nova, killing nine people.");
    assert.ok(result !== null && result.score > 0 && result.score < 1);
  });
});

describe("classifyEvent and the month of March", () => {
  it("does not read the month as a protest march", () => {
    for (const text of [
      "KHARKIV, Ukraine, March 16 (Wire) - A missile strike hit a school in the city, killing two people.",
      "On 16 March an air strike destroyed a bridge near the fictional town of Arvo.",
      "Since March, artillery has shelled the fictional village of Lisove every night.",
    ]) {
      const result = classifyEvent(text);
      assert.notEqual(result?.eventType, "Peaceful protest", text);
    }
    assert.equal(
      classifyEvent("Hundreds of students marched to the parliament in the fictional capital.")?.eventType,
      "Peaceful protest",
    );
  });
});

describe("classifyEvent on wordings that used to mislead it", () => {
  const cases: [string, string | null][] = [
    [
      "A farmer was killed when his tractor hit an anti-tank mine near the fictional village of Orlin.",
      "Remote explosive/landmine/IED",
    ],
    [
      "Soldiers detained the mayor of Velgrad at his home and drove him to an unknown location.",
      "Abduction/forced disappearance",
    ],
    ["An air-dropped munition struck the maternity ward in Velgrad.", "Air/drone strike"],
    [
      "Velgrad has been shelled almost daily since troops were pushed back from its outskirts.",
      "Shelling/artillery/missile attack",
    ],
    [
      "The toll from the missile strike rose to five after rescuers recovered the body of a woman.",
      "Shelling/artillery/missile attack",
    ],
    ["Firefighters fought the blaze for more than five hours.", null],
    ["The minister struck a conciliatory tone in his speech.", null],
    ["Officials said the building would have to be demolished.", null],
  ];
  for (const [sentence, expected] of cases) {
    it(`reads "${sentence.slice(0, 50)}…" as ${expected ?? "no event"}`, () => {
      assert.equal(classifyEvent(sentence)?.eventType ?? null, expected);
    });
  }
});
