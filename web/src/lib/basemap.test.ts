import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, it } from "node:test";
import { type Countries, countryShapes } from "./basemap.js";
import { fitBounds, toScreen, UKRAINE } from "./geo.js";

const require = createRequire(import.meta.url);
const topology = JSON.parse(
  readFileSync(require.resolve("world-atlas/countries-110m.json"), "utf8"),
) as Countries;

describe("countryShapes", () => {
  const shapes = countryShapes(topology);

  it("draws every country of the atlas as a path", () => {
    assert.ok(shapes.length > 150);
    assert.ok(shapes.every((s) => s.d.startsWith("M")));
  });

  it("puts Ukraine where the point projection puts Kyiv", () => {
    const ukraine = shapes.find((s) => s.name === "Ukraine");
    assert.ok(ukraine);
    const numbers = (ukraine.d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    const xs = numbers.filter((_, i) => i % 2 === 0);
    const ys = numbers.filter((_, i) => i % 2 === 1);
    const view = { k: 1, x: 0, y: 0 };
    const [kx, ky] = toScreen(view, 30.52, 50.45);
    assert.ok(
      Math.min(...xs) < kx && kx < Math.max(...xs),
      "Kyiv lies within Ukraine's outline, west to east",
    );
    assert.ok(Math.min(...ys) < ky && ky < Math.max(...ys), "and north to south");
    assert.ok(fitBounds(UKRAINE, { width: 960, height: 600 }).k > 1);
  });
});
