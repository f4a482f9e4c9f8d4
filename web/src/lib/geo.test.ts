import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  centreOn,
  clusterZoom,
  fitBounds,
  frameProjection,
  fromFrame,
  MAX_ZOOM,
  panBy,
  toFrame,
  toScreen,
  UKRAINE,
  viewForKey,
  viewZoomFor,
  visibleBounds,
  WORLD,
  zoomAt,
} from "./geo.js";

const size = { width: 960, height: 600 };
const close = (a: number, b: number, eps = 1e-6) => assert.ok(Math.abs(a - b) < eps, `${a} ≉ ${b}`);

describe("map frame", () => {
  it("agrees with the d3 projection the basemap is drawn with", () => {
    const projection = frameProjection();
    for (const [lon, lat] of [
      [30.52, 50.45],
      [-74, 40.7],
      [151.2, -33.9],
      [0, 0],
    ] as const) {
      const d3 = projection([lon, lat]);
      const ours = toFrame(lon, lat);
      close(ours[0], d3?.[0] ?? Number.NaN);
      close(ours[1], d3?.[1] ?? Number.NaN);
    }
  });

  it("inverts exactly", () => {
    const [x, y] = toFrame(36.23, 49.99);
    const [lon, lat] = fromFrame(x, y);
    close(lon, 36.23);
    close(lat, 49.99);
  });
});

describe("views", () => {
  it("fits Ukraine on screen with Kyiv and Kharkiv inside and the view zoomed in", () => {
    const view = fitBounds(UKRAINE, size);
    assert.ok(view.k > 5);
    for (const [lon, lat] of [
      [30.52, 50.45],
      [36.23, 49.99],
      [23.0, 48.6],
    ] as const) {
      const [sx, sy] = toScreen(view, lon, lat);
      assert.ok(sx > 0 && sx < size.width && sy > 0 && sy < size.height, `${lon},${lat} off screen`);
    }
    const [west, south, east, north] = visibleBounds(view, size);
    assert.ok(west <= UKRAINE[0] && east >= UKRAINE[2] && south <= UKRAINE[1] && north >= UKRAINE[3]);
  });

  it("shows the whole world at the lowest zoom", () => {
    const view = fitBounds(WORLD, size);
    assert.ok(view.k >= 1 && view.k < 2);
    const [sx] = toScreen(view, 179, 0);
    assert.ok(sx <= size.width);
  });

  it("zooms about the pointer: the place under it stays put", () => {
    const view = fitBounds(UKRAINE, size);
    const kyiv = toScreen(view, 30.52, 50.45);
    const zoomed = zoomAt(view, 2, kyiv);
    const after = toScreen(zoomed, 30.52, 50.45);
    close(after[0], kyiv[0]);
    close(after[1], kyiv[1]);
    close(zoomed.k, view.k * 2);
  });

  it("stops zooming at the limits", () => {
    assert.equal(zoomAt({ k: 1, x: 0, y: 0 }, 0.25, [0, 0]).k, 1);
    assert.equal(zoomAt({ k: MAX_ZOOM, x: 0, y: 0 }, 4, [0, 0]).k, MAX_ZOOM);
  });

  it("pans by screen distances", () => {
    assert.deepEqual(panBy({ k: 3, x: 10, y: 20 }, -5, 7), { k: 3, x: 5, y: 27 });
  });

  it("maps view zoom to clustering levels and back", () => {
    assert.equal(clusterZoom({ k: 1, x: 0, y: 0 }), 1);
    for (const z of [2, 5, 9]) assert.equal(clusterZoom({ k: viewZoomFor(z), x: 0, y: 0 }), z);
  });
});

describe("keyboard and centring", () => {
  it("zooms with + and - about the centre and pans with the arrows", () => {
    const view = fitBounds(UKRAINE, size);
    const centre = [size.width / 2, size.height / 2] as const;
    const before = [(centre[0] - view.x) / view.k, (centre[1] - view.y) / view.k];
    const zoomed = viewForKey(view, "+");
    assert.ok(zoomed);
    close(zoomed.k, view.k * 2);
    close((centre[0] - zoomed.x) / zoomed.k, before[0] ?? 0);
    assert.equal(viewForKey(view, "-")?.k, view.k / 2);
    // The arrow moves the view towards the east: the map slides left.
    assert.ok((viewForKey(view, "ArrowRight")?.x ?? 0) < view.x);
    assert.equal(viewForKey(view, "a"), null);
  });

  it("centres a place on screen", () => {
    const view = centreOn(36.23, 49.99, 40);
    const [sx, sy] = toScreen(view, 36.23, 49.99);
    close(sx, size.width / 2);
    close(sy, size.height / 2);
  });
});
