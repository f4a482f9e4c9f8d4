import { type GeoProjection, geoMercator } from "d3-geo";

// The map is drawn once in a fixed Mercator frame (the whole world MAP_WIDTH units wide) and
// zoomed and panned with one transform, a View: screen = frame · k + (x, y). Web Mercator is
// also what the clustering library assumes, so cluster radii match what the eye sees.

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 600;
export const MIN_ZOOM = 1;
// Deep enough for the clustering library's last level (16), where points a street apart separate.
export const MAX_ZOOM = 2 ** 15;
const MAX_LAT = 85;

/** West, south, east, north in degrees. */
export type BBox = [number, number, number, number];

export const UKRAINE: BBox = [22.1, 44.3, 40.3, 52.4];
export const WORLD: BBox = [-180, -58, 180, 78];

export interface View {
  k: number;
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export function frameProjection(): GeoProjection {
  return geoMercator()
    .scale(MAP_WIDTH / (2 * Math.PI))
    .translate([MAP_WIDTH / 2, MAP_HEIGHT / 2]);
}

function clampLat(lat: number): number {
  return Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
}

/** Longitude and latitude to the map frame (before zoom). */
export function toFrame(lon: number, lat: number): [number, number] {
  const phi = (clampLat(lat) * Math.PI) / 180;
  const x = ((lon + 180) / 360) * MAP_WIDTH;
  const y = MAP_HEIGHT / 2 - (MAP_WIDTH / (2 * Math.PI)) * Math.log(Math.tan(Math.PI / 4 + phi / 2));
  return [x, y];
}

/** The map frame back to longitude and latitude. */
export function fromFrame(x: number, y: number): [number, number] {
  const lon = (x / MAP_WIDTH) * 360 - 180;
  const lat =
    (2 * Math.atan(Math.exp(((MAP_HEIGHT / 2 - y) * 2 * Math.PI) / MAP_WIDTH)) - Math.PI / 2) *
    (180 / Math.PI);
  return [lon, lat];
}

export function toScreen(view: View, lon: number, lat: number): [number, number] {
  const [fx, fy] = toFrame(lon, lat);
  return [fx * view.k + view.x, fy * view.k + view.y];
}

function clampZoom(k: number): number {
  return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, k));
}

/** The view that shows a box whole and centred, with some room around it. */
export function fitBounds(bbox: BBox, size: Size, padding = 0.05): View {
  const [west, south, east, north] = bbox;
  const [x0, y1] = toFrame(west, south);
  const [x1, y0] = toFrame(east, north);
  const k = clampZoom(
    Math.min(
      (size.width * (1 - 2 * padding)) / Math.max(x1 - x0, 1e-9),
      (size.height * (1 - 2 * padding)) / Math.max(y1 - y0, 1e-9),
    ),
  );
  return { k, x: size.width / 2 - ((x0 + x1) / 2) * k, y: size.height / 2 - ((y0 + y1) / 2) * k };
}

/** Zooms by `factor` keeping the point under `at` (screen coordinates) where it is. */
export function zoomAt(view: View, factor: number, at: [number, number]): View {
  const k = clampZoom(view.k * factor);
  const ratio = k / view.k;
  return { k, x: at[0] - (at[0] - view.x) * ratio, y: at[1] - (at[1] - view.y) * ratio };
}

export function panBy(view: View, dx: number, dy: number): View {
  return { k: view.k, x: view.x + dx, y: view.y + dy };
}

/** The part of the world on screen, for asking the cluster index what to draw. */
export function visibleBounds(view: View, size: Size): BBox {
  const [west, north] = fromFrame(-view.x / view.k, -view.y / view.k);
  const [east, south] = fromFrame((size.width - view.x) / view.k, (size.height - view.y) / view.k);
  return [Math.max(-180, west), Math.max(-MAX_LAT, south), Math.min(180, east), Math.min(MAX_LAT, north)];
}

/**
 * The clustering library's zoom level for a view: its world is 256·2^z pixels wide, ours
 * MAP_WIDTH·k units (rendered at about one pixel per unit).
 */
export function clusterZoom(view: View): number {
  return Math.max(0, Math.min(20, Math.floor(Math.log2((MAP_WIDTH * view.k) / 256))));
}

/** The view zoom at which the clustering library's level `z` is reached. */
export function viewZoomFor(z: number): number {
  return clampZoom((256 * 2 ** z) / MAP_WIDTH);
}

const PAN_STEP = 80;

/** What a key does to the map: +/- zoom about the centre, arrows pan; null for other keys. */
export function viewForKey(view: View, key: string): View | null {
  const centre: [number, number] = [MAP_WIDTH / 2, MAP_HEIGHT / 2];
  switch (key) {
    case "+":
    case "=":
      return zoomAt(view, 2, centre);
    case "-":
    case "_":
      return zoomAt(view, 0.5, centre);
    case "ArrowLeft":
      return panBy(view, PAN_STEP, 0);
    case "ArrowRight":
      return panBy(view, -PAN_STEP, 0);
    case "ArrowUp":
      return panBy(view, 0, PAN_STEP);
    case "ArrowDown":
      return panBy(view, 0, -PAN_STEP);
    default:
      return null;
  }
}

/** The view centred on a point at (at least) zoom `k`. */
export function centreOn(lon: number, lat: number, k: number): View {
  const [fx, fy] = toFrame(lon, lat);
  const zoom = clampZoom(k);
  return { k: zoom, x: MAP_WIDTH / 2 - fx * zoom, y: MAP_HEIGHT / 2 - fy * zoom };
}
