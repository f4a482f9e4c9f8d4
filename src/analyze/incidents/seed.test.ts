import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import type { EntityMention } from "../../domain/analysis.js";
import { sharedPath, sharedSkip } from "../../testing/shared.js";
import { prepare } from "../text/prepare.js";
import { findIncidents } from "./find.js";

// Hand-made place entities standing in for findEntities until it lands: every occurrence
// of these names, unresolved against the gazetteer.
function handMadePlaces(text: string, names: string[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const name of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      out.push({ type: "place", name, start: i, end: i + name.length, text: name, place: null });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

describe("findIncidents on the seed article", () => {
  it("reports the Mariupol maternity hospital bombing, denied by Russia as fake news", {
    skip: sharedSkip("corpus/seed"),
  }, () => {
    const text = readFileSync(sharedPath("corpus/seed/us-war-crimes-assessment.txt"), "utf8");
    const entities = handMadePlaces(text, ["Mariupol", "Russia", "Ukraine"]);
    const incidents = findIncidents(prepare(text), { entities, dates: [], figures: [] });
    const mariupol = incidents.find((i) => i.targets.some((t) => t.object === "maternity hospital"));
    assert.ok(mariupol, `no maternity hospital incident among ${incidents.map((i) => i.text).join(" | ")}`);
    assert.match(mariupol.text, /bombing of a maternity and children's hospital in Mariupol/);
    assert.ok(mariupol.targets.some((t) => t.category === "Healthcare"));
    assert.equal(mariupol.place?.name, "Mariupol");
    assert.equal(mariupol.stance, "denied");
    assert.ok(mariupol.denial, "a denial span");
    assert.match(mariupol.denial.text, /'fake news'/);
    assert.equal(text.slice(mariupol.denial.start, mariupol.denial.end), mariupol.denial.text);
    assert.equal(mariupol.denial.by?.name, "Russia");
  });
});
