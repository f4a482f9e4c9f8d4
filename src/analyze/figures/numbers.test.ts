import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { prepare } from "../text/prepare.js";
import { parseNumberAt, type TokenView } from "./numbers.js";

function parse(text: string) {
  const doc = prepare(text);
  const view: TokenView = { tokens: doc.tokens, lower: doc.tokens.map((t) => t.text.toLowerCase()) };
  const expr = parseNumberAt(view, 0, view.tokens.length);
  if (expr === null) return null;
  const first = view.tokens[expr.start];
  const last = view.tokens[expr.end - 1];
  return {
    low: expr.low,
    high: expr.high,
    vague: expr.vague,
    range: expr.range,
    text: text.slice(first?.start, last?.end),
  };
}

describe("parseNumberAt", () => {
  it("reads digits with thousands separators and decimals with scale words", () => {
    assert.equal(parse("1,200 people")?.low, 1200);
    assert.equal(parse("3,000,000 people")?.low, 3_000_000);
    assert.equal(parse("1.5 million people")?.low, 1_500_000);
    assert.equal(parse("13.5m people")?.low, 13_500_000);
    assert.equal(parse("2.5bn people")?.low, 2_500_000_000);
    assert.equal(parse("40k people")?.low, 40_000);
  });

  it("reads continental thousands separators but not stray decimals", () => {
    assert.equal(parse("1.500 people")?.low, 1500);
    assert.equal(parse("1.5 people"), null);
  });

  it("reads number words, hyphenated tens and scales", () => {
    assert.equal(parse("two people")?.low, 2);
    assert.equal(parse("twenty-five people")?.low, 25);
    assert.equal(parse("three million people")?.low, 3_000_000);
    assert.equal(parse("three hundred and fifty people")?.low, 350);
    assert.equal(parse("a million people")?.low, 1_000_000);
    assert.deepEqual(parse("half a million people"), {
      low: 500_000,
      high: 500_000,
      vague: true,
      range: false,
      text: "half a million",
    });
  });

  it("reads a dozen as an approximate twelve", () => {
    assert.deepEqual(parse("a dozen people"), {
      low: 12,
      high: 12,
      vague: true,
      range: false,
      text: "a dozen",
    });
  });

  it("gives plural quantity words the range [2u, 10u - 1]", () => {
    assert.deepEqual(parse("dozens of people"), {
      low: 24,
      high: 119,
      vague: true,
      range: false,
      text: "dozens",
    });
    assert.deepEqual([parse("hundreds")?.low, parse("hundreds")?.high], [200, 999]);
    assert.deepEqual([parse("thousands")?.low, parse("thousands")?.high], [2000, 9999]);
    assert.deepEqual([parse("millions")?.low, parse("millions")?.high], [2_000_000, 9_999_999]);
    assert.deepEqual([parse("tens of thousands")?.low, parse("tens of thousands")?.high], [20_000, 99_999]);
    const hoth = parse("hundreds of thousands of people");
    assert.deepEqual([hoth?.low, hoth?.high, hoth?.text], [200_000, 999_999, "hundreds of thousands"]);
  });

  it("reads several and a few before a scale word as a range of multiples", () => {
    assert.deepEqual([parse("several hundred")?.low, parse("several hundred")?.high], [300, 900]);
    assert.deepEqual([parse("a few thousand")?.low, parse("a few thousand")?.high], [2000, 9000]);
  });

  it("reads ranges, sharing a scale word between both ends", () => {
    assert.deepEqual(parse("10-15 people"), { low: 10, high: 15, vague: false, range: true, text: "10-15" });
    assert.deepEqual([parse("10 to 15")?.low, parse("10 to 15")?.high], [10, 15]);
    assert.deepEqual([parse("two or three")?.low, parse("two or three")?.high], [2, 3]);
    assert.deepEqual([parse("2-3 million")?.low, parse("2-3 million")?.high], [2_000_000, 3_000_000]);
    assert.deepEqual([parse("70,000-80,000")?.low, parse("70,000-80,000")?.high], [70_000, 80_000]);
    assert.deepEqual([parse("70 or 80,000")?.low, parse("70 or 80,000")?.high], [70_000, 80_000]);
  });

  it("does not read a falling second number as a range", () => {
    assert.deepEqual([parse("15-10")?.low, parse("15-10")?.high, parse("15-10")?.range], [15, 15, false]);
  });

  it("does not take a lone article or an ordinal for a number", () => {
    assert.equal(parse("a man"), null);
    assert.equal(parse("24th day"), null);
  });
});
