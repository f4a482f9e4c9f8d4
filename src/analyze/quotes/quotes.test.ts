import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EntityMention, QuoteMention } from "../../domain/analysis.js";
import { prepare } from "../text/prepare.js";
import { findQuotes } from "./index.js";

// Every text here is invented: the town of Dorvik, Mayor Ilse Varga, Minister Petra Lind.

function quotes(text: string, entities: EntityMention[] = []): QuoteMention[] {
  const found = findQuotes(prepare(text), entities);
  for (const q of found) {
    // every span must be the very words it claims
    assert.equal(text.slice(q.start, q.end), q.text);
    if (q.speaker) assert.equal(text.slice(q.speaker.start, q.speaker.end), q.speaker.text);
    if (q.cue) assert.equal(text.slice(q.cue.start, q.cue.end), q.cue.text);
    if (q.relayedBy) assert.equal(text.slice(q.relayedBy.start, q.relayedBy.end), q.relayedBy.text);
  }
  return found;
}

/** Person mentions for each occurrence of each name, as the entity module would give them. */
function people(text: string, names: Record<string, string>): EntityMention[] {
  const out: EntityMention[] = [];
  for (const [surface, name] of Object.entries(names)) {
    for (let at = text.indexOf(surface); at !== -1; at = text.indexOf(surface, at + 1)) {
      out.push({ start: at, end: at + surface.length, text: surface, type: "person", name });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function only(found: QuoteMention[]): QuoteMention {
  assert.equal(found.length, 1, JSON.stringify(found.map((q) => q.text)));
  return found[0] as QuoteMention;
}

describe("findQuotes: direct quotations", () => {
  it("attributes a quotation to the name after it", () => {
    const q = only(quotes('"The bridge will reopen in May," Varga said.'));
    assert.equal(q.text, "The bridge will reopen in May");
    assert.equal(q.kind, "direct");
    assert.equal(q.cue?.text, "said");
    assert.deepEqual(
      [q.speaker?.text, q.speaker?.name, q.speaker?.resolvedBy],
      ["Varga", "Varga", "explicit"],
    );
  });

  it("attributes a quotation to the name before it", () => {
    const q = only(quotes('Varga said: "We will rebuild the school."'));
    assert.equal(q.text, "We will rebuild the school.");
    assert.equal(q.speaker?.text, "Varga");
  });

  it("reads a speaker placed after the verb", () => {
    const q = only(quotes('"No one was hurt," said Tomas Reyes, a spokesman for the fire service.'));
    assert.equal(q.text, "No one was hurt");
    assert.equal(q.speaker?.text, "Tomas Reyes");
  });

  it("takes the name of a titled speaker, title stripped, and remembers it for the surname", () => {
    const found = quotes(
      'Interior Minister Ana Kovac said: "The shelter is full." Later, "We need more beds," Kovac said.',
    );
    assert.deepEqual(
      found.map((q) => [q.text, q.speaker?.text, q.speaker?.name, q.speaker?.resolvedBy]),
      [
        ["The shelter is full.", "Ana Kovac", "Ana Kovac", "title"],
        ["We need more beds", "Kovac", "Ana Kovac", "explicit"],
      ],
    );
  });

  it("keeps both halves of a quotation split by its attribution, under one cue", () => {
    const found = quotes('"The road is closed," Varga said, "but the bridge is open."');
    assert.deepEqual(
      found.map((q) => q.text),
      ["The road is closed", "but the bridge is open."],
    );
    assert.equal(found[0]?.cue?.start, found[1]?.cue?.start);
  });

  it("does not report scare quotes or titles that nobody is said to have said", () => {
    assert.deepEqual(
      quotes("Residents fled the 'special operation' zone near the so-called \"green line\"."),
      [],
    );
    assert.deepEqual(quotes('The film "Winter in Dorvik" opens on Friday.'), []);
  });
});

describe("findQuotes: reported speech", () => {
  it("finds the clause after a reporting verb", () => {
    const q = only(quotes("Varga said the water supply had been restored in most districts."));
    assert.equal(q.kind, "indirect");
    assert.equal(q.text, "the water supply had been restored in most districts");
    assert.equal(q.speaker?.text, "Varga");
  });

  it("skips the audience of told", () => {
    const q = only(quotes("Varga told reporters that the bridge had reopened."));
    assert.equal(q.text, "that the bridge had reopened");
    assert.equal(q.cue?.text, "told");
  });

  it("finds the clause before a post-posed cue", () => {
    const q = only(quotes("The repairs will finish in May, the ministry said."));
    assert.equal(q.text, "The repairs will finish in May");
    assert.equal(q.speaker?.text, "the ministry");
  });

  it("reads according to, before or after the clause", () => {
    const before = only(quotes("According to the regional council, 300 people were evacuated."));
    assert.deepEqual(
      [before.text, before.speaker?.text, before.cue?.text],
      ["300 people were evacuated", "the regional council", "According to"],
    );
    const after = only(quotes("Three hundred people were evacuated, according to the regional council."));
    assert.equal(after.text, "Three hundred people were evacuated");
  });

  it("marks a reported clause that quotes some words as mixed", () => {
    const q = only(quotes('Varga said the repairs were "well ahead of schedule" and would end soon.'));
    assert.equal(q.kind, "mixed");
    assert.equal(q.text, 'the repairs were "well ahead of schedule" and would end soon');
  });

  it("gives a participle clause the subject of its sentence", () => {
    const found = quotes("Varga defended the plan, saying it would protect the old town.");
    const saying = found.find((q) => q.cue?.text === "saying");
    assert.equal(saying?.text, "it would protect the old town");
    assert.equal(saying?.speaker?.text, "Varga");
  });
});

describe("findQuotes: speakers resolved from context", () => {
  it("resolves a pronoun to the nearest person before it", () => {
    const text =
      'Minister Petra Lind visited the port of Dorvik on Monday.\nShe said: "The damage is severe."';
    const q = only(quotes(text, people(text, { "Petra Lind": "Petra Lind" })));
    assert.deepEqual(
      [q.speaker?.text, q.speaker?.name, q.speaker?.resolvedBy],
      ["She", "Petra Lind", "pronoun"],
    );
  });

  it("resolves a title phrase to the person who held it", () => {
    const text =
      'Justice Minister Petra Lind visited Dorvik.\nThe minister said: "Those responsible will be tried."';
    const q = only(quotes(text, people(text, { "Petra Lind": "Petra Lind" })));
    assert.deepEqual(
      [q.speaker?.text, q.speaker?.name, q.speaker?.resolvedBy],
      ["The minister", "Petra Lind", "title"],
    );
  });

  it("uses the entity module's canonical name for a surname", () => {
    const text = '"We stay," Lind said.';
    const entities = people(text, { Lind: "Petra Lind" });
    assert.equal(only(quotes(text, entities)).speaker?.name, "Petra Lind");
  });

  it("continues a quotation over a paragraph left open, and in the next sentence", () => {
    const text =
      'Lind said: "We counted forty damaged homes.\n"Families need shelter before winter." Then she left.';
    const found = quotes(text);
    assert.deepEqual(
      found.map((q) => [q.text, q.speaker?.name, q.speaker?.resolvedBy, q.cue?.text]),
      [
        ["We counted forty damaged homes.", "Lind", "explicit", "said"],
        ["Families need shelter before winter.", "Lind", "continuation", "said"],
      ],
    );
    const sameParagraph = quotes('"The road is closed," Varga said. "Use the ferry."');
    assert.equal(sameParagraph[1]?.speaker?.resolvedBy, "continuation");
  });

  it("gives a paragraph that continues an open quotation the attribution that closes it", () => {
    const text = '"We counted forty damaged homes.\n"Families need shelter before winter," Lind said.';
    assert.deepEqual(
      quotes(text).map((q) => [q.text, q.speaker?.text, q.speaker?.resolvedBy]),
      [
        ["We counted forty damaged homes.", "Lind", "continuation"],
        ["Families need shelter before winter", "Lind", "explicit"],
      ],
    );
  });

  it("attributes a quoted paragraph without a cue to the speaker of the paragraph before", () => {
    const text =
      'Varga said the water supply had been restored.\n"Some streets in the old town will wait another week."';
    const found = quotes(text);
    assert.deepEqual(
      found.map((q) => [q.kind, q.speaker?.text, q.speaker?.resolvedBy, q.cue?.text ?? null]),
      [
        ["indirect", "Varga", "explicit", "said"],
        ["direct", "Varga", "context", null],
      ],
    );
  });
});

describe("findQuotes: relayed statements", () => {
  it("names the outlet of (as per AP)", () => {
    const q = only(quotes('Minister Lind said (as per AP): "The border stays open."'));
    assert.equal(q.relayedBy?.text, "AP");
    assert.equal(q.speaker?.text, "Lind");
  });

  it("takes a trailing according to for the relaying outlet, not a second speaker", () => {
    const q = only(quotes('"The border stays open," Lind said, according to Reuters.'));
    assert.equal(q.speaker?.text, "Lind");
    assert.equal(q.relayedBy?.name, "Reuters");
  });
});
