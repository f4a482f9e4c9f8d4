import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { before, describe, it } from "node:test";
import type { EntityMention, QuoteMention } from "../../domain/analysis.js";
import { sharedPath, sharedSkip } from "../../testing/shared.js";
import { prepare } from "../text/prepare.js";
import { findQuotes } from "./index.js";

// Entities built by hand for the names in the seed article, standing in for the entity
// module's output so that this test exercises the quote finder alone: every occurrence of
// each surface form becomes a mention with the canonical name.
const NAMES: Record<string, { name: string; type: EntityMention["type"] }> = {
  "Antony Blinken": { name: "Antony Blinken", type: "person" },
  Blinken: { name: "Antony Blinken", type: "person" },
  "Chuck Schumer": { name: "Chuck Schumer", type: "person" },
  "Dominic Raab": { name: "Dominic Raab", type: "person" },
  "Vladimir Putin": { name: "Vladimir Putin", type: "person" },
  "Joe Biden": { name: "Joe Biden", type: "person" },
  "Radovan Karadzic": { name: "Radovan Karadzic", type: "person" },
  "Charles Taylor": { name: "Charles Taylor", type: "person" },
  AP: { name: "Associated Press", type: "organization" },
};

function handMadeEntities(text: string): EntityMention[] {
  const out: EntityMention[] = [];
  for (const [surface, { name, type }] of Object.entries(NAMES)) {
    const word = new RegExp(`\\b${surface}\\b`, "g");
    for (const m of text.matchAll(word)) {
      const start = m.index;
      const taken = out.some((e) => e.start <= start && start < e.end);
      if (!taken) out.push({ start, end: start + surface.length, text: surface, type, name });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

describe("golden: quotations in the seed article", { skip: sharedSkip("corpus/seed") }, () => {
  let quotes: QuoteMention[] = [];
  const containing = (needle: string) => quotes.filter((q) => q.text.includes(needle));

  before(async () => {
    const text = await readFile(sharedPath("corpus/seed/us-war-crimes-assessment.txt"), "utf8");
    quotes = findQuotes(prepare(text), handMadeEntities(text));
  });

  it("attributes Blinken's announcement, relayed by AP, to him by his title", () => {
    const [q] = containing("Today, I can announce");
    assert.equal(q?.kind, "direct");
    assert.deepEqual(
      [q?.speaker?.text, q?.speaker?.name, q?.speaker?.resolvedBy],
      ["Antony Blinken", "Antony Blinken", "title"],
    );
    assert.equal(q?.relayedBy?.text, "AP");
    assert.equal(q?.relayedBy?.name, "Associated Press");
  });

  it("attributes Blinken's second quotation and the paragraph that continues it", () => {
    const [first] = containing("numerous credible reports");
    assert.equal(first?.speaker?.name, "Antony Blinken");
    assert.equal(first?.speaker?.resolvedBy, "explicit");
    const [continued] = containing("Russia’s forces have destroyed");
    assert.ok(continued?.text.startsWith("Russia’s forces have destroyed apartment buildings"));
    assert.equal(continued?.speaker?.name, "Antony Blinken");
    assert.equal(continued?.speaker?.resolvedBy, "continuation");
  });

  it("attributes Schumer's quotation", () => {
    const [q] = containing("cannot escape accountability");
    assert.equal(q?.speaker?.name, "Chuck Schumer");
    assert.equal(q?.speaker?.text, "Chuck Schumer");
  });

  it('attributes Raab\'s quotation through "He said:"', () => {
    const [q] = containing("cannot act with impunity");
    assert.deepEqual(
      [q?.speaker?.text, q?.speaker?.name, q?.speaker?.resolvedBy],
      ["He", "Dominic Raab", "pronoun"],
    );
  });

  it("reports no scare quote as a quotation", () => {
    for (const phrase of ["special military operation", "fake news", "careful review"]) {
      assert.deepEqual(
        quotes.filter((q) => q.text === phrase),
        [],
        phrase,
      );
    }
  });
});
