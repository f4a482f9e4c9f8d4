import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { prepare } from "../text/prepare.js";
import { findFigures } from "./find-figures.js";

function figureTexts(text: string): string[] {
  return findFigures(prepare(text), []).map((f) => f.text);
}

describe("findFigures: numbers that are not head counts", () => {
  const rejected = [
    "A 12-year-old boy was killed.",
    "The strike killed a 45-year-old man.",
    "The ministry spent $300 million on aid for displaced people.",
    "Some 40% of the 2,000 residents were killed.",
    "He was killed on 24 February near the border.",
    "In 2014 the region was occupied.",
    "Five million people live in the region.",
    "The army fired 50 missiles at the city.",
    "The shelling killed him 10 days ago.",
    "No one was killed.",
  ];
  for (const text of rejected) {
    it(text, () => assert.deepEqual(figureTexts(text), []));
  }

  it("keeps the count after a year", () => {
    assert.deepEqual(
      findFigures(prepare("In 2022, 300 people died."), []).map((f) => f.low),
      [300],
    );
  });
});
