/**
 * Coordinates written in the text ("33°47′N 44°30′E", "48.4647°N 35.0462°E",
 * "48.46471, 35.04620") as place mentions with a point location: the most precise place a
 * report can give, and one no gazetteer lookup is needed for.
 */
import type { EntityMention, PlaceRef } from "../../domain/analysis.js";

// Degrees, then optional minutes and seconds (typographic or ASCII marks), then hemisphere.
const DMS = String.raw`(\d{1,3}(?:\.\d+)?)°\s?(?:(\d{1,2}(?:\.\d+)?)[′'’]\s?)?(?:(\d{1,2}(?:\.\d+)?)(?:″|"|”|[′'’]{2})\s?)?`;
const WITH_HEMISPHERE = new RegExp(`${DMS}([NS])[,;/\\s]\\s*${DMS}([EW])`, "g");
// A bare signed pair is only believed with enough decimals to be a position rather than
// two prices: four after a comma (as map applications copy them), two after a semicolon
// (the form encyclopaedias print after the degrees).
const DECIMAL_PAIR =
  /(?<![\d.])(-?\d{1,2}\.\d{4,}),\s?(-?\d{1,3}\.\d{4,})(?!\d|\.\d)|(?<![\d.])(-?\d{1,2}\.\d{2,});\s?(-?\d{1,3}\.\d{2,})(?!\d|\.\d)/g;

function degrees(d: string | undefined, m: string | undefined, s: string | undefined): number {
  return Number(d ?? 0) + Number(m ?? 0) / 60 + Number(s ?? 0) / 3600;
}

function pointRef(lat: number, lon: number): PlaceRef | null {
  if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) return null;
  const la = Math.round(lat * 1e5) / 1e5;
  const lo = Math.round(lon * 1e5) / 1e5;
  return {
    name: `${la}, ${lo}`,
    gazetteerId: `coordinates:${la},${lo}`,
    country: null,
    admin1: null,
    lat: la,
    lon: lo,
    precision: "point",
  };
}

function mention(text: string, start: number, end: number, place: PlaceRef): EntityMention {
  return { start, end, text: text.slice(start, end), type: "place", name: place.name, place };
}

/** Every coordinate pair in `text`, in order. */
export function findCoordinates(text: string): EntityMention[] {
  const out: EntityMention[] = [];
  if (text.includes("°")) {
    for (const m of text.matchAll(WITH_HEMISPHERE)) {
      const lat = degrees(m[1], m[2], m[3]) * (m[4] === "S" ? -1 : 1);
      const lon = degrees(m[5], m[6], m[7]) * (m[8] === "W" ? -1 : 1);
      const place = pointRef(lat, lon);
      if (place) out.push(mention(text, m.index, m.index + m[0].length, place));
    }
  }
  for (const m of text.matchAll(DECIMAL_PAIR)) {
    const place = pointRef(Number(m[1] ?? m[3]), Number(m[2] ?? m[4]));
    if (place) out.push(mention(text, m.index, m.index + m[0].length, place));
  }
  return out.sort((a, b) => a.start - b.start);
}
