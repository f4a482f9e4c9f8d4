import type { TargetCategory } from "../../domain/analysis.js";
import { PLACE_RADIUS_KM } from "./place.js";
import type { PreparedMention } from "./profile.js";
import { normalizeObject } from "./targets.js";
import { searchWindow } from "./time.js";

/**
 * Blocking: the keys under which a mention is filed and those under which it looks for
 * incidents, so that each new mention is scored only against incidents near it in space and
 * time, never against all of them. A key is a place key plus a week number; a mention files
 * itself under every week its date window touches and looks in the same weeks, so any two
 * mentions whose windows overlap share a week.
 *
 * Place keys: `g` a grid cell of 0.2 degrees (about 22 × 15 km in Ukraine) for places at
 * settlement precision or finer, looked up with the cells around it; `a` the first-level
 * region of any resolved place; `R` the region of region-level and district-level mentions
 * (too wide for the grid); `n` a place name (for names the gazetteer did not resolve); `o` a
 * target object, for reports that name no usable place.
 *
 * Undated keys (`x`, `u`) let a report with no date at all meet one with a date, on the same
 * specific target at the same place. Every member with a specific target and a place files
 * `x` keys, which only undated mentions search; undated members also file `u` keys, which
 * dated mentions search. Undated reports are rare, so neither side scans much.
 */

const CELL_DEG = 0.2;
const KM_PER_DEG_LAT = 111.32;
const DAYS_PER_WEEK = 7;

/** Generic targets are filed but never searched by object: "a house" would match half the country. */
const GENERIC = new Set<TargetCategory>(["Residential", "Undefined"]);

function weeks(m: PreparedMention): number[] {
  if (m.time.kind === "none") return [];
  const w = searchWindow(m.time);
  const first = Math.floor(w.from / DAYS_PER_WEEK);
  const last = Math.floor(w.to / DAYS_PER_WEEK);
  const out: number[] = [];
  for (let i = first; i <= last; i++) out.push(i);
  return out;
}

function cell(lat: number, lon: number): [number, number] {
  return [Math.floor(lon / CELL_DEG), Math.floor(lat / CELL_DEG)];
}

function cellsWithin(lat: number, lon: number, km: number): string[] {
  const [cx, cy] = cell(lat, lon);
  const dy = Math.ceil(km / (KM_PER_DEG_LAT * CELL_DEG));
  const kmPerDegLon = KM_PER_DEG_LAT * Math.max(0.1, Math.cos((lat * Math.PI) / 180));
  const dx = Math.ceil(km / (kmPerDegLon * CELL_DEG));
  const out: string[] = [];
  for (let x = cx - dx; x <= cx + dx; x++) for (let y = cy - dy; y <= cy + dy; y++) out.push(`g:${x}:${y}`);
  return out;
}

/** Places precise enough for the grid; wider ones are found through their region. */
function onGrid(m: PreparedMention): boolean {
  const p = m.place.ref?.precision;
  return p === "point" || p === "settlement";
}

/** Places a region's mentions must find: districts and regions, both filed by region only. */
function regionWide(m: PreparedMention): boolean {
  return m.place.level === "region" || m.place.ref?.precision === "district";
}

function specificObjects(m: PreparedMention): string[] {
  return m.record.mention.targets
    .filter((t) => !GENERIC.has(t.category))
    .map((t) => `o:${normalizeObject(t.object)}`);
}

/** Names of the place, except a country's: "Ukraine" says nothing about where in it. */
function names(m: PreparedMention): string[] {
  return m.place.level === "country" ? [] : m.place.names.map((n) => `n:${n}`);
}

function cross(places: string[], ws: number[]): string[] {
  const out: string[] = [];
  for (const p of places) for (const w of ws) out.push(`${p}:${w}`);
  return out;
}

/** Place keys precise enough to pair with a specific target: the grid cell, else the place's names. */
function anchorPlaces(m: PreparedMention, search: boolean): string[] {
  const { place } = m;
  if (place.ref !== null && onGrid(m)) {
    if (!search) {
      const [x, y] = cell(place.ref.lat, place.ref.lon);
      return [`g:${x}:${y}`];
    }
    return cellsWithin(
      place.ref.lat,
      place.ref.lon,
      PLACE_RADIUS_KM[place.ref.precision] + PLACE_RADIUS_KM.settlement,
    );
  }
  return names(m);
}

function undatedKeys(m: PreparedMention, prefix: "x" | "u", search: boolean): string[] {
  const objects = specificObjects(m);
  if (objects.length === 0) return [];
  const out: string[] = [];
  for (const o of objects) for (const p of anchorPlaces(m, search)) out.push(`${prefix}|${o}|${p}`);
  return out;
}

/** Keys to file a member of an incident under. */
export function fileKeys(m: PreparedMention): string[] {
  const undated = m.time.kind === "none";
  return [
    ...(undated ? [] : datedFileKeys(m)),
    ...undatedKeys(m, "x", false),
    ...(undated ? undatedKeys(m, "u", false) : []),
  ];
}

function datedFileKeys(m: PreparedMention): string[] {
  const { place } = m;
  const places = names(m);
  if (place.ref !== null && onGrid(m)) {
    const [x, y] = cell(place.ref.lat, place.ref.lon);
    places.push(`g:${x}:${y}`);
  }
  if (place.region !== null) places.push(`a:${place.region}`);
  if (regionWide(m) && place.region !== null) places.push(`R:${place.region}`);
  for (const t of m.record.mention.targets) places.push(`o:${normalizeObject(t.object)}`);
  return cross([...new Set(places)], weeks(m));
}

/**
 * Keys to look up incidents a mention might belong to; empty when its place and targets are
 * too vague to find any without scanning everything (it then starts an incident of its own).
 */
export function searchKeys(m: PreparedMention): string[] {
  if (m.time.kind === "none") return undatedKeys(m, "x", true);
  return [...datedSearchKeys(m), ...undatedKeys(m, "u", true)];
}

function datedSearchKeys(m: PreparedMention): string[] {
  const { place } = m;
  const places = names(m);
  places.push(...specificObjects(m));
  if (place.ref !== null && onGrid(m)) {
    const radius = PLACE_RADIUS_KM[place.ref.precision] + PLACE_RADIUS_KM.settlement;
    places.push(...cellsWithin(place.ref.lat, place.ref.lon, radius));
    if (place.region !== null) places.push(`R:${place.region}`);
  }
  if (regionWide(m) && place.region !== null) places.push(`a:${place.region}`);
  return cross([...new Set(places)], weeks(m));
}
