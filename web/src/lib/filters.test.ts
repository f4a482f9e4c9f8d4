import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  apiQuery,
  EMPTY_FILTERS,
  type IncidentFilters,
  matchesPlace,
  parseFilters,
  parseNear,
  placeInput,
  writeFilters,
} from "./filters.js";

const full: IncidentFilters = {
  type: "Shelling/artillery/missile attack",
  status: "in_review",
  category: "Healthcare",
  from: "2022-03-01",
  to: "2022-03-31",
  near: { lat: 49.99, lon: 36.23, km: 15 },
  place: "Oranivka",
  source: "3fa9c1d2e4b5",
};

describe("filters in the URL query", () => {
  it("round-trips every filter through the query string", () => {
    const query = writeFilters(full).toString();
    assert.deepEqual(parseFilters(new URLSearchParams(query)), full);
  });

  it("round-trips the empty filters to an empty query", () => {
    assert.equal(writeFilters(EMPTY_FILTERS).toString(), "");
    assert.deepEqual(parseFilters(new URLSearchParams("")), EMPTY_FILTERS);
  });

  it("keeps a page's own parameters when the filters change", () => {
    const base = new URLSearchParams("colour=status&status=new");
    const out = writeFilters({ ...EMPTY_FILTERS, type: "Air/drone strike" }, base);
    assert.equal(out.get("colour"), "status");
    assert.equal(out.get("type"), "Air/drone strike");
    assert.equal(out.has("status"), false, "a filter cleared is removed from the query");
  });

  it("leaves out values that are not in the vocabularies or not well formed", () => {
    const got = parseFilters(
      new URLSearchParams(
        "type=Bombing&status=approved&category=Beach&from=2022-02-30&to=yesterday&near=95,30,10&source=xyz",
      ),
    );
    assert.deepEqual(got, EMPTY_FILTERS);
  });

  it("swaps a date range given backwards", () => {
    const got = parseFilters(new URLSearchParams("from=2022-05-01&to=2022-04-01"));
    assert.equal(got.from, "2022-04-01");
    assert.equal(got.to, "2022-05-01");
  });

  it("sends the API every filter but the place name, with the page", () => {
    const q = apiQuery(full, { limit: 500, offset: 1000 });
    assert.equal(q.get("near"), "49.99,36.23,15");
    assert.equal(q.get("type"), "Shelling/artillery/missile attack");
    assert.equal(q.has("place"), false);
    assert.equal(q.get("limit"), "500");
    assert.equal(q.get("offset"), "1000");
  });
});

describe("place filters", () => {
  it("reads a radius search with and without the distance", () => {
    assert.deepEqual(parseNear("50.45,30.52,10"), { lat: 50.45, lon: 30.52, km: 10 });
    assert.deepEqual(parseNear("50.45,30.52"), { lat: 50.45, lon: 30.52, km: 25 });
    assert.equal(parseNear("50.45"), null);
    assert.equal(parseNear("50.45,30.52,0"), null);
    assert.equal(parseNear("a,b,c"), null);
  });

  it("turns typed coordinates into a radius search and anything else into a name", () => {
    assert.deepEqual(placeInput(" 50.45, 30.52 ", 5), {
      near: { lat: 50.45, lon: 30.52, km: 5 },
      place: null,
    });
    assert.deepEqual(placeInput("Oranivka", 5), { near: null, place: "Oranivka" });
    assert.deepEqual(placeInput("  ", 5), { near: null, place: null });
  });

  it("matches place names ignoring case, accents and apostrophes", () => {
    assert.ok(matchesPlace({ placeName: "Kramators'k" }, "kramatorsk"));
    assert.ok(matchesPlace({ placeName: "Kyïv" }, "Kyiv"));
    assert.ok(matchesPlace({ placeName: "Oranivka, Kharkiv Oblast" }, "oranivka"));
    assert.ok(!matchesPlace({ placeName: null }, "Oranivka"));
    assert.ok(!matchesPlace({ placeName: "Lviv" }, "Kyiv"));
    assert.ok(matchesPlace({ placeName: null }, null), "no place filter matches everything");
  });
});
