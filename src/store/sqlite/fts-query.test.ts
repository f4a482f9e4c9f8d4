import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { toFtsQuery } from "./fts-query.js";

describe("toFtsQuery", () => {
  it("quotes each word so that all must match", () => {
    assert.equal(toFtsQuery("Mariupol hospital"), '"Mariupol" "hospital"');
  });

  it("keeps phrases, prefixes, OR and exclusions", () => {
    assert.equal(toFtsQuery('"maternity hospital" shell*'), '"maternity hospital" "shell"*');
    assert.equal(toFtsQuery("Kyiv OR Kiev"), '"Kyiv" OR "Kiev"');
    assert.equal(toFtsQuery("strike -drill"), '("strike") NOT ("drill")');
  });

  it("neutralises FTS syntax in the input", () => {
    assert.equal(toFtsQuery('title:foo NEAR(a b) "unbalanced'), '"title:foo" "NEAR(a" "b)" "unbalanced"');
  });

  it("returns null when nothing searchable remains", () => {
    assert.equal(toFtsQuery('  "" * - OR '), null);
  });
});
