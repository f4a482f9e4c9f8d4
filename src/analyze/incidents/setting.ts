import type { EventType } from "../../domain/analysis.js";
import { canBeReferredTo } from "./anaphora.js";
import type { Dateline } from "./dateline.js";
import {
  asIncidentPlace,
  type IncidentPlace,
  isAside,
  isWeak,
  placeWithin,
  type RankedPlace,
} from "./place.js";
import type { Told } from "./story.js";

function samePlace(a: IncidentPlace, b: IncidentPlace): boolean {
  return placeWithin(a, b) && placeWithin(b, a);
}

interface EventPlace {
  place: IncidentPlace;
  /** Types of the events the report places there. */
  types: Set<EventType>;
}

/**
 * The places the report's event sentences name as where things happened, one per place; a
 * region drops out when a settlement in it is named too ("Kramatorsk", "the Donetsk region").
 */
function eventPlaces(told: readonly Told[], places: readonly RankedPlace[]): EventPlace[] {
  const out: EventPlace[] = [];
  const add = (p: RankedPlace, type: EventType) => {
    const place = asIncidentPlace(p.entity);
    const known = out.find((x) => samePlace(x.place, place));
    if (known === undefined) out.push({ place, types: new Set([type]) });
    else known.types.add(type);
  };
  for (const t of told) {
    const { start, end, eventType } = t.mention;
    for (const p of places)
      if (p.entity.start >= start && p.entity.end <= end && !isWeak(p)) add(p, eventType);
    if (t.own !== undefined && !isWeak(t.own)) add(t.own, eventType);
  }
  return out.filter((region) => {
    const inside = out.filter((p) => p !== region && placeWithin(p.place, region.place));
    for (const p of inside) for (const type of region.types) p.types.add(type);
    return inside.length === 0;
  });
}

/** Two events of these types can be one: the same type, or two kinds of strike. */
function akin(a: EventType, b: EventType): boolean {
  return a === b || (canBeReferredTo(a) && canBeReferredTo(b));
}

/**
 * Where a report places an event its own sentences leave unplaced: the one place the report
 * names for events of that kind, or else the dateline's. A report that names two or more
 * event places gives no such default, since nothing tells which of them an unplaced sentence
 * is about; nor does a round-up that places only other kinds of event ("troops took a village
 * in the Donetsk region" says nothing of where a journalist was arrested). The dateline comes
 * second because it says where the reporter filed from, which for war reporting from a
 * capital is often not where the strikes fell.
 */
function reportPlace(places: readonly EventPlace[], type: EventType, dateline: Dateline | null) {
  const [only, ...more] = places;
  if (only === undefined) return dateline?.place ?? null;
  if (more.length > 0) return null;
  return [...only.types].some((t) => akin(t, type)) ? only.place : null;
}

/** The place of a sentence that refers back: the earlier event's, unless it names another place itself. */
function inherited(t: Told, earlier: IncidentPlace | null): IncidentPlace | null {
  const own = t.own;
  const mine = own === undefined ? null : asIncidentPlace(own.entity);
  if (earlier === null || own === undefined || mine === null) return earlier ?? mine;
  const inOwnWords = own.entity.start >= t.mention.start && own.entity.end <= t.mention.end;
  // "in the city" refers to a place rather than naming one; the earlier event says which.
  const named = /\p{Lu}/u.test(own.entity.text);
  if (!inOwnWords || !named || isWeak(own)) return earlier;
  // "The strike on Kharkiv's Saltivka district": the same place, or one that contains the earlier.
  if (samePlace(earlier, mine)) return mine;
  return placeWithin(earlier, mine) ? earlier : mine;
}

/** Settles the place of every told event, in document order, so that each can pass it on. */
export function settlePlace(
  told: readonly Told[],
  named: readonly RankedPlace[],
  dateline: Dateline | null,
): void {
  const places = eventPlaces(told, named);
  for (const t of told) {
    if (t.antecedent !== null) t.mention.place = inherited(t, t.antecedent.mention.place);
    const aside = t.own !== undefined && isAside(t.own) && t.antecedent === null;
    if (t.mention.place !== null && !aside) continue;
    t.mention.place = reportPlace(places, t.mention.eventType, dateline) ?? t.mention.place;
  }
}
