import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { IncidentSummary } from "../../../src/investigate/merge/index.js";
import { claimLabel, claimOptions } from "./claims.js";

describe("claims", () => {
  it("offers the event alone when there is no summary", () => {
    assert.deepEqual(
      claimOptions(null).map((c) => c.value),
      ["event"],
    );
  });

  it("offers every field the summary states, named as the server records them", () => {
    const summary = {
      place: { value: { name: "Oranivka", ref: null }, supporters: [], independent: 1 },
      date: {
        value: { from: "2022-03-04", to: "2022-03-04", precision: "day" },
        supporters: [],
        independent: 1,
      },
      targets: [
        { object: "school", category: "School or childcare", supporters: [], independent: 1, evidence: [] },
      ],
      figures: [{ measure: "killed", who: "civilians" }],
    } as unknown as IncidentSummary;
    assert.deepEqual(
      claimOptions(summary).map((c) => c.value),
      ["event", "place", "date", "target:school", "figure:killed/civilians"],
    );
  });

  it("reads stored claim names back as words", () => {
    assert.equal(claimLabel("figure:killed_or_injured/children"), "figure: killed or injured (children)");
    assert.equal(claimLabel("target:maternity hospital"), "what was hit: maternity hospital");
    assert.equal(claimLabel("place"), "the place");
    assert.equal(claimLabel("something else"), "something else");
  });
});
