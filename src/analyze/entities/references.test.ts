import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EntityMention } from "../../domain/analysis.js";
import { prepare } from "../text/prepare.js";
import { findEntities } from "./index.js";

function mentions(text: string): [string, string, EntityMention["type"]][] {
  return findEntities(prepare(text)).map((e) => [e.text, e.name, e.type]);
}

describe("pronouns and descriptions resolved to what they stand for", () => {
  it("resolves he and she to the latest person of the same gender", () => {
    const found = mentions(
      "Mr. Petro Vasylenko met Ms. Olena Hrytsenko in Kharkiv. She said the talks failed, and he left.",
    );
    assert.deepEqual(
      found.filter(([, , type]) => type === "person"),
      [
        ["Mr. Petro Vasylenko", "Petro Vasylenko", "person"],
        ["Ms. Olena Hrytsenko", "Olena Hrytsenko", "person"],
        ["She", "Olena Hrytsenko", "person"],
        ["he", "Petro Vasylenko", "person"],
      ],
    );
  });

  it("emits no mention for a pronoun with nothing to stand for", () => {
    assert.deepEqual(mentions("He said it was raining and they went home."), []);
  });

  it("leaves possessive determiners and expletive 'it' alone", () => {
    const found = mentions("Oleksandr Marchenko left his car. It is unclear why.");
    assert.deepEqual(found, [["Oleksandr Marchenko", "Oleksandr Marchenko", "person"]]);
  });

  it("resolves they to a group and it to an organisation that acts", () => {
    const found = mentions(
      "Russian forces advanced on Kessin. They shelled the bridge. The State Emergency Service " +
        "arrived later. It said two people were hurt.",
    );
    assert.ok(found.some(([text, name]) => text === "They" && name === "Russian forces"));
    assert.ok(found.some(([text, name]) => text === "It" && name === "State Emergency Service"));
  });

  it("resolves the city, the country and the government to the latest of their kind", () => {
    const found = mentions(
      "Refugees reached Amman from Jordan's north. The city was crowded, and the government " +
        "said the country would take more.",
    );
    assert.deepEqual(
      found.filter(([text]) => text.startsWith("the") || text.startsWith("The")),
      [
        ["The city", "Amman", "place"],
        ["the government", "Jordanian government", "organization"],
        ["the country", "Jordan", "place"],
      ],
    );
  });

  it("resolves 'the regime' to the regime named before", () => {
    const found = mentions("Assad's brutal regime bombed the suburb. The regime denied it.");
    assert.ok(found.some(([text, name]) => text === "The regime" && name === "Assad regime"));
  });

  it("resolves I and we in a quotation to who is quoted", () => {
    const found = mentions(
      'Oleksandr Marchenko visited the site. "I saw the rockets land," said Marchenko.\n' +
        'The State Emergency Service said: "We have cleared the road."',
    );
    assert.ok(found.some(([text, name]) => text === "I" && name === "Oleksandr Marchenko"));
    assert.ok(found.some(([text, name]) => text === "We" && name === "State Emergency Service"));
  });

  it("resolves I in a statement set out after 'said:' as press releases print it", () => {
    const found = mentions(
      "Foreign Minister Petro Vasylenko said:\n\nI condemn this attack on civilians.\n\nFurther information",
    );
    assert.ok(found.some(([text, name]) => text === "I" && name === "Petro Vasylenko"));
  });
});
