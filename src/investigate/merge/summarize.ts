import type { DatePrecision, EventType, PlaceRef, TargetCategory } from "../../domain/analysis.js";
import type { NamedSpan, Span } from "../../domain/span.js";
import { matchPlace, normalizePlaceName, PLACE_RADIUS_KM, placeInfo } from "./place.js";
import { type FigureSummary, summarizeFigures } from "./summarize-figures.js";
import { bySupport, groupBy, independentCount, type Supported, supported } from "./support.js";
import { normalizeObject } from "./targets.js";
import { isoDay, MAX_DAY_SPREAD, REPORTING_LAG_DAYS, type TimeInfo, timeInfo } from "./time.js";
import type { MentionRecord } from "./types.js";

/** Where a mention says something, for showing the words behind a field. */
export interface Evidence {
  mentionId: string;
  sourceId: string;
  span: Span;
}

export interface PlaceValue {
  name: string;
  ref: PlaceRef | null;
}

export interface DateValue {
  from: string;
  to: string;
  precision: DatePrecision;
}

export interface TargetSummary {
  object: string;
  category: TargetCategory;
  supporters: string[];
  independent: number;
  evidence: Evidence[];
}

export interface PerpetratorClaim {
  name: string;
  supporters: string[];
  independent: number;
  evidence: Evidence[];
}

export interface StanceClaim extends Evidence {
  /** For a denial: who denies, when the text says. */
  by: NamedSpan | null;
  /** For a denial: the words reporting it. */
  denial: Span | null;
}

/** The canonical incident as its mentions describe it; every field names its supporters. */
export interface IncidentSummary {
  mentionIds: string[];
  /** The type most (independent) sources give; the others as alternatives. */
  eventType: Supported<EventType>;
  otherEventTypes: Supported<EventType>[];
  /** The most precise place the most mentions agree with; places at odds with it as conflicting. */
  place: Supported<PlaceValue> | null;
  conflictingPlaces: Supported<PlaceValue>[];
  /** The span of the dates stated to the day, else the narrowest window any mention gives. */
  date: Supported<DateValue> | null;
  conflictingDates: Supported<DateValue>[];
  targets: TargetSummary[];
  perpetrators: PerpetratorClaim[];
  stance: { alleged: StanceClaim[]; confirmed: StanceClaim[]; denied: StanceClaim[] };
  figures: FigureSummary[];
  sources: { sourceIds: string[]; syndicationGroups: string[]; independent: number };
}

function evidence(r: MentionRecord, span: Span): Evidence {
  return {
    mentionId: r.mentionId,
    sourceId: r.sourceId,
    span: { start: span.start, end: span.end, text: span.text },
  };
}

function eventTypes(records: MentionRecord[]): Supported<EventType>[] {
  return [...groupBy(records, (r) => r.mention.eventType)].map(([t, rs]) => supported(t, rs)).sort(bySupport);
}

const LEVEL_RANK: Record<PlaceRef["precision"], number> = {
  point: 0,
  settlement: 0,
  district: 0,
  region: 1,
  country: 2,
};

function placeValue(r: MentionRecord): PlaceValue | null {
  const p = r.mention.place;
  return p === null ? null : { name: p.ref?.name ?? p.name, ref: p.ref };
}

/**
 * Candidates are the distinct places named; among those at the finest level present
 * (settlement or finer, else region, else country) the one most mentions fit wins, a finer
 * precision breaking ties. Mentions whose place cannot be that one are listed as conflicting.
 */
function places(records: MentionRecord[]): {
  best: Supported<PlaceValue> | null;
  conflicting: Supported<PlaceValue>[];
} {
  const placed = records.filter((r) => r.mention.place !== null);
  const candidates = [
    ...groupBy(
      placed,
      (r) => r.mention.place?.ref?.gazetteerId ?? `name:${normalizePlaceName(r.mention.place?.name ?? "")}`,
    ).values(),
  ].flatMap((rs) => {
    const value = placeValue(rs[0] as MentionRecord);
    return value === null ? [] : [value];
  });
  const level = (v: PlaceValue): number => (v.ref === null ? 3 : LEVEL_RANK[v.ref.precision]);
  const finest = Math.min(...candidates.map(level));
  // A report that names only the country, or a place the gazetteer does not know, neither
  // supports nor contradicts a town: it is left out of both lists.
  const verdict = (v: PlaceValue, r: MentionRecord): "fits" | "vague" | "conflicts" => {
    const names = new Set([normalizePlaceName(v.name)]);
    const match = matchPlace(placeInfo(r.mention.place), { best: v.ref, names });
    return match === null ? "conflicts" : match.vague ? "vague" : "fits";
  };
  const fits = (v: PlaceValue, r: MentionRecord): boolean => verdict(v, r) === "fits";
  const ranked = candidates
    .filter((v) => level(v) === finest)
    .map((v) =>
      supported(
        v,
        placed.filter((r) => fits(v, r)),
      ),
    )
    .sort((a, b) => bySupport(a, b) || radius(a.value) - radius(b.value));
  const best = ranked[0] ?? null;
  if (best === null) return { best: null, conflicting: [] };
  const against = placed.filter((r) => verdict(best.value, r) === "conflicts");
  const conflicting = [...groupBy(against, (r) => placeValue(r)?.name ?? "")].flatMap(([, rs]) => {
    const v = placeValue(rs[0] as MentionRecord);
    return v === null ? [] : [supported(v, rs)];
  });
  return { best, conflicting };
}

function radius(v: PlaceValue): number {
  return v.ref === null ? Number.POSITIVE_INFINITY : PLACE_RADIUS_KM[v.ref.precision];
}

interface Timed {
  r: MentionRecord;
  t: TimeInfo;
}

/**
 * The days most (independent) day-precise mentions agree on: every stretch of at most
 * MAX_DAY_SPREAD + 1 days starting at a mention's date is tried, the best supported wins.
 */
function dayCluster(days: Timed[]): { from: number; to: number } {
  let best = { from: 0, to: -1 };
  let bestSupport = -1;
  for (const anchor of days) {
    const inside = days.filter((x) => x.t.from >= anchor.t.from && x.t.to <= anchor.t.from + MAX_DAY_SPREAD);
    const support = independentCount(inside.map((x) => x.r)) * 1000 + inside.length;
    if (support > bestSupport) {
      bestSupport = support;
      best = { from: Math.min(...inside.map((x) => x.t.from)), to: Math.max(...inside.map((x) => x.t.to)) };
    }
  }
  return best;
}

/** The intersection of the windows, or the narrowest one when they do not all overlap. */
function windowSpan(timed: Timed[]): { from: number; to: number } {
  const from = Math.max(...timed.map((x) => x.t.from));
  const to = Math.min(...timed.map((x) => x.t.to));
  if (from <= to) return { from, to };
  const narrowest = [...timed].sort((a, b) => a.t.to - a.t.from - (b.t.to - b.t.from))[0] as Timed;
  return { from: narrowest.t.from, to: narrowest.t.to };
}

function dates(records: MentionRecord[]): {
  best: Supported<DateValue> | null;
  conflicting: Supported<DateValue>[];
} {
  const timed = records.flatMap((r) => {
    const t = timeInfo(r.mention.date, null);
    return t.kind === "none" ? [] : [{ r, t }];
  });
  if (timed.length === 0) return { best: null, conflicting: [] };
  const days = timed.filter((x) => x.t.kind === "day");
  const span = days.length > 0 ? dayCluster(days) : windowSpan(timed);
  const lag = days.length > 0 ? REPORTING_LAG_DAYS : 0;
  const fits = (x: Timed): boolean => x.t.from <= span.to + lag && span.from - lag <= x.t.to;
  const precision: DatePrecision =
    days.length > 0
      ? span.from === span.to
        ? "day"
        : "range"
      : span.to - span.from > 31
        ? "range"
        : "month";
  const value = { from: isoDay(span.from), to: isoDay(span.to), precision };
  const against = timed.filter((x) => !fits(x)).map((x) => x.r);
  const conflicting = [...groupBy(against, (r) => `${r.mention.date?.from}|${r.mention.date?.to}`)].map(
    ([, rs]) => {
      const d = rs[0]?.mention.date;
      return supported({ from: d?.from ?? "", to: d?.to ?? "", precision: d?.precision ?? "range" }, rs);
    },
  );
  return {
    best: supported(
      value,
      timed.filter(fits).map((x) => x.r),
    ),
    conflicting,
  };
}

function targets(records: MentionRecord[]): TargetSummary[] {
  const byObject = new Map<string, { category: TargetCategory; items: { r: MentionRecord; span: Span }[] }>();
  for (const r of records) {
    for (const t of r.mention.targets) {
      const object = normalizeObject(t.object);
      const entry = byObject.get(object) ?? { category: t.category, items: [] };
      entry.items.push({ r, span: t });
      byObject.set(object, entry);
    }
  }
  return [...byObject].map(([object, { category, items }]) => {
    const rs = [...new Set(items.map((i) => i.r))];
    return {
      object,
      category,
      supporters: rs.map((r) => r.mentionId),
      independent: independentCount(rs),
      evidence: items.map((i) => evidence(i.r, i.span)),
    };
  });
}

function perpetrators(records: MentionRecord[]): PerpetratorClaim[] {
  const named = records.filter((r) => r.mention.perpetrator !== null);
  return [...groupBy(named, (r) => r.mention.perpetrator?.name.toLowerCase() ?? "")].map(([, rs]) => ({
    name: rs[0]?.mention.perpetrator?.name ?? "",
    supporters: rs.map((r) => r.mentionId),
    independent: independentCount(rs),
    evidence: rs.flatMap((r) => (r.mention.perpetrator ? [evidence(r, r.mention.perpetrator)] : [])),
  }));
}

function stances(records: MentionRecord[]): IncidentSummary["stance"] {
  const out: IncidentSummary["stance"] = { alleged: [], confirmed: [], denied: [] };
  for (const r of records) {
    const denial = r.mention.denial;
    out[r.mention.stance].push({
      ...evidence(r, r.mention),
      by: denial?.by ?? null,
      denial: denial ? { start: denial.start, end: denial.end, text: denial.text } : null,
    });
  }
  return out;
}

/**
 * The canonical incident's fields, derived from its mentions. Nothing is settled silently:
 * where sources disagree (event type, place, date, figures) the majority value comes with the
 * minority ones and who backs each, and independence counts syndication groups, not copies.
 */
export function summarizeIncident(members: MentionRecord[]): IncidentSummary {
  if (members.length === 0) throw new Error("an incident has at least one mention");
  const [eventType, ...otherEventTypes] = eventTypes(members);
  const place = places(members);
  const date = dates(members);
  return {
    mentionIds: members.map((r) => r.mentionId),
    eventType: eventType as Supported<EventType>,
    otherEventTypes,
    place: place.best,
    conflictingPlaces: place.conflicting,
    date: date.best,
    conflictingDates: date.conflicting,
    targets: targets(members),
    perpetrators: perpetrators(members),
    stance: stances(members),
    figures: summarizeFigures(members),
    sources: {
      sourceIds: [...new Set(members.map((r) => r.sourceId))],
      syndicationGroups: [...new Set(members.map((r) => r.syndicationGroup))],
      independent: independentCount(members),
    },
  };
}
