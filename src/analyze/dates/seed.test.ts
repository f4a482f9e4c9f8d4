import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { sharedPath, sharedSkip } from "../../testing/shared.js";
import { prepare } from "../text/prepare.js";
import { findDates } from "./find-dates.js";

describe("findDates on the seed article", () => {
  it("resolves 'the 28th day of' the invasion to 23 March 2022", { skip: sharedSkip("corpus/seed") }, () => {
    const text = readFileSync(sharedPath("corpus/seed/us-war-crimes-assessment.txt"), "utf8");
    const found = findDates(prepare(text), { publishedAt: "2022-03-23", lang: "en" });
    const day = found.find((d) => d.text.startsWith("28th day of"));
    assert.ok(day, `found ${found.map((d) => d.text)}`);
    assert.deepEqual(
      [day.from, day.to, day.precision, day.basis],
      ["2022-03-23", "2022-03-23", "day", "conflict-start"],
    );
    assert.equal(text.slice(day.start, day.end), day.text);
  });
});
