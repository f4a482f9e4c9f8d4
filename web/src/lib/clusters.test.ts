import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildClusterIndex, dominantKey } from "./clusters.js";
import { fitBounds, UKRAINE, viewZoomFor, WORLD, zoomAt } from "./geo.js";
import { buildIncident } from "./test-builders.js";

const size = { width: 960, height: 600 };

// Two fictional places about 3 km apart and a third far away.
const incidents = [
  buildIncident({ seq: 1, lat: 49.9, lon: 36.3, status: "new" }),
  buildIncident({ seq: 2, lat: 49.92, lon: 36.32, status: "verified" }),
  buildIncident({ seq: 3, lat: 49.91, lon: 36.31, status: "verified" }),
  buildIncident({ seq: 4, lat: 46.5, lon: 30.7, status: "new" }),
  buildIncident({ seq: 5, lat: null, lon: null }),
];

describe("clustering incidents", () => {
  const index = buildClusterIndex(incidents, (i) => i.status);

  it("leaves out incidents without coordinates and says how many were placed", () => {
    assert.equal(index.placed, 4);
  });

  it("groups nearby incidents when zoomed out, with their colours counted", () => {
    const items = index.items(fitBounds(UKRAINE, size), size);
    const cluster = items.find((i) => i.clusterId !== null);
    assert.ok(cluster, "the three close incidents form a cluster");
    assert.equal(cluster.count, 3);
    assert.deepEqual(cluster.counts, { new: 1, verified: 2 });
    assert.equal(cluster.key, "verified");
    assert.deepEqual(index.members(cluster.clusterId ?? -1).sort(), ["INC-00001", "INC-00002", "INC-00003"]);
    const single = items.find((i) => i.incidentId === "INC-00004");
    assert.equal(single?.count, 1);
  });

  it("splits a cluster when zoomed in far enough", () => {
    const zoomedOut = index.items(fitBounds(UKRAINE, size), size);
    const cluster = zoomedOut.find((i) => i.clusterId !== null);
    const z = index.expansionZoom(cluster?.clusterId ?? -1);
    let view = fitBounds([36.25, 49.85, 36.35, 49.95], size);
    while (view.k < viewZoomFor(z)) view = zoomAt(view, 2, [size.width / 2, size.height / 2]);
    const zoomedIn = index.items(view, size);
    assert.deepEqual(zoomedIn.map((i) => i.incidentId).sort(), ["INC-00001", "INC-00002", "INC-00003"]);
  });

  it("draws only what is on screen", () => {
    const overOdesa = fitBounds([30.5, 46.3, 30.9, 46.6], size);
    const ids = index.items(overOdesa, size).map((i) => i.incidentId);
    assert.deepEqual(ids, ["INC-00004"]);
    assert.ok(index.items(fitBounds(WORLD, size), size).length >= 1);
  });
});

describe("dominantKey", () => {
  it("picks the commonest key, ties broken by name so colours do not flicker", () => {
    assert.equal(dominantKey({ b: 2, a: 2, c: 1 }), "a");
    assert.equal(dominantKey({ x: 1, y: 3 }), "y");
  });
});
