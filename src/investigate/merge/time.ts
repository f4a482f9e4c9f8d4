import type { DateMention } from "../../domain/analysis.js";
import type { PendingReason } from "./types.js";

const DAY_MS = 86_400_000;

/** Days a report may be off by: "last night" and "on Monday" are resolved against the day it went out. */
export const REPORTING_LAG_DAYS = 1;
/** A range of dates this short (three days) places an event as well as a single day. */
export const MAX_DAY_SPREAD = 2;
/** An undated report is taken to describe something from the week before it was published. */
export const PUBLICATION_LOOKBACK_DAYS = 7;
/** Dates vaguer than this ("in 2022", "since the invasion") cannot place an event in time. */
export const MAX_WINDOW_DAYS = 400;

/**
 * A mention's time as whole days since 1970-01-01 (UTC). `day`: a date to the day (or a
 * range of at most three days); `window`: a month, a year or a longer range; `publication`:
 * no date in the text, bounded by the publication date; `none`: nothing usable.
 */
export interface TimeInfo {
  kind: "day" | "window" | "publication" | "none";
  from: number;
  to: number;
}

export function dayNumber(iso: string): number | null {
  const ms = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(ms) ? null : Math.floor(ms / DAY_MS);
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function timeInfo(date: DateMention | null, publishedAt: string | null): TimeInfo {
  if (date !== null) {
    const from = dayNumber(date.from);
    const to = dayNumber(date.to);
    if (from !== null && to !== null && to >= from) {
      if (to - from <= MAX_DAY_SPREAD && date.precision !== "month" && date.precision !== "year")
        return { kind: "day", from, to };
      if (to - from <= MAX_WINDOW_DAYS) return { kind: "window", from, to };
    }
  }
  const pub = publishedAt === null ? null : dayNumber(publishedAt);
  if (pub !== null) return { kind: "publication", from: pub - PUBLICATION_LOOKBACK_DAYS, to: pub };
  return { kind: "none", from: 0, to: -1 };
}

/** The days a mention could be about, widened by the reporting lag for day-precise dates. */
export function searchWindow(t: TimeInfo): { from: number; to: number } {
  return t.kind === "day" ? { from: t.from - REPORTING_LAG_DAYS, to: t.to + REPORTING_LAG_DAYS } : t;
}

/**
 * What is known of an incident's time, kept up to date as mentions attach. Its day is the
 * one most day-precise mentions state (a vote, not a span): a report a day off joins it,
 * but cannot drag the incident's day along, so daily strikes on one town stay apart.
 */
export interface IncidentTime {
  /** Votes per day from day-precise mentions (a range of two or three days votes for each). */
  dayVotes: Map<number, number>;
  /** The best-supported day, earliest on ties; null while no mention gives a day. */
  core: number | null;
  /** Intersection of its vaguer windows (months, publication weeks). */
  window: { from: number; to: number } | null;
  /** True while every window came from publication dates, none from the texts. */
  windowFromPublication: boolean;
}

export function emptyTime(): IncidentTime {
  return { dayVotes: new Map(), core: null, window: null, windowFromPublication: false };
}

export interface TimeMatch {
  score: number;
  reason: PendingReason;
}

function overlaps(a: { from: number; to: number }, b: { from: number; to: number }): boolean {
  return a.from <= b.to && b.from <= a.to;
}

function range(r: { from: number; to: number }): string {
  return r.from === r.to ? isoDay(r.from) : `${isoDay(r.from)}–${isoDay(r.to)}`;
}

function windowMatch(
  t: TimeInfo,
  other: { from: number; to: number },
  otherIsPublication: boolean,
): TimeMatch {
  if (t.kind === "publication" || otherIsPublication)
    return {
      score: 0.3,
      reason: {
        kind: "date-from-publication",
        detail: () => `undated report, published within a week after ${range(other)}`,
      },
    };
  const long = t.to - t.from > 31;
  return {
    score: long ? 0.2 : 0.5,
    reason: { kind: "date-window-overlap", detail: () => `${range(t)} overlaps ${range(other)}` },
  };
}

function dayVsCore(t: TimeInfo, core: number): TimeMatch | null {
  if (t.from <= core && core <= t.to)
    return {
      score: 1,
      reason: { kind: "date-overlap", detail: () => `${range(t)} includes ${isoDay(core)}` },
    };
  const apart = t.from > core ? t.from - core : core - t.to;
  if (apart > REPORTING_LAG_DAYS) return null;
  return {
    score: 0.8,
    reason: {
      kind: "date-within-lag",
      detail: () => `${range(t)} vs ${isoDay(core)}: ${apart} day apart (reporting lag)`,
    },
  };
}

/**
 * When one side has no date at all, time neither joins nor separates: the match must rest
 * on the same specific target at the same place (the caller checks that).
 */
const UNDATED: TimeMatch = {
  score: 0.3,
  reason: { kind: "date-unknown", detail: () => "no date on one side: matched on place and target alone" },
};

/** True when no member of the incident gave any date or publication date. */
export function undatedIncident(incident: IncidentTime): boolean {
  return incident.core === null && incident.window === null;
}

/** How well a mention's time fits an incident's; null when they cannot be one event. */
export function matchTime(t: TimeInfo, incident: IncidentTime): TimeMatch | null {
  if (t.kind === "none" || undatedIncident(incident)) return UNDATED;
  const { core, window } = incident;
  if (window !== null && !overlaps(searchWindow(t), window)) return null;
  if (t.kind === "day") {
    if (core !== null) return dayVsCore(t, core);
    return window === null ? null : windowMatch(t, window, incident.windowFromPublication);
  }
  if (core !== null) {
    const widened = { from: core - REPORTING_LAG_DAYS, to: core + REPORTING_LAG_DAYS };
    return overlaps(t, widened) ? windowMatch(t, { from: core, to: core }, false) : null;
  }
  return window === null ? null : windowMatch(t, window, incident.windowFromPublication);
}

/** Records the time of a mention that joined the incident. */
export function addTime(incident: IncidentTime, t: TimeInfo): void {
  if (t.kind === "none") return;
  if (t.kind === "day") {
    for (let day = t.from; day <= t.to; day++) {
      const votes = (incident.dayVotes.get(day) ?? 0) + 1;
      incident.dayVotes.set(day, votes);
      const coreVotes = incident.core === null ? 0 : (incident.dayVotes.get(incident.core) ?? 0);
      if (incident.core === null || votes > coreVotes || (votes === coreVotes && day < incident.core))
        incident.core = day;
    }
    return;
  }
  const window = incident.window
    ? { from: Math.max(incident.window.from, t.from), to: Math.min(incident.window.to, t.to) }
    : { from: t.from, to: t.to };
  // A pinned mention can be at odds with the rest; keep the incident's window rather than none.
  incident.windowFromPublication =
    (incident.window === null || incident.windowFromPublication) && t.kind === "publication";
  if (window.from <= window.to) incident.window = window;
}
