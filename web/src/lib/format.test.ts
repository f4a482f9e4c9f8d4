import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatBytes, formatDay, formatDayRange, formatMonth, formatRange, plural } from "./format.js";

describe("formats", () => {
  it("shows days in UTC whatever the browser's zone", () => {
    assert.equal(formatDay("2022-03-04"), "4 Mar 2022");
    assert.equal(formatDay("2022-03-04T23:30:00-05:00"), "5 Mar 2022");
    assert.equal(formatDay(null), "unknown");
    assert.equal(formatDay("sometime"), "sometime");
    assert.equal(formatMonth("2022-03"), "March 2022");
  });

  it("shows a single day once and a span with both ends", () => {
    assert.equal(formatDayRange("2022-03-04", "2022-03-04"), "4 Mar 2022");
    assert.equal(formatDayRange("2022-03-04", "2022-03-06"), "4 Mar 2022 – 6 Mar 2022");
    assert.equal(formatDayRange(null, null), "unknown");
  });

  it("states claimed counts as the wording allows", () => {
    assert.equal(formatRange(3, 3), "3");
    assert.equal(formatRange(3, 5), "3–5");
    assert.equal(formatRange(901, null), "at least 901");
    assert.equal(formatRange(null, 20), "up to 20");
    assert.equal(formatRange(null, null), "unknown");
    assert.equal(formatRange(1200, 1200), "1,200");
  });

  it("sizes and plurals", () => {
    assert.equal(formatBytes(512), "512 B");
    assert.equal(formatBytes(1536), "1.5 KiB");
    assert.equal(formatBytes(5 * 1024 * 1024), "5.0 MiB");
    assert.equal(plural(1, "source"), "1 source");
    assert.equal(plural(3, "source"), "3 sources");
    assert.equal(plural(2, "copy", "copies"), "2 copies");
  });
});
