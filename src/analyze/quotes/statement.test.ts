import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EntityMention } from "../../domain/analysis.js";
import { prepare } from "../text/prepare.js";
import { findQuotes } from "./index.js";

// Invented: the town of Dorvik, Minister Petra Lind, Mayor Ilse Varga.

/** Person mentions of Petra Lind, as the entity module would give them. */
function lind(text: string): EntityMention[] {
  const out: EntityMention[] = [];
  for (let at = text.indexOf("Petra Lind"); at !== -1; at = text.indexOf("Petra Lind", at + 1)) {
    out.push({ start: at, end: at + 10, text: "Petra Lind", type: "person", name: "Petra Lind" });
  }
  return out;
}

describe("findQuotes: statements set out after 'said:'", () => {
  it("takes the paragraphs after a paragraph ending in 'said:' as the speaker's own words", () => {
    const text =
      "Minister Petra Lind visited Dorvik.\n\nMinister Petra Lind said:\n\n" +
      "I am appalled by this attack on the hospital. We will rebuild it.\n\n" +
      "Those responsible must be held to account.\n\nFurther information";
    const found = findQuotes(prepare(text), lind(text));
    assert.deepEqual(
      found.map((q) => [q.kind, q.text, q.speaker?.name]),
      [
        ["direct", "I am appalled by this attack on the hospital. We will rebuild it.", "Petra Lind"],
        ["direct", "Those responsible must be held to account.", "Petra Lind"],
      ],
    );
  });

  it("ends the statement where the narration reports someone again", () => {
    const text =
      "Minister Petra Lind said:\n\nThe road is open again.\n\nMayor Ilse Varga said the bridge was still closed.";
    const found = findQuotes(prepare(text), lind(text));
    assert.equal(found.filter((q) => q.speaker?.name === "Petra Lind").length, 1);
  });
});

describe("findQuotes: verbs whose preposition introduces what is reported", () => {
  it("reports the object of 'agreed with', 'responded to' and 'commented on'", () => {
    const text =
      "Varga agreed with the council on the budget. The ministry responded to the ruling. " +
      "Lind commented on the evacuation plan.";
    const found = findQuotes(prepare(text), []);
    assert.deepEqual(
      found.map((q) => [q.speaker?.text, q.cue?.text, q.text]),
      [
        ["Varga", "agreed with", "the council on the budget"],
        ["The ministry", "responded to", "the ruling"],
        ["Lind", "commented on", "the evacuation plan"],
      ],
    );
  });
});

describe("findQuotes: reuse of the parse", () => {
  it("gives the same quotations when asked twice, with speakers resolved from each call's entities", () => {
    const text = 'Petra Lind met Ilse Varga in Dorvik. "It is safe," she said.';
    const doc = prepare(text);
    const named = lind(text);
    const first = findQuotes(doc, named);
    assert.equal(first[0]?.speaker?.name, "Petra Lind", "alone, the quote finder takes the latest person");
    // the entity module, which knows more (gender, salience), resolved "she" to Varga
    const she = text.lastIndexOf("she");
    const resolved: EntityMention[] = [
      ...named,
      { start: she, end: she + 3, text: "she", type: "person", name: "Ilse Varga" },
    ];
    const second = findQuotes(doc, resolved);
    assert.deepEqual(
      second.map((q) => q.text),
      first.map((q) => q.text),
    );
    assert.deepEqual([second[0]?.speaker?.name, second[0]?.speaker?.resolvedBy], ["Ilse Varga", "pronoun"]);
  });
});
