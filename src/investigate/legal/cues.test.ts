import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectCues } from "./cues.js";

describe("detectCues", () => {
  it("finds wording for intent, means and markings, citing every text a phrase occurs in", () => {
    const cues = detectCues([
      {
        id: "a",
        text: "The clinic in Vell, marked with a red cross, was deliberately shelled with cluster munitions.",
      },
      { id: "b", text: "Witnesses said the strike on Vell was deliberately aimed at the clinic." },
    ]);
    assert.deepEqual(cues.intent, [{ value: "deliberately", support: ["a", "b"] }]);
    assert.deepEqual(cues.indiscriminate, [{ value: "cluster munitions", support: ["a"] }]);
    assert.deepEqual(cues.emblem, [{ value: "marked with a red cross", support: ["a"] }]);
  });

  it("does not take the Red Cross organisation for a protective marking", () => {
    const cues = detectCues([{ id: "a", text: "The Red Cross said its staff could not reach the town." }]);
    assert.equal(cues.emblem, undefined);
  });

  it("turns a negated military-objective claim into its opposite and drops negated intent", () => {
    const cues = detectCues([
      { id: "a", text: "Residents said there were no military targets nearby." },
      { id: "b", text: "The ministry said the depot was a military target." },
      { id: "c", text: "The army said it did not deliberately target civilians." },
      { id: "d", text: "Officials insisted the school wasn't a military facility." },
    ]);
    assert.deepEqual(cues["no-military-objective"], [
      { value: "military targets", support: ["a"] },
      { value: "military facility", support: ["d"] },
    ]);
    assert.deepEqual(cues["military-objective"], [{ value: "military target", support: ["b"] }]);
    assert.equal(cues.intent, undefined);
  });

  it("recognises looting, sexual violence, deportation, hostage and siege wording", () => {
    const cues = detectCues([
      {
        id: "x",
        text:
          "Soldiers looted the shops of Tarn. Women were raped at gunpoint. Families were forcibly transferred " +
          "through a filtration camp, two mayors were held as hostages, and the besieged town ran out of water.",
      },
    ]);
    assert.deepEqual(cues.appropriation?.[0]?.value, "looted");
    assert.deepEqual(cues.rape?.[0]?.value, "raped");
    assert.deepEqual(cues.coercion?.[0]?.value, "at gunpoint");
    assert.deepEqual(
      cues.deportation?.map((c) => c.value),
      ["forcibly transferred", "filtration camp"],
    );
    assert.deepEqual(cues.hostage?.[0]?.value, "hostages");
    assert.deepEqual(cues.starvation?.[0]?.value, "besieged");
  });
});
