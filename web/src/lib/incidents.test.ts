import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { incidentTitle, parseSort, sortIncidents } from "./incidents.js";
import { buildIncident } from "./test-builders.js";

describe("incidentTitle", () => {
  it("prefers the analyst's title, else says what happened where", () => {
    assert.equal(incidentTitle({ title: "School shelled", eventType: "Attack", placeName: "Oranivka" }), "School shelled");
    assert.equal(incidentTitle({ title: null, eventType: "Attack", placeName: "Oranivka" }), "Attack in Oranivka");
    assert.equal(incidentTitle({ title: null, eventType: null, placeName: null }), "Incident");
  });
});

describe("sortIncidents", () => {
  const list = [
    buildIncident({ seq: 1, dateFrom: "2022-03-02", independentSources: 1 }),
    buildIncident({ seq: 2, dateFrom: null, independentSources: 3 }),
    buildIncident({ seq: 3, dateFrom: "2022-04-10", independentSources: 2 }),
  ];

  it("puts undated incidents last both ways", () => {
    assert.deepEqual(
      sortIncidents(list, "date-desc").map((i) => i.seq),
      [3, 1, 2],
    );
    assert.deepEqual(
      sortIncidents(list, "date-asc").map((i) => i.seq),
      [1, 3, 2],
    );
  });

  it("sorts by independent sources and leaves the input alone", () => {
    assert.deepEqual(
      sortIncidents(list, "sources").map((i) => i.seq),
      [2, 3, 1],
    );
    assert.deepEqual(
      list.map((i) => i.seq),
      [1, 2, 3],
    );
  });

  it("falls back to newest first for an unknown sort", () => {
    assert.equal(parseSort("bogus"), "date-desc");
    assert.equal(parseSort("toString"), "date-desc");
    assert.equal(parseSort("sources"), "sources");
  });
});
