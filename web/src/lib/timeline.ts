import type { Incident } from "../../../src/domain/incident.js";

// The timeline groups incidents by the month they began and draws an overview of how many
// fell in each stretch. Zooming is narrowing the shared date filter, so the map and the list
// follow the timeline and a zoomed view can be linked to.

export interface MonthGroup {
  /** YYYY-MM */
  month: string;
  incidents: Incident[];
}

function byDate(a: Incident, b: Incident): number {
  return (a.dateFrom ?? "").localeCompare(b.dateFrom ?? "") || a.seq - b.seq;
}

/** Months in order, each with its incidents by date; undated incidents apart, not guessed at. */
export function groupByMonth(incidents: readonly Incident[]): { months: MonthGroup[]; undated: Incident[] } {
  const groups = new Map<string, Incident[]>();
  const undated: Incident[] = [];
  for (const incident of incidents) {
    if (incident.dateFrom === null) {
      undated.push(incident);
      continue;
    }
    const month = incident.dateFrom.slice(0, 7);
    const list = groups.get(month);
    if (list) list.push(incident);
    else groups.set(month, [incident]);
  }
  const months = [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, list]) => ({ month, incidents: list.sort(byDate) }));
  return { months, undated: undated.sort((a, b) => a.seq - b.seq) };
}

export type BinUnit = "year" | "month" | "day";

export interface Bin {
  /** "2022", "2022-03" or "2022-03-04". */
  key: string;
  from: string;
  to: string;
  count: number;
}

function utc(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((utc(to).getTime() - utc(from).getTime()) / 86_400_000);
}

/** Bars fine enough to read and few enough to draw: days up to three months, then months, then years. */
export function unitFor(from: string, to: string): BinUnit {
  const days = daysBetween(from, to);
  if (days <= 92) return "day";
  if (days <= 366 * 4) return "month";
  return "year";
}

function binOf(day: string, unit: BinUnit): { key: string; from: string; to: string } {
  if (unit === "day") return { key: day, from: day, to: day };
  if (unit === "year") {
    const y = day.slice(0, 4);
    return { key: y, from: `${y}-01-01`, to: `${y}-12-31` };
  }
  const start = utc(`${day.slice(0, 7)}-01`);
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
  return { key: day.slice(0, 7), from: iso(start), to: iso(end) };
}

function nextDay(day: string): string {
  const d = utc(day);
  d.setUTCDate(d.getUTCDate() + 1);
  return iso(d);
}

/**
 * Counts per bar over [from, to], every bar present even when empty (gaps in reporting are
 * information too). Incidents are counted on the day they began.
 */
export function histogram(incidents: readonly Incident[], range: { from: string; to: string }): Bin[] {
  const unit = unitFor(range.from, range.to);
  const bins: Bin[] = [];
  const index = new Map<string, Bin>();
  for (let day = range.from; day <= range.to; ) {
    const b = binOf(day, unit);
    const bin = { ...b, count: 0 };
    bins.push(bin);
    index.set(b.key, bin);
    day = nextDay(b.to);
  }
  for (const incident of incidents) {
    if (incident.dateFrom === null || incident.dateFrom < range.from || incident.dateFrom > range.to)
      continue;
    const bin = index.get(binOf(incident.dateFrom, unit).key);
    if (bin) bin.count++;
  }
  return bins;
}

/** The days the incidents cover, or null when none is dated. */
export function extent(incidents: readonly Incident[]): { from: string; to: string } | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const i of incidents) {
    if (i.dateFrom === null) continue;
    if (from === null || i.dateFrom < from) from = i.dateFrom;
    if (to === null || i.dateFrom > to) to = i.dateFrom;
  }
  return from === null || to === null ? null : { from, to };
}

/** One step out from a date filter: a month's days widen to its year, a year's to no limit. */
export function zoomOut(range: { from: string | null; to: string | null }): {
  from: string | null;
  to: string | null;
} {
  if (range.from === null || range.to === null) return { from: null, to: null };
  if (daysBetween(range.from, range.to) <= 92) {
    const year = range.from.slice(0, 4);
    return { from: `${year}-01-01`, to: `${year}-12-31` };
  }
  return { from: null, to: null };
}

function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/** Rows per month with the months in between that had none added as zeros, so gaps show as gaps. */
export function fillMonths<T extends { month: string }>(
  rows: readonly T[],
  empty: (month: string) => T,
): T[] {
  const sorted = [...rows]
    .filter((r) => /^\d{4}-\d{2}$/.test(r.month))
    .sort((a, b) => a.month.localeCompare(b.month));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return [];
  const byMonth = new Map(sorted.map((r) => [r.month, r]));
  const out: T[] = [];
  for (let m = first.month; m <= last.month; m = nextMonth(m)) out.push(byMonth.get(m) ?? empty(m));
  return out;
}
