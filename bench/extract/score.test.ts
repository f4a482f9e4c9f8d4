import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { pageCounts, score } from "./score.js";

describe("main-text shingle score", () => {
  it("counts 4-token shingles as multisets, normalised per page", () => {
    assert.deepEqual(pageCounts("a b c d e", "a b c d e"), { tp: 1, fp: 0, fn: 0 });
    // gold shingles: abcd, bcde; predicted: abcd, bcdx → 1 TP, 1 FP, 1 FN
    const c = pageCounts("a b c d e", "a, b; c. d x");
    assert.deepEqual(c, { tp: 1 / 3, fp: 1 / 3, fn: 1 / 3 });
    // a repeated paragraph is counted twice
    assert.deepEqual(pageCounts("a b c d", "a b c d a b c d"), { tp: 1 / 5, fp: 4 / 5, fn: 0 });
  });

  it("treats a text shorter than four tokens as one shingle, and tokens as Unicode word runs", () => {
    assert.deepEqual(pageCounts("Київ горить", "Київ горить"), { tp: 1, fp: 0, fn: 0 });
    assert.deepEqual(pageCounts("Київ горить", "Київ"), { tp: 0, fp: 0.5, fn: 0.5 });
  });

  it("averages precision over pages with a prediction and recall over pages with gold text", () => {
    const perfect = pageCounts("a b c d e", "a b c d e");
    const missed = pageCounts("a b c d e", "");
    const s = score([perfect, missed]);
    assert.equal(s.precision, 1);
    assert.equal(s.recall, 0.5);
    assert.ok(Math.abs(s.f1 - 2 / 3) < 1e-12);
    assert.deepEqual(score([pageCounts("", "")]), { precision: 1, recall: 1, f1: 1 });
  });
});
