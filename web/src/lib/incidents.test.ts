import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { incidentTitle, parseIncidentList, parseSort, queueOrder, sortIncidents } from "./incidents.js";
import { buildIncident } from "./test-builders.js";

describe("incidentTitle", () => {
  it("prefers the analyst's title, else says what happened where", () => {
    assert.equal(
      incidentTitle({ title: "School shelled", eventType: "Attack", placeName: "Oranivka" }),
      "School shelled",
    );
    assert.equal(
      incidentTitle({ title: null, eventType: "Attack", placeName: "Oranivka" }),
      "Attack in Oranivka",
    );
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

describe("parseIncidentList", () => {
  it("reads ids in any accepted spelling, once each", () => {
    assert.deepEqual(parseIncidentList("INC-00003, 17 inc-3;inc-21"), {
      ids: ["INC-00003", "INC-00017", "INC-00021"],
      bad: null,
    });
    assert.deepEqual(parseIncidentList("  "), { ids: [], bad: null });
  });

  it("names the first entry that is not an id", () => {
    assert.equal(parseIncidentList("INC-1, Oranivka, 3").bad, "Oranivka");
  });
});

describe("queueOrder", () => {
  it("puts my incidents first, then the longest waiting", () => {
    const list = [
      buildIncident({ seq: 1, assignee: "olena", updatedAt: "2022-03-01T00:00:00Z" }),
      buildIncident({ seq: 2, assignee: "me", updatedAt: "2022-03-09T00:00:00Z" }),
      buildIncident({ seq: 3, assignee: null, updatedAt: "2022-02-01T00:00:00Z" }),
      buildIncident({ seq: 4, assignee: "me", updatedAt: "2022-03-02T00:00:00Z" }),
    ];
    assert.deepEqual(
      queueOrder(list, "me").map((i) => i.seq),
      [4, 2, 3, 1],
    );
  });
});
