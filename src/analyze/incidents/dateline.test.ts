import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { prepare } from "../text/prepare.js";
import { findDateline } from "./dateline.js";

function dateline(text: string) {
  return findDateline(prepare(text), []);
}

describe("findDateline", () => {
  it("reads the wire-copy forms and resolves the filing place", () => {
    for (const [text, place] of [
      ["MARIUPOL, Ukraine, March 16 (Wire) - Shelling continued.", "Mariupol"],
      ["KYIV (Wire) - Shelling continued.", "Kyiv"],
      ["LVIV, 7 April (Wire) - Shelling continued.", "Lviv"],
      ["ODESA — Shelling continued.", "Odesa"],
      ["Kharkiv, Ukraine (Wire) - Shelling continued.", "Kharkiv"],
    ] as const) {
      const found = dateline(text);
      assert.ok(found, text);
      assert.equal(found.place?.name, place, text);
      assert.equal(text.slice(found.start, found.end), found.text);
      assert.ok(found.text.trimEnd().endsWith("-") || found.text.trimEnd().endsWith("—"), found.text);
    }
  });

  it("finds it after a title line", () => {
    const found = dateline("Shelling in the east\nSUMY (Wire) - Shelling continued.");
    assert.equal(found?.place?.name, "Sumy");
  });

  it("reads no dateline into an ordinary opening", () => {
    assert.equal(dateline("Russia - and its allies - rejected the proposal."), null);
    assert.equal(dateline("Kyiv said the talks had failed."), null);
  });

  it("keeps a dateline whose place is not a settlement without a place", () => {
    const found = dateline("UKRAINE (Wire) - Shelling continued.");
    assert.ok(found);
    assert.equal(found.place, null);
  });
});
