import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import type { EntityMention } from "../../domain/analysis.js";
import { sharedPath, sharedSkip } from "../../testing/shared.js";
import { prepare } from "../text/prepare.js";
import { findEntities } from "./index.js";

function entities(text: string): EntityMention[] {
  return findEntities(prepare(text));
}

function named(found: EntityMention[], type: EntityMention["type"]): string[] {
  return [...new Set(found.filter((e) => e.type === type).map((e) => e.name))];
}

describe("findEntities", () => {
  it("gives every mention a span that is exactly its text", () => {
    const text =
      "Foreign Minister Oleksandr Marchenko told reporters in Kiev that Russia’s forces shelled Velykivka.\n" +
      'The UN said: "We are alarmed." Marchenko added that the International Criminal Court (ICC) was told.';
    const found = entities(text);
    assert.ok(found.length >= 6);
    for (const e of found) assert.equal(e.text, text.slice(e.start, e.end));
  });

  it("finds people with their titles in the span and without them in the name", () => {
    const text =
      "Defence Minister Petro Vasylenko visited the front. Gen. Ivan Hrytsenko met Mr. Harlan Brook.";
    const people = entities(text).filter((e) => e.type === "person");
    assert.deepEqual(
      people.map((e) => [e.text, e.name]),
      [
        ["Defence Minister Petro Vasylenko", "Petro Vasylenko"],
        ["Gen. Ivan Hrytsenko", "Ivan Hrytsenko"],
        ["Mr. Harlan Brook", "Harlan Brook"],
      ],
    );
  });

  it("resolves surnames and titles to the person named in full", () => {
    const text =
      "Blinken spoke first. Secretary of State Antony Blinken said the talks failed. " +
      "Later, Blinken left for Warsaw, and Mr Blinken declined to comment.";
    const people = entities(text).filter((e) => e.type === "person");
    assert.equal(people.length, 4);
    for (const p of people) assert.equal(p.name, "Antony Blinken");
  });

  it("finds organisations by acronym, head word and definition", () => {
    const text =
      "The International Criminal Court (ICC) opened a case. The ICC and the UN asked NATO " +
      "and Russia's Ministry of Defence for records held by the State Emergency Service.";
    const found = entities(text);
    const orgs = named(found, "organization");
    assert.ok(orgs.includes("International Criminal Court"));
    assert.ok(orgs.includes("United Nations"));
    assert.ok(orgs.includes("NATO"));
    assert.ok(orgs.includes("Russian Ministry of Defence"));
    assert.ok(orgs.includes("State Emergency Service"));
    const icc = found.filter((e) => e.name === "International Criminal Court");
    assert.equal(icc.length, 3, "the definition, the acronym in brackets and its later use");
  });

  it("finds armed forces named by nationality as organisations", () => {
    const found = entities("Russian forces shelled the town while Ukrainian troops held the bridge.");
    assert.deepEqual(named(found, "organization"), ["Russian forces", "Ukrainian troops"]);
  });

  it("resolves places written in different transliterations to the same coordinates", () => {
    const found = entities(
      "Shelling hit Kharkiv overnight. Residents of Kharkov said the strikes continued.",
    );
    const places = found.filter((e) => e.type === "place");
    assert.equal(places.length, 2);
    assert.equal(places[0]?.place?.gazetteerId, places[1]?.place?.gazetteerId);
    assert.equal(places[1]?.name, "Kharkiv");
    assert.equal(places[1]?.text, "Kharkov");
  });

  it("takes article, direction and region word into the place and resolves the oblast", () => {
    const found = entities("Fighting continued in the Donetsk region and in northern Kharkiv Oblast.");
    const places = found.filter((e) => e.type === "place");
    assert.deepEqual(
      places.map((p) => [p.text, p.place?.name, p.place?.precision]),
      [
        ["the Donetsk region", "Donetsk Oblast", "region"],
        ["northern Kharkiv Oblast", "Kharkiv Oblast", "region"],
      ],
    );
  });

  it("prefers the namesake in the country the document is about", () => {
    const about = (country: string) =>
      `${country} reported new attacks. Officials in ${country} said shells fell in Lyman. ${country} will respond.`;
    const inUkraine = entities(about("Ukraine")).find((e) => e.text === "Lyman");
    assert.equal(inUkraine?.place?.country, "UA");
    const inUs = entities(about("the United States")).find((e) => e.text === "Lyman");
    assert.equal(inUs?.place?.country, "US");
  });

  it("does not take sentence-initial words, nationalities or months for names", () => {
    const found = entities("However, officials said on Monday that March was quiet and Ukrainian.");
    assert.deepEqual(found, []);
  });

  it("names officials, refugees and armed groups by nationality as organisations", () => {
    const found = entities(
      "Ukrainian officials said government forces and US-led coalition troops held the road. " +
        "Many Syrians fled, and Syrian refugees crossed the border.",
    );
    assert.deepEqual(
      found.filter((e) => e.type === "organization").map((e) => [e.text, e.name]),
      [
        ["Ukrainian officials", "Ukrainian officials"],
        ["government forces", "government forces"],
        ["US-led coalition troops", "US-led coalition troops"],
        ["Syrians", "Syrians"],
        ["Syrian refugees", "Syrian refugees"],
      ],
    );
  });

  it("keeps the name investigators write for a country's institutions", () => {
    const found = entities("The US government said Russia's forces and Assad's brutal regime were to blame.");
    assert.deepEqual(
      found.map((e) => [e.text, e.name, e.type]),
      [
        ["The US government", "US government", "organization"],
        ["Russia's forces", "Russian forces", "organization"],
        ["Assad's brutal regime", "Assad regime", "organization"],
      ],
    );
  });

  it("takes what introduces a place into its span and names facilities by their own name", () => {
    const found = entities(
      "Shells hit the village of Kessin, 35km south of Kharkiv, and the Kharkiv airport. " +
        "Fighting reached the Saltivka district of Kharkiv.",
    );
    const places = found.filter((e) => e.type === "place");
    assert.deepEqual(
      places.map((p) => [p.text, p.name]),
      [
        ["the village of Kessin", "Kessin"],
        ["35km south of Kharkiv", "Kharkiv"],
        ["the Kharkiv airport", "Kharkiv airport"],
        ["the Saltivka district of Kharkiv", "Saltivka"],
      ],
    );
    assert.equal(places[2]?.place?.name, "Kharkiv", "a facility is placed where its name is");
  });

  it("does not match a name to a far-off place by a loose transliteration", () => {
    const found = entities("Interviews were held over Skype with Omar, and Omar said the shelling went on.");
    assert.equal(
      found.some((e) => e.type === "place"),
      false,
    );
  });
});

describe("findEntities on the seed article", () => {
  it("finds the people, Mariupol and the organisations", { skip: sharedSkip("corpus", "seed") }, () => {
    const text = readFileSync(sharedPath("corpus", "seed", "us-war-crimes-assessment.txt"), "utf8");
    const found = entities(text);
    const people = named(found, "person");
    for (const p of ["Antony Blinken", "Chuck Schumer", "Dominic Raab", "Vladimir Putin", "Joe Biden"]) {
      assert.ok(people.includes(p), `${p} among ${people.join(", ")}`);
    }
    const mariupol = found.find((e) => e.type === "place" && e.text === "Mariupol");
    assert.equal(mariupol?.place?.country, "UA");
    assert.ok(mariupol?.place && mariupol.place.lat > 46 && mariupol.place.lat < 48);
    const orgs = named(found, "organization");
    assert.ok(orgs.includes("International Criminal Court"));
    assert.ok(orgs.includes("United Nations"));
    for (const e of found) assert.equal(e.text, text.slice(e.start, e.end));
  });
});
