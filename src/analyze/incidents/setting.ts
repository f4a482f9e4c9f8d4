import type { Dateline } from "./dateline.js";
import { asIncidentPlace, type IncidentPlace, isWeak, placeWithin } from "./place.js";
import type { Told } from "./story.js";

function samePlace(a: IncidentPlace, b: IncidentPlace): boolean {
  return placeWithin(a, b) && placeWithin(b, a);
}

/**
 * The places the report's own sentences name as where its events happened, one per place;
 * a region drops out when a settlement in it is named too ("Kramatorsk", "the Donetsk region").
 */
function eventPlaces(told: readonly Told[]): IncidentPlace[] {
  const out: IncidentPlace[] = [];
  for (const t of told) {
    if (t.own === undefined || isWeak(t.own)) continue;
    const place = asIncidentPlace(t.own.entity);
    if (!out.some((p) => samePlace(p, place))) out.push(place);
  }
  return out.filter((region) => !out.some((p) => p !== region && placeWithin(p, region)));
}

/**
 * Where a report places an event its own sentences leave unplaced: the one place the report
 * names as an event place, or else the dateline's. A report that names two or more event
 * places gives no such default, since nothing tells which of them an unplaced sentence is about.
 * The dateline comes second because it says where the reporter filed from, which for war
 * reporting from a capital is often not where the strikes fell.
 */
function reportPlace(told: readonly Told[], dateline: Dateline | null): IncidentPlace | null {
  const places = eventPlaces(told);
  if (places.length === 1) return places[0] ?? null;
  return places.length === 0 ? (dateline?.place ?? null) : null;
}

/** The place of a sentence that refers back: the earlier event's, unless it names another place itself. */
function inherited(t: Told, earlier: IncidentPlace | null): IncidentPlace | null {
  const own = t.own;
  const mine = own === undefined ? null : asIncidentPlace(own.entity);
  if (earlier === null || own === undefined || mine === null) return earlier ?? mine;
  const inOwnWords = own.entity.start >= t.mention.start && own.entity.end <= t.mention.end;
  if (!inOwnWords || isWeak(own)) return earlier;
  // "The strike on Kharkiv's Saltivka district": the same place, or one that contains the earlier.
  if (samePlace(earlier, mine)) return mine;
  return placeWithin(earlier, mine) ? earlier : mine;
}

/** Settles the place of every told event, in document order, so that each can pass it on. */
export function settlePlace(told: readonly Told[], dateline: Dateline | null): void {
  const fallback = reportPlace(told, dateline);
  for (const t of told) {
    if (t.antecedent !== null) t.mention.place = inherited(t, t.antecedent.mention.place);
    if (t.mention.place === null) t.mention.place = fallback;
  }
}
