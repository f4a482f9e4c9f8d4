import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type CorroborationInput, suggestCredibility } from "./credibility.js";

function suggest(overrides: Partial<CorroborationInput>) {
  return suggestCredibility({
    independentSources: 1,
    contradictingSources: 0,
    sourceReliabilities: ["B"],
    confirmedByAuthority: false,
    ...overrides,
  });
}

describe("suggestCredibility", () => {
  it("suggests 1 only when an authority confirmed it", () => {
    assert.equal(suggest({ confirmedByAuthority: true }).grade, 1);
    assert.equal(suggest({ independentSources: 4, sourceReliabilities: ["A", "A", "B", "B"] }).grade, 2);
  });

  it("suggests 2 when two or more independent reliable sources agree", () => {
    const s = suggest({ independentSources: 2, sourceReliabilities: ["B", "C"] });
    assert.equal(s.grade, 2);
    assert.equal(s.label, "Probably true");
    assert.ok(s.reasons.some((r) => /2 independent sources, 2 of them graded A–C/.test(r)));
  });

  it("suggests 3 for a single source, or several sources not graded reliable", () => {
    assert.equal(suggest({}).grade, 3);
    assert.match(suggest({}).reasons.join(" "), /single source/);
    const weak = suggest({ independentSources: 3, sourceReliabilities: ["B", "F", "E"] });
    assert.equal(weak.grade, 3);
    const ungraded = suggest({ independentSources: 2, sourceReliabilities: ["B"] });
    assert.equal(ungraded.grade, 3);
    assert.match(ungraded.reasons[0] ?? "", /ungraded, counted as F/);
  });

  it("lowers the grade when independent sources contradict the claim", () => {
    assert.equal(
      suggest({ independentSources: 3, sourceReliabilities: ["B", "B", "C"], contradictingSources: 1 }).grade,
      3,
    );
    assert.equal(suggest({ contradictingSources: 1 }).grade, 4);
    const outnumbered = suggest({ contradictingSources: 2 });
    assert.equal(outnumbered.grade, 5);
    assert.equal(outnumbered.label, "Improbable");
    assert.equal(suggest({ confirmedByAuthority: true, contradictingSources: 1 }).grade, 2);
  });

  it("cannot judge a claim no source states, and rejects impossible counts", () => {
    assert.equal(suggest({ independentSources: 0, sourceReliabilities: [] }).grade, 6);
    assert.throws(() => suggest({ independentSources: -1 }), RangeError);
    assert.throws(() => suggest({ contradictingSources: 1.5 }), RangeError);
  });

  it("marks every answer as a suggestion", () => {
    assert.equal(suggest({}).suggested, true);
  });
});
