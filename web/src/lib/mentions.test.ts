import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Analysis } from "../../../src/domain/analysis.js";
import { analysisHighlights, countByKind } from "./mentions.js";

const text = "Mayor Ivan Petrenko said two people died in Dovzhyk on 4 May.";
const at = (words: string) => {
  const start = text.indexOf(words);
  return { start, end: start + words.length, text: words };
};

const analysis: Analysis = {
  version: "test",
  entities: [
    { ...at("Ivan Petrenko"), type: "person", name: "Ivan Petrenko" },
    { ...at("Dovzhyk"), type: "place", name: "Dovzhyk", place: null },
  ],
  dates: [{ ...at("4 May"), from: "2022-05-04", to: "2022-05-04", precision: "day", basis: "absolute" }],
  quotes: [
    {
      ...at("two people died in Dovzhyk on 4 May"),
      kind: "indirect",
      speaker: { ...at("Ivan Petrenko"), name: "Ivan Petrenko", resolvedBy: "explicit" },
      cue: at("said"),
      relayedBy: null,
    },
  ],
  figures: [
    {
      ...at("two people died"),
      measure: "killed",
      who: "unspecified",
      low: 2,
      high: 2,
      qualifier: "exact",
      value: at("two"),
      attributedTo: { ...at("Ivan Petrenko"), name: "Ivan Petrenko" },
      hedges: [],
    },
  ],
  incidents: [],
  assessments: [],
};

describe("analysisHighlights", () => {
  const hs = analysisHighlights(analysis);

  it("gives every mention its kind and its exact words", () => {
    assert.deepEqual(
      hs.map((h) => [h.kind, text.slice(h.start, h.end)]),
      [
        ["entity", "Ivan Petrenko"],
        ["place", "Dovzhyk"],
        ["date", "4 May"],
        ["quote", "two people died in Dovzhyk on 4 May"],
        ["figure", "two people died"],
      ],
    );
  });

  it("says what each mention was read as", () => {
    assert.equal(hs[0]?.label, "Person: Ivan Petrenko");
    assert.equal(hs[1]?.label, "Place: not found in the gazetteer");
    assert.equal(hs[3]?.label, "Quote (indirect) by Ivan Petrenko");
    assert.equal(hs[4]?.label, "Figure: 2 killed (unspecified), according to Ivan Petrenko");
  });

  it("counts mentions by kind, zero for kinds absent", () => {
    assert.deepEqual(countByKind(hs), {
      entity: 1,
      place: 1,
      date: 1,
      quote: 1,
      figure: 1,
      incident: 0,
      assessment: 0,
    });
  });
});
