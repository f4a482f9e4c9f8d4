import type { IncidentStatusId } from "../../../src/domain/incident.js";

// Wording and number formats shared by every page. Dates are shown in UTC: the sources give
// days, not moments, and a reviewer in another time zone must see the same day.

const day = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const month = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const moment = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});
const integer = new Intl.NumberFormat("en-GB");

function parse(iso: string): Date | null {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "4 Mar 2022"; the input as given when it is not a date. */
export function formatDay(iso: string | null | undefined): string {
  if (!iso) return "unknown";
  const date = parse(iso);
  return date === null ? iso : day.format(date);
}

export function formatMoment(iso: string | null | undefined): string {
  if (!iso) return "unknown";
  const date = parse(iso);
  return date === null ? iso : moment.format(date);
}

/** "March 2022" for "2022-03". */
export function formatMonth(yyyyMm: string): string {
  const date = parse(`${yyyyMm}-01`);
  return date === null ? yyyyMm : month.format(date);
}

export function formatDayRange(from: string | null, to: string | null): string {
  if (from === null && to === null) return "unknown";
  if (from === null || to === null || from === to) return formatDay(from ?? to);
  return `${formatDay(from)} – ${formatDay(to)}`;
}

export function formatCount(n: number): string {
  return integer.format(n);
}

/** A claimed count as a range: "3", "3–5", "at least 900", "up to 20", "unknown". */
export function formatRange(low: number | null, high: number | null): string {
  if (low === null && high === null) return "unknown";
  if (low !== null && high !== null)
    return low === high ? formatCount(low) : `${formatCount(low)}–${formatCount(high)}`;
  if (low !== null) return `at least ${formatCount(low)}`;
  return `up to ${formatCount(high as number)}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

export const STATUS_LABELS: Record<IncidentStatusId, string> = {
  new: "New",
  in_review: "In review",
  corroborated: "Corroborated",
  verified: "Verified",
  disputed: "Disputed",
  rejected: "Rejected",
};

/** Words from identifiers: "victim-personal-data" → "victim personal data". */
export function humanize(id: string): string {
  return id.replace(/[_-]+/g, " ");
}
