import type { EntityMention, IncidentMention } from "../../domain/analysis.js";
import type { Range } from "../../domain/document.js";

export type IncidentPlace = NonNullable<IncidentMention["place"]>;

/** A place entity with how well it can stand for where an event happened: lower is better. */
export interface RankedPlace {
  entity: EntityMention;
  rank: number;
}

// Introduced as a location ("in Mariupol", "near Izium") rather than named in passing.
const LOCATIVE = /\b(?:in|at|near|on|outside|of|into|across|around|over|inside)\s+(?:the\s+)?(?:\S+\s+)?$/i;
// Where the fire came from or a distance is measured from, not where it landed.
const ORIGIN = /\bfrom\s+(?:[\w'’-]+\s+){0,3}$/i;
// "20 km west of Kyiv": the event is near the place, not in it.
const BEARING = /\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?$/i;
// "the governor of the Kharkiv region said": where a speaker holds office. Not "officials in
// Kharkiv said", which usually tells where the event happened too.
const OFFICE =
  /\b(?:head|governor|mayor|chief|spokes(?:man|woman|person)|officials?|administration|council|deputy|ministry|minister|police|prosecutors?)\s+(?:of|for)\s+(?:the\s+)?(?:\S+\s+)?$/i;

// "the town of Hostomel", when the entity's span takes in its descriptor: named as a place.
// Lower case only: "the Church of the Intercession" is a name, not a descriptor.
const DESCRIPTOR = /^(?:the\s+)?(?:[a-z-]+\s+){1,4}of\s/;

// A resolved settlement beats an unresolved name (which may be a church or a river), and
// both beat a country, which places an event nowhere in particular, or a place it was only
// near. Where a speaker holds office and where fire came from come last: neither says where
// the event happened.
const UNRESOLVED = 10;
const COUNTRY = 20;
const OFFICE_PENALTY = 25;
const ORIGIN_PENALTY = 30;

export function isCountry(e: EntityMention): boolean {
  return e.place?.precision === "country";
}

/** Rank of a place entity as the place of an event told around it. */
export function rankPlace(text: string, e: EntityMention): number {
  const before = text.slice(Math.max(0, e.start - 40), e.start);
  let rank = LOCATIVE.test(before) || DESCRIPTOR.test(e.text) ? 0 : 2;
  if (e.place?.precision === "region") rank += 1;
  if (e.place == null) rank += UNRESOLVED;
  if (isCountry(e) || BEARING.test(before)) rank += COUNTRY;
  if (OFFICE.test(before)) rank += OFFICE_PENALTY;
  else if (ORIGIN.test(before)) rank += ORIGIN_PENALTY;
  return rank;
}

/**
 * Too vague or beside the point to be where the event happened: a country, a place it was
 * only near ("west of Kyiv"), where a speaker holds office, or where fire came from.
 */
export function isWeak(p: RankedPlace): boolean {
  return p.rank >= COUNTRY;
}

/** Named only as where a speaker holds office or fire came from: no place of the event at all. */
export function isAside(p: RankedPlace): boolean {
  return p.rank >= OFFICE_PENALTY;
}

/** A place that resolved to a settlement or a region: one that can stand in for a country. */
function isSettledOrRegion(p: RankedPlace): boolean {
  return p.entity.place != null && !isWeak(p);
}

function best(places: readonly RankedPlace[], tieBreak: (a: RankedPlace, b: RankedPlace) => number) {
  return [...places].sort((a, b) => a.rank - b.rank || tieBreak(a, b))[0];
}

export interface PlaceScope {
  /** The incident's own stretch. */
  start: number;
  end: number;
  /** The paragraph it starts in. */
  paragraph: Range;
}

/**
 * Where the incident's own words place it: the best place named in its sentences; failing
 * that, the best named earlier in its paragraph. A weak place (a country, a bearing, an
 * office, an origin) gives way to a settlement or region named anywhere in the paragraph.
 */
export function ownPlace(places: readonly RankedPlace[], scope: PlaceScope): RankedPlace | undefined {
  const within = (from: number, to: number) =>
    places.filter((p) => p.entity.start >= from && p.entity.end <= to);
  const inside = best(within(scope.start, scope.end), (a, b) => a.entity.start - b.entity.start);
  const before = within(scope.paragraph.start, scope.start);
  const nearestFirst = (a: RankedPlace, b: RankedPlace) => b.entity.start - a.entity.start;
  if (inside === undefined) return best(before, nearestFirst);
  if (!isWeak(inside)) return inside;
  const after = within(scope.end, scope.paragraph.end);
  return (
    best(before.filter(isSettledOrRegion), nearestFirst) ??
    best(after.filter(isSettledOrRegion), (a, b) => a.entity.start - b.entity.start) ??
    inside
  );
}

export function asIncidentPlace(e: EntityMention): IncidentPlace {
  return { start: e.start, end: e.end, text: e.text, ref: e.place ?? null, name: e.name };
}

/** True when `inner` lies within `outer`: the same place, or a settlement in a named region or country. */
export function placeWithin(inner: IncidentPlace, outer: IncidentPlace): boolean {
  const a = inner.ref;
  const b = outer.ref;
  if (a == null || b == null) return normalize(inner.name) === normalize(outer.name);
  if (a.gazetteerId === b.gazetteerId) return true;
  if (b.precision === "country") return a.country !== null && a.country === b.country;
  if (b.precision === "region")
    return a.country === b.country && a.admin1 !== null && a.admin1 === (b.admin1 ?? b.name);
  return false;
}

function normalize(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, "")
    .trim();
}
