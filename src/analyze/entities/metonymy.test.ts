import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EntityMention } from "../../domain/analysis.js";
import { prepare } from "../text/prepare.js";
import { findEntities } from "./index.js";

function typed(text: string): [string, EntityMention["type"]][] {
  return findEntities(prepare(text))
    .filter((e) => e.place?.precision === "country" || e.place?.precision === "settlement")
    .map((e) => [e.text, e.type]);
}

describe("countries and capitals that act", () => {
  it("types a country that speaks or acts as an organisation and keeps its place", () => {
    const found = findEntities(prepare("Russia has accused Ukraine of shelling the town of Kessin."));
    const russia = found.find((e) => e.text === "Russia");
    assert.equal(russia?.type, "organization");
    assert.equal(russia?.name, "Russia");
    assert.equal(russia?.place?.country, "RU", "the place stays so that a map can show the actor");
    assert.equal(found.find((e) => e.text === "Ukraine")?.type, "organization", "the accused acts too");
  });

  it("leaves a country where something happens a place", () => {
    assert.deepEqual(typed("Fighting continued in Ukraine, and the war in Syria has killed thousands."), [
      ["Ukraine", "place"],
      ["Syria", "place"],
    ]);
  });

  it("takes 'the' into an acting country, as organisation names have it", () => {
    assert.deepEqual(typed("The UK is working with partners. Aid reached the UK."), [
      ["The UK", "organization"],
      ["UK", "place"],
    ]);
  });

  it("reads possessives, passives and capitals", () => {
    assert.deepEqual(
      typed(
        "The truce announced by Russia and Turkey held. Australia's response was swift. " +
          "Moscow said the strikes would go on. Moscow was shelled. Syria's civil war goes on.",
      ),
      [
        ["Russia", "organization"],
        ["Turkey", "organization"],
        ["Australia", "organization"],
        ["Moscow", "organization"],
        ["Moscow", "place"],
        ["Syria", "place"],
      ],
    );
  });

  it("does not retype a country in a compound", () => {
    assert.deepEqual(typed("He was killed by U.S.-made drones."), [["U.S.", "place"]]);
  });
});
