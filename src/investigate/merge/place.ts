import type { IncidentMention, PlaceRef } from "../../domain/analysis.js";
import type { PendingReason } from "./types.js";

/**
 * How far from its coordinates an event placed at each precision may have happened, in km:
 * a settlement's centre stands for anywhere in a town (the places analyser resolves a whole city to one settlement id), a region's centroid for anywhere in
 * an oblast (the largest are about 300 km across).
 */
export const PLACE_RADIUS_KM: Record<PlaceRef["precision"], number> = {
  point: 1,
  settlement: 5,
  district: 25,
  region: 150,
  country: Number.POSITIVE_INFINITY,
};

export type PlaceLevel = "fine" | "region" | "country" | "named" | "none";

/** A mention's place reduced to what comparing places needs. */
export interface PlaceInfo {
  level: PlaceLevel;
  ref: PlaceRef | null;
  /** Normalised names (as written and as resolved), for places the gazetteer did not resolve. */
  names: string[];
  /** `country|admin1` in lower case, when known; for a region, the region itself. */
  region: string | null;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance. Six lines of well-known maths: not worth a dependency. */
export function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function normalizePlaceName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function regionKey(ref: PlaceRef): string | null {
  if (ref.country === null) return null;
  const admin1 = ref.precision === "region" ? (ref.admin1 ?? ref.name) : ref.admin1;
  return admin1 === null ? null : `${ref.country}|${admin1}`.toLowerCase();
}

export function placeInfo(place: IncidentMention["place"]): PlaceInfo {
  if (place === null) return { level: "none", ref: null, names: [], region: null };
  const ref = place.ref;
  const names = [
    ...new Set([place.name, ref?.name].flatMap((n) => (n ? [normalizePlaceName(n)] : []))),
  ].filter((n) => n.length > 0);
  if (ref === null) return { level: names.length > 0 ? "named" : "none", ref: null, names, region: null };
  const level: PlaceLevel =
    ref.precision === "region" ? "region" : ref.precision === "country" ? "country" : "fine";
  return { level, ref, names, region: regionKey(ref) };
}

/** The more precise of two places: the one an incident should be shown at. */
export function morePrecise(a: PlaceRef | null, b: PlaceRef | null): PlaceRef | null {
  if (a === null) return b;
  if (b === null) return a;
  return PLACE_RADIUS_KM[b.precision] < PLACE_RADIUS_KM[a.precision] ? b : a;
}

/** What is known of an incident's place: its most precise place and every name used for it. */
export interface IncidentPlace {
  best: PlaceRef | null;
  names: ReadonlySet<string>;
}

export interface PlaceMatch {
  score: number;
  reason: PendingReason;
  /** True when the place says too little to merge on: a shared target must carry the match. */
  vague: boolean;
}

const km = (d: number): string => `${d < 10 ? d.toFixed(1) : Math.round(d)} km`;

function unknownPlace(m: PlaceInfo, incident: IncidentPlace): PlaceMatch {
  const shared = m.names.find((n) => incident.names.has(n));
  if (shared !== undefined)
    return {
      score: 0.7,
      vague: false,
      reason: { kind: "same-place-name", detail: () => `both name "${shared}"` },
    };
  return {
    score: 0.2,
    vague: true,
    reason: { kind: "place-unknown", detail: () => "one side has no resolved place" },
  };
}

function inCountry(a: PlaceRef, b: PlaceRef): PlaceMatch | null {
  if (a.country === null || a.country !== b.country) return null;
  return {
    score: 0.3,
    vague: true,
    reason: { kind: "place-in-country", detail: () => `both in ${a.country}` },
  };
}

function fineVsRegion(fine: PlaceRef, region: PlaceRef): PlaceMatch | null {
  const key = regionKey(region);
  const fineKey = regionKey(fine);
  const detail = (): string => `${fine.name} is in ${region.name}`;
  if (key !== null && fineKey !== null)
    return key === fineKey ? { score: 0.6, vague: false, reason: { kind: "place-in-region", detail } } : null;
  // Without the hierarchy, fall back on the region's extent around its centroid.
  const d = haversineKm(fine, region);
  if (d > PLACE_RADIUS_KM.region) return null;
  return {
    score: 0.5,
    vague: false,
    reason: { kind: "place-in-region", detail: () => `${detail()} (${km(d)} from its centre)` },
  };
}

function fineVsFine(a: PlaceRef, b: PlaceRef): PlaceMatch | null {
  if (a.gazetteerId === b.gazetteerId)
    return { score: 1, vague: false, reason: { kind: "same-place", detail: () => a.name } };
  const d = haversineKm(a, b);
  const limit = PLACE_RADIUS_KM[a.precision] + PLACE_RADIUS_KM[b.precision];
  if (d > limit) return null;
  const detail = (): string =>
    `${a.name} and ${b.name} are ${km(d)} apart (limit ${km(limit)} for ${a.precision} and ${b.precision})`;
  return { score: 1 - (0.6 * d) / limit, vague: false, reason: { kind: "place-within-km", detail } };
}

function regionVsRegion(a: PlaceRef, b: PlaceRef): PlaceMatch | null {
  if (regionKey(a) !== regionKey(b) || regionKey(a) === null) return null;
  return { score: 0.7, vague: false, reason: { kind: "same-region", detail: () => a.name } };
}

/**
 * How well a mention's place fits an incident's; null when the two places cannot be one.
 * Places of different precision are compared through the gazetteer hierarchy: a settlement
 * fits the region it lies in, anything fits its country, but only weakly.
 */
export function matchPlace(m: PlaceInfo, incident: IncidentPlace): PlaceMatch | null {
  const best = incident.best;
  if (m.ref === null || best === null) return unknownPlace(m, incident);
  if (m.level === "country" || best.precision === "country") return inCountry(m.ref, best);
  if (m.level === "region")
    return best.precision === "region" ? regionVsRegion(m.ref, best) : fineVsRegion(best, m.ref);
  if (best.precision === "region") return fineVsRegion(m.ref, best);
  return fineVsFine(m.ref, best);
}
