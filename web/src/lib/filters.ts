import {
  EVENT_TYPES,
  type EventType,
  TARGET_CATEGORIES,
  type TargetCategory,
} from "../../../src/domain/analysis.js";
import type { Incident, IncidentStatusId } from "../../../src/domain/incident.js";
import { INCIDENT_STATUSES } from "../../../src/investigate/review/workflow.js";

// The filters the map, timeline and incident list share. They live in the URL query so that
// any view can be bookmarked or sent to a colleague, and switching views keeps them.

export interface Near {
  lat: number;
  lon: number;
  km: number;
}

export interface IncidentFilters {
  type: EventType | null;
  status: IncidentStatusId | null;
  category: TargetCategory | null;
  /** First day, YYYY-MM-DD. */
  from: string | null;
  /** Last day, YYYY-MM-DD. */
  to: string | null;
  near: Near | null;
  /** A place name, matched against each incident's place name. */
  place: string | null;
  /** A source id: incidents that source supports. */
  source: string | null;
}

export const EMPTY_FILTERS: IncidentFilters = {
  type: null,
  status: null,
  category: null,
  from: null,
  to: null,
  near: null,
  place: null,
  source: null,
};

export const FILTER_KEYS = ["type", "status", "category", "from", "to", "near", "place", "source"] as const;

export const DEFAULT_RADIUS_KM = 25;
const MAX_RADIUS_KM = 20_000;
const MAX_PLACE_LENGTH = 200;

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | null {
  return raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : null;
}

/** A real calendar day as YYYY-MM-DD, or null. */
export function isoDay(raw: string | null): string | null {
  if (raw === null || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return null;
  const date = new Date(`${raw}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === raw ? raw : null;
}

function finite(raw: string | undefined): number | null {
  if (raw === undefined || raw.trim() === "") return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}

/** "lat,lon" or "lat,lon,km" with coordinates in range; the radius defaults to 25 km. */
export function parseNear(raw: string | null): Near | null {
  if (raw === null) return null;
  const parts = raw.split(",");
  if (parts.length < 2 || parts.length > 3) return null;
  const lat = finite(parts[0]);
  const lon = finite(parts[1]);
  const km = parts.length === 3 ? finite(parts[2]) : DEFAULT_RADIUS_KM;
  if (lat === null || lon === null || km === null) return null;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || km <= 0 || km > MAX_RADIUS_KM) return null;
  return { lat, lon, km };
}

export function formatNear(near: Near): string {
  return `${near.lat},${near.lon},${near.km}`;
}

function source(raw: string | null): string | null {
  return raw !== null && /^[0-9a-f]{4,64}$/i.test(raw) ? raw.toLowerCase() : null;
}

function place(raw: string | null): string | null {
  const trimmed = raw?.trim() ?? "";
  return trimmed === "" ? null : trimmed.slice(0, MAX_PLACE_LENGTH);
}

/** Reads the filters from a URL query; values that make no sense are left out, not guessed at. */
export function parseFilters(params: URLSearchParams): IncidentFilters {
  let from = isoDay(params.get("from"));
  let to = isoDay(params.get("to"));
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return {
    type: oneOf(EVENT_TYPES, params.get("type")),
    status: oneOf(INCIDENT_STATUSES, params.get("status")),
    category: oneOf(TARGET_CATEGORIES, params.get("category")),
    from,
    to,
    near: parseNear(params.get("near")),
    place: place(params.get("place")),
    source: source(params.get("source")),
  };
}

function filterValues(filters: IncidentFilters): Record<(typeof FILTER_KEYS)[number], string | null> {
  return {
    type: filters.type,
    status: filters.status,
    category: filters.category,
    from: filters.from,
    to: filters.to,
    near: filters.near === null ? null : formatNear(filters.near),
    place: filters.place,
    source: filters.source,
  };
}

/**
 * The query with the filters written into it. Other parameters (a page's own, such as the
 * map's colouring) are kept, so that changing a filter does not reset them.
 */
export function writeFilters(filters: IncidentFilters, base = new URLSearchParams()): URLSearchParams {
  const out = new URLSearchParams(base);
  for (const [key, value] of Object.entries(filterValues(filters))) {
    if (value === null) out.delete(key);
    else out.set(key, value);
  }
  return out;
}

/** The query for GET /api/incidents. The place name is matched here (see matchesPlace). */
export function apiQuery(filters: IncidentFilters, page: { limit: number; offset: number }): URLSearchParams {
  const q = writeFilters({ ...filters, place: null });
  q.set("limit", String(page.limit));
  q.set("offset", String(page.offset));
  return q;
}

export function activeFilterCount(filters: IncidentFilters): number {
  return Object.values(filterValues(filters)).filter((v) => v !== null).length;
}

/** Lower case, without accents or apostrophes: "Kramatorsk" finds "Kramators'k", "Kyiv" finds "Kyïv". */
export function foldName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[’'`ʼ-]/g, "")
    .toLowerCase()
    .trim();
}

/** Whether an incident's place name contains the name looked for (accents and apostrophes ignored). */
export function matchesPlace(incident: Pick<Incident, "placeName">, name: string | null): boolean {
  if (name === null) return true;
  if (incident.placeName === null) return false;
  return foldName(incident.placeName).includes(foldName(name));
}

/**
 * What someone typed in the place box: coordinates ("50.45, 30.52") become a radius search,
 * anything else a place name.
 */
export function placeInput(text: string, km: number): Pick<IncidentFilters, "near" | "place"> {
  const compact = text.replace(/\s+/g, "");
  const near = /^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/.test(compact) ? parseNear(`${compact},${km}`) : null;
  return near !== null ? { near, place: null } : { near: null, place: place(text) };
}
