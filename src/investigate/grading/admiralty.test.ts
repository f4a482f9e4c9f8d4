import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  CREDIBILITY,
  CREDIBILITY_GRADES,
  formatRating,
  parseRating,
  RELIABILITY,
  RELIABILITY_GRADES,
} from "./admiralty.js";

describe("Admiralty code", () => {
  it("has six reliability grades A–F and six credibility grades 1–6, each with a definition", () => {
    assert.deepEqual(RELIABILITY_GRADES, ["A", "B", "C", "D", "E", "F"]);
    assert.deepEqual([...CREDIBILITY_GRADES], [1, 2, 3, 4, 5, 6]);
    assert.equal(RELIABILITY.E.label, "Unreliable");
    assert.equal(CREDIBILITY[5].label, "Improbable");
    assert.equal(RELIABILITY.F.label, CREDIBILITY[6].label);
  });

  it("formats and parses combined ratings", () => {
    assert.equal(formatRating("B", 2), "B2");
    assert.deepEqual(parseRating(" c3 "), { reliability: "C", credibility: 3 });
    for (const bad of ["G1", "A7", "A", "AA1", "B 2"]) assert.equal(parseRating(bad), null, bad);
  });
});
