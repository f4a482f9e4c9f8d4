import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dateFromFileName } from "./file-date.js";

describe("dateFromFileName", () => {
  it("reads GDELT-style and ISO-dated file names", () => {
    assert.equal(dateFromFileName("20220316T083000Z_UA_en_1a2b3c.txt"), "2022-03-16T08:30:00Z");
    assert.equal(dateFromFileName("2022-03-16-ews-hospital.html"), "2022-03-16");
  });

  it("gives nothing for names that are not dates", () => {
    assert.equal(dateFromFileName("report.txt"), null);
    assert.equal(dateFromFileName("2022-13-40-report.txt"), null);
    assert.equal(dateFromFileName("20220230T000000Z_x.txt"), null);
    assert.equal(dateFromFileName("202203161234.txt"), null);
  });
});
