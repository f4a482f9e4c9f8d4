import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type Draft, overridesOf } from "./overrides.js";

const blank: Draft = {
  title: "",
  eventType: "",
  placeName: "",
  lat: "",
  lon: "",
  from: "",
  to: "",
  notes: "",
};

describe("overridesOf", () => {
  it("overrides nothing for an empty form", () => {
    assert.deepEqual(overridesOf(blank), { overrides: {}, problem: null });
  });

  it("takes a whole place, a date range and notes", () => {
    const got = overridesOf({
      ...blank,
      eventType: "Air/drone strike",
      placeName: " Oranivka ",
      lat: "49.9",
      lon: "36.3",
      from: "2022-03-04",
      to: "2022-03-05",
      notes: " geolocated from video ",
    });
    assert.deepEqual(got, {
      overrides: {
        eventType: "Air/drone strike",
        place: { name: "Oranivka", lat: 49.9, lon: 36.3 },
        date: { from: "2022-03-04", to: "2022-03-05" },
        notes: "geolocated from video",
      },
      problem: null,
    });
  });

  it("treats a single day as a one-day range", () => {
    assert.deepEqual(overridesOf({ ...blank, from: "2022-03-04" }).overrides.date, {
      from: "2022-03-04",
      to: "2022-03-04",
    });
  });

  it("refuses half a place, coordinates out of range and dates backwards", () => {
    assert.match(overridesOf({ ...blank, placeName: "Oranivka" }).problem ?? "", /latitude/);
    assert.match(overridesOf({ ...blank, placeName: "X", lat: "95", lon: "30" }).problem ?? "", /latitude/);
    assert.match(overridesOf({ ...blank, from: "2022-03-05", to: "2022-03-04" }).problem ?? "", /first day/);
  });
});
