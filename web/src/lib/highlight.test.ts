import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { excerptRange, type Highlight, segmentText, shiftInto } from "./highlight.js";

const pieces = (text: string, hs: Highlight[]) =>
  segmentText(text, hs).map((s) => [s.text, s.marks.map((m) => m.kind)] as const);

describe("segmentText", () => {
  it("returns the text untouched when nothing is highlighted", () => {
    assert.deepEqual(pieces("Shelling hit Dovzhyk.", []), [["Shelling hit Dovzhyk.", []]]);
  });

  it("rebuilds the exact text from its pieces", () => {
    const text = "Three people were killed in Dovzhyk on 4 May, officials said.";
    const hs = [
      { start: 0, end: 24, kind: "figure" },
      { start: 28, end: 35, kind: "place" },
      { start: 39, end: 44, kind: "date" },
    ];
    assert.equal(
      segmentText(text, hs)
        .map((s) => s.text)
        .join(""),
      text,
    );
  });

  it("marks spans at the very start and end of the text", () => {
    assert.deepEqual(
      pieces("Kyiv and Lviv", [
        { start: 0, end: 4, kind: "place" },
        { start: 9, end: 13, kind: "place" },
      ]),
      [
        ["Kyiv", ["place"]],
        [" and ", []],
        ["Lviv", ["place"]],
      ],
    );
  });

  it("keeps both marks where spans overlap, outer span first", () => {
    // "incident" covers the sentence, "place" a word inside, "figure" crosses into the place.
    const text = "Five killed in Oranivka yesterday";
    const got = pieces(text, [
      { start: 15, end: 23, kind: "place" },
      { start: 0, end: 33, kind: "incident" },
      { start: 0, end: 17, kind: "figure" },
    ]);
    assert.deepEqual(got, [
      ["Five killed in ", ["incident", "figure"]],
      ["Or", ["incident", "figure", "place"]],
      ["anivka", ["incident", "place"]],
      [" yesterday", ["incident"]],
    ]);
  });

  it("counts offsets in UTF-16 code units, as the server does (emoji, Cyrillic)", () => {
    const text = "🔥 Обстріл у Харкові: 3 загиблих";
    const place = text.indexOf("Харкові");
    const got = pieces(text, [{ start: place, end: place + "Харкові".length, kind: "place" }]);
    assert.deepEqual(got, [
      ["🔥 Обстріл у ", []],
      ["Харкові", ["place"]],
      [": 3 загиблих", []],
    ]);
  });

  it("never splits an emoji when a span boundary falls inside it", () => {
    const text = "a🔥b";
    // Offset 2 is between the two halves of the emoji.
    const got = segmentText(text, [{ start: 2, end: 4, kind: "quote" }]);
    for (const s of got) assert.ok(!/[\ud800-\udbff]$/.test(s.text) && !/^[\udc00-\udfff]/.test(s.text));
    assert.deepEqual(
      got.map((s) => s.text),
      ["a", "🔥b"],
    );
  });

  it("drops empty, inverted and out-of-range spans and clamps the rest", () => {
    const got = pieces("abcdef", [
      { start: 3, end: 3, kind: "empty" },
      { start: 5, end: 2, kind: "inverted" },
      { start: 40, end: 50, kind: "beyond" },
      { start: -5, end: 2, kind: "clamped" },
      { start: 4, end: 99, kind: "tail" },
    ]);
    assert.deepEqual(got, [
      ["ab", ["clamped"]],
      ["cd", []],
      ["ef", ["tail"]],
    ]);
  });

  it("treats markup in a source as text", () => {
    const text = '<img src=x onerror="alert(1)"> near Kyiv';
    const [first] = segmentText(text, [{ start: 36, end: 40, kind: "place" }]);
    assert.equal(first?.text, '<img src=x onerror="alert(1)"> near ');
  });
});

describe("excerptRange", () => {
  const text = "First paragraph.\n\nSecond one, with the strike in it.\n\nThird.";
  const paragraphs = [
    { start: 0, end: 16 },
    { start: 18, end: 52 },
    { start: 54, end: 60 },
  ];

  it("widens a span to its paragraph", () => {
    const at = text.indexOf("strike");
    const r = excerptRange(text, paragraphs, { start: at, end: at + 6 });
    assert.equal(text.slice(r.start, r.end), "Second one, with the strike in it.");
  });

  it("covers every paragraph a span crosses", () => {
    const r = excerptRange(text, paragraphs, { start: 10, end: 25 });
    assert.equal(text.slice(r.start, r.end), "First paragraph.\n\nSecond one, with the strike in it.");
  });

  it("cuts a very long paragraph around the span", () => {
    const long = `${"x".repeat(500)}TARGET${"y".repeat(500)}`;
    const r = excerptRange(long, [{ start: 0, end: long.length }], { start: 500, end: 506 }, 100);
    assert.ok(r.end - r.start <= 100);
    assert.ok(long.slice(r.start, r.end).includes("TARGET"));
  });
});

describe("shiftInto", () => {
  it("moves highlights into the window and cuts those that cross its edges", () => {
    const got = shiftInto(
      [
        { start: 5, end: 12, kind: "a" },
        { start: 18, end: 25, kind: "b" },
        { start: 40, end: 45, kind: "outside" },
      ],
      { start: 10, end: 20 },
    );
    assert.deepEqual(got, [
      { start: 0, end: 2, kind: "a" },
      { start: 8, end: 10, kind: "b" },
    ]);
  });
});
