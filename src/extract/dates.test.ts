import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { toIsoDate } from "./dates.js";

describe("toIsoDate", () => {
  const cases: [string, string | null][] = [
    ["2022-03-23T14:05:00+00:00", "2022-03-23T14:05:00+00:00"],
    ["2022-03-23T14:05:00.123Z", "2022-03-23T14:05:00Z"],
    ["2022-03-23 14:05", "2022-03-23T14:05"],
    ["2022-03-23T14:05:00+0530", "2022-03-23T14:05:00+05:30"],
    ["2022-03-23", "2022-03-23"],
    ["20220125T090000Z", "2022-01-25T09:00:00Z"],
    ["20220125", "2022-01-25"],
    ["23 March 2022", "2022-03-23"],
    ["Published: March 4, 2022, 10:30", "2022-03-04"],
    ["Wed, Sept. 7th 2022", "2022-09-07"],
    ["Sept. 7, 2022", "2022-09-07"],
    ["7th Sep 2022", "2022-09-07"],
    ["2022-02-30", null],
    ["1970-01-01T00:00:00Z", null],
    ["yesterday", null],
    ["", null],
  ];
  for (const [raw, iso] of cases) {
    it(`reads "${raw}" as ${iso}`, () => assert.equal(toIsoDate(raw), iso));
  }
});
