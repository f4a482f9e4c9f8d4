import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countAxis, niceStep } from "./chart.js";

describe("count axes", () => {
  it("uses round whole-number steps", () => {
    assert.equal(niceStep(0.4), 1);
    assert.equal(niceStep(3), 5);
    assert.equal(niceStep(12.5), 20);
    assert.equal(niceStep(100), 100);
  });

  it("reaches at least the largest value, with the top tick at the axis end", () => {
    assert.deepEqual(countAxis(37), { max: 40, ticks: [0, 10, 20, 30, 40] });
    assert.deepEqual(countAxis(3), { max: 3, ticks: [0, 1, 2, 3] });
    assert.deepEqual(countAxis(1200), { max: 1500, ticks: [0, 500, 1000, 1500] });
  });

  it("draws an empty chart with one step rather than dividing by zero", () => {
    assert.deepEqual(countAxis(0), { max: 1, ticks: [0, 1] });
  });
});
