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

describe("findFigures: attribution", () => {
  it("takes 'according to', 'X said' and a possessive estimate", () => {
    assert.equal(
      only("Five people were killed, according to local officials.").attributedTo?.text,
      "local officials",
    );
    assert.equal(
      only("The regional governor said 34 people were killed.").attributedTo?.name,
      "regional governor",
    );
    const f = only("The UN's latest estimate put the death toll at 300.");
    assert.deepEqual([f.attributedTo?.text, f.attributedTo?.name], ["The UN's latest estimate", "UN"]);
  });

  it("takes an inverted 'said X' after a comma", () => {
    assert.equal(
      only("Four people were wounded, said the mayor of Strelka.").attributedTo?.name,
      "mayor of Strelka",
    );
  });

  it("uses the entity module's canonical name when an entity covers the source", () => {
    const text = "Five people were killed, according to the UN.";
    const at = text.indexOf("UN");
    const un: EntityMention = {
      start: at,
      end: at + 2,
      text: "UN",
      type: "organization",
      name: "United Nations",
    };
    assert.equal(only(text, [un]).attributedTo?.name, "United Nations");
  });

  it("leaves pronouns unattributed and prefers the figure's own clause", () => {
    assert.equal(only("He said 34 people were killed.").attributedTo, null);
    const f = only("The army claimed it hit only military targets, but officials said 12 civilians died.");
    assert.equal(f.attributedTo?.name, "officials");
  });

  it("does not attribute across a semicolon", () => {
    assert.equal(only("Drones kill 11 civilians; rescuers say no one survived.").attributedTo, null);
  });

  it("does not read 'claimed the lives of' as a claim", () => {
    assert.equal(only("The war has claimed the lives of about 14,000 people.").attributedTo, null);
  });
});

describe("findFigures: hedges", () => {
  it("collects doubt words in the clause and 'could be higher' across the sentence", () => {
    const f = only(
      "An estimated 400 civilians were killed, though the figure could not be independently verified.",
    );
    assert.deepEqual(
      f.hedges.map((h) => h.text),
      ["estimated", "could not be independently verified"],
    );
    assert.deepEqual(
      only("At least 12 people were killed, but the toll is likely to rise.").hedges.map((h) => h.text),
      ["is likely to rise"],
    );
  });

  it("carries a following sentence's 'far higher' to the figures before it", () => {
    const f = only(
      "At least 300 civilians were killed. It is feared that the true count could be much higher.",
    );
    assert.deepEqual(
      f.hedges.map((h) => h.text),
      ["feared", "could be much higher"],
    );
  });

  it("does not carry hedges into another paragraph or onto a sentence with its own figures", () => {
    assert.deepEqual(only("At least 300 civilians were killed.\nThe cost could be far higher.").hedges, []);
    const [first] = figures(
      "At least 300 civilians were killed. Another 20 people died, and the toll could rise.",
    );
    assert.deepEqual(first?.hedges, []);
  });

  it("keeps a doubt word in another clause off the figure", () => {
    const f = only("Reportedly the convoy turned back, but 12 soldiers were captured.");
    assert.deepEqual(f.hedges, []);
  });
});
