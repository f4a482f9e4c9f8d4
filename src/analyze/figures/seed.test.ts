import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { sharedPath, sharedSkip } from "../../testing/shared.js";
import { prepare } from "../text/prepare.js";
import { findFigures } from "./find-figures.js";

describe("findFigures on the seed article", () => {
  it("reads the civilian death toll and the refugee count", { skip: sharedSkip("corpus/seed") }, () => {
    const text = readFileSync(sharedPath("corpus/seed/us-war-crimes-assessment.txt"), "utf8");
    const found = findFigures(prepare(text), []);

    const toll = found.find((f) => f.value.text === "more than 900");
    assert.ok(toll, "the death toll is found");
    assert.deepEqual(
      [toll.measure, toll.who, toll.low, toll.high, toll.qualifier],
      ["killed", "civilians", 901, null, "more_than"],
    );
    assert.ok(toll.attributedTo?.text.includes("the UN"), `attributed to ${toll.attributedTo?.text}`);
    assert.equal(toll.attributedTo?.name, "UN");
    assert.ok(toll.hedges.some((h) => h.text === "could be far higher"));

    const fled = found.find((f) => f.value.text === "More than three million");
    assert.ok(fled, "the refugee count is found");
    assert.deepEqual(
      [fled.measure, fled.who, fled.low, fled.high],
      ["refugees", "unspecified", 3_000_001, null],
    );

    const lives = found.find((f) => f.text.startsWith("thousands of civilians and troops"));
    assert.deepEqual(
      [lives?.measure, lives?.who, lives?.low, lives?.high],
      ["killed", "unspecified", 2000, 9999],
    );

    for (const f of found) assert.equal(text.slice(f.start, f.end), f.text, "spans point into the text");
  });
});
