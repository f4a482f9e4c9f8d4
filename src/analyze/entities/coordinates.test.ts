import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findCoordinates } from "./coordinates.js";

describe("findCoordinates", () => {
  it("reads degrees with minutes and hemispheres, and decimal pairs", () => {
    const text =
      "Coordinates: 48°27′N 35°02′E / 48.4500°N 35.0333°E / 48.45; 35.0333. " +
      "A depot at 48.46471, 35.04620 and one at 33°30′21″S 36°16′11″W.";
    const found = findCoordinates(text);
    assert.deepEqual(
      found.map((m) => [m.text, m.place?.lat, m.place?.lon, m.place?.precision]),
      [
        ["48°27′N 35°02′E", 48.45, 35.03333, "point"],
        ["48.4500°N 35.0333°E", 48.45, 35.0333, "point"],
        ["48.45; 35.0333", 48.45, 35.0333, "point"],
        ["48.46471, 35.04620", 48.46471, 35.0462, "point"],
        ["33°30′21″S 36°16′11″W", -33.50583, -36.26972, "point"],
      ],
    );
    for (const m of found) assert.equal(m.text, text.slice(m.start, m.end));
  });

  it("takes no prices, scores or out-of-range pairs for positions", () => {
    assert.deepEqual(
      findCoordinates("Prices rose 1.25, 3.50 and the score was 2.1, 3.4 at 95.12345, 12.34567."),
      [],
    );
  });
});
