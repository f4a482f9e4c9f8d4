import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { paragraphRanges } from "../text/sentences.js";
import { quotedSegments } from "./marks.js";

function contents(text: string): string[] {
  return quotedSegments(text, paragraphRanges(text)).map((s) => text.slice(s.start, s.end));
}

describe("quotedSegments", () => {
  it("pairs straight, curly and doubled-apostrophe quotes, leaving out the marks and the attribution comma", () => {
    assert.deepEqual(contents('"The road is closed," she said.'), ["The road is closed"]);
    assert.deepEqual(contents("“The road is closed.” She left."), ["The road is closed."]);
    assert.deepEqual(contents("''The dam held,'' the engineer said."), ["The dam held"]);
  });

  it("keeps a quotation inside a quotation as part of the content", () => {
    assert.deepEqual(contents(`"They told us 'stay inside' and we did," he said.`), [
      "They told us 'stay inside' and we did",
    ]);
    assert.deepEqual(contents("“He said “wait” twice,” she said."), ["He said “wait” twice"]);
  });

  it("does not take apostrophes for quotation marks", () => {
    assert.deepEqual(contents("The farmers' union said it's the council's decision."), []);
  });

  it("pairs British single quotes", () => {
    assert.deepEqual(contents("It was called a 'special operation' by the army."), ["special operation"]);
  });

  it("runs a quotation left open to the end of its paragraph", () => {
    const text = 'She said: "We counted forty homes.\n\n"Families need shelter."';
    const segments = quotedSegments(text, paragraphRanges(text));
    assert.deepEqual(
      segments.map((s) => [text.slice(s.start, s.end), s.close === -1]),
      [
        ["We counted forty homes.", true],
        ["Families need shelter.", false],
      ],
    );
  });
});
