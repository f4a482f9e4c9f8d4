import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseLine, splitLines } from "./jsonl.js";

describe("splitLines", () => {
  it("numbers lines as an editor does, drops blank ones and CR, keeps a last line without newline", () => {
    const lines = splitLines(Buffer.from('{"a":1}\r\n\n  \n{"b":2}\n{"c":3}'));
    assert.deepEqual(
      lines.map((l) => [l.number, l.bytes.toString()]),
      [
        [1, '{"a":1}'],
        [4, '{"b":2}'],
        [5, '{"c":3}'],
      ],
    );
  });
});

describe("parseLine", () => {
  it("accepts a leading BOM and ignores fields it does not know", () => {
    const item = parseLine(Buffer.from('\uFEFF{"text":"Report.","id":"x1","outlet":null}'));
    assert.deepEqual(item, {
      content: { mediaType: "text/plain", text: "Report." },
      hints: { url: null, publishedAt: null, outlet: null, title: null },
    });
  });

  it("refuses a line that is not UTF-8, naming the offset in the line", () => {
    const bytes = Buffer.concat([Buffer.from('{"text":"caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
    assert.throws(() => parseLine(bytes), { message: "not valid UTF-8 text (byte 0xe9 at offset 12)" });
  });

  it("names every wrong field", () => {
    assert.throws(() => parseLine(Buffer.from('{"text":"x","title":5,"outlet":[]}')), {
      message: /^outlet: Invalid input: expected string, received array; title: .*received number$/,
    });
  });
});
