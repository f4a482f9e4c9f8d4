import Supercluster from "supercluster";
import type { Incident } from "../../../src/domain/incident.js";
import { type BBox, clusterZoom, type Size, type View, visibleBounds } from "./geo.js";

// Points are grouped with supercluster (Mapbox's, the usual choice for this) so that thousands
// of incidents stay readable and the page keeps a few dozen elements, not thousands.

interface PointProps {
  incidentId: string;
  key: string;
}

interface ClusterProps {
  /** How many incidents of each colour key (event type or status) the cluster holds. */
  counts: Record<string, number>;
}

export interface MapItem {
  /** Stable across renders at the same zoom: "c<cluster id>" or the incident id. */
  id: string;
  lon: number;
  lat: number;
  /** The incidents it stands for (1 for a single point). */
  count: number;
  counts: Record<string, number>;
  /** The key most of its incidents share, for its colour. */
  key: string;
  incidentId: string | null;
  clusterId: number | null;
}

export interface ClusterIndex {
  items(view: View, size: Size): MapItem[];
  /** The incident ids in a cluster. */
  members(clusterId: number): string[];
  /** The clustering zoom level at which a cluster falls apart. */
  expansionZoom(clusterId: number): number;
  /** Incidents with coordinates (the others cannot be placed on the map). */
  placed: number;
}

export function dominantKey(counts: Record<string, number>): string {
  let best = "";
  let most = -1;
  for (const [key, n] of Object.entries(counts)) {
    if (n > most || (n === most && key < best)) {
      best = key;
      most = n;
    }
  }
  return best;
}

export function buildClusterIndex(
  incidents: readonly Incident[],
  keyOf: (incident: Incident) => string,
  options: { radius?: number } = {},
): ClusterIndex {
  const index = new Supercluster<PointProps, ClusterProps>({
    radius: options.radius ?? 36,
    maxZoom: 16,
    map: (p) => ({ counts: { [p.key]: 1 } }),
    // supercluster copies accumulators shallowly: a new counts object, never the shared one mutated.
    reduce: (acc, p) => {
      const counts = { ...acc.counts };
      for (const [key, n] of Object.entries(p.counts)) counts[key] = (counts[key] ?? 0) + n;
      acc.counts = counts;
    },
  });
  const points = incidents.flatMap((incident) =>
    incident.lat === null || incident.lon === null
      ? []
      : [
          {
            type: "Feature" as const,
            properties: { incidentId: incident.id, key: keyOf(incident) },
            geometry: { type: "Point" as const, coordinates: [incident.lon, incident.lat] },
          },
        ],
  );
  index.load(points);
  return {
    placed: points.length,
    items(view, size) {
      const bbox: BBox = visibleBounds(view, size);
      return index.getClusters(bbox, clusterZoom(view)).map((f): MapItem => {
        const [lon, lat] = f.geometry.coordinates as [number, number];
        const p = f.properties;
        if ("cluster" in p && p.cluster) {
          return {
            id: `c${p.cluster_id}`,
            lon,
            lat,
            count: p.point_count,
            counts: p.counts,
            key: dominantKey(p.counts),
            incidentId: null,
            clusterId: p.cluster_id,
          };
        }
        const point = p as PointProps;
        return {
          id: point.incidentId,
          lon,
          lat,
          count: 1,
          counts: { [point.key]: 1 },
          key: point.key,
          incidentId: point.incidentId,
          clusterId: null,
        };
      });
    },
    members(clusterId) {
      return index.getLeaves(clusterId, Number.POSITIVE_INFINITY).map((f) => f.properties.incidentId);
    },
    expansionZoom(clusterId) {
      return index.getClusterExpansionZoom(clusterId);
    },
  };
}
