/**
 * Calendar arithmetic on ISO days ("2022-03-23"), in UTC so that results never depend on the
 * machine's time zone.
 */

const DAY_MS = 86_400_000;

export function isoDay(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

function toTime(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

export function monthOf(iso: string): number {
  return Number(iso.slice(5, 7));
}

export function dayOf(iso: string): number {
  return Number(iso.slice(8, 10));
}

export function addDays(iso: string, days: number): string {
  return new Date(toTime(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Adds calendar months, clamping the day: 31 January + 1 month is 28 or 29 February. */
export function addMonths(iso: string, months: number): string {
  const total = yearOf(iso) * 12 + monthOf(iso) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return isoDay(year, month, Math.min(dayOf(iso), daysInMonth(year, month)));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return new Date(toTime(iso)).getUTCDay();
}

/** The Monday that starts the (ISO) week containing `iso`. */
export function mondayOf(iso: string): string {
  return addDays(iso, -((weekdayOf(iso) + 6) % 7));
}

/** The last day with weekday `weekday` on or before `iso`. */
export function weekdayOnOrBefore(iso: string, weekday: number): string {
  return addDays(iso, -((weekdayOf(iso) - weekday + 7) % 7));
}

/** The first day with weekday `weekday` on or after `iso`. */
export function weekdayOnOrAfter(iso: string, weekday: number): string {
  return addDays(iso, (weekday - weekdayOf(iso) + 7) % 7);
}

export function monthRange(year: number, month: number): { from: string; to: string } {
  return { from: isoDay(year, month, 1), to: isoDay(year, month, daysInMonth(year, month)) };
}

export function yearRange(year: number): { from: string; to: string } {
  return { from: isoDay(year, 1, 1), to: isoDay(year, 12, 31) };
}

/** The later of two ISO days (ISO strings compare in date order). */
export function maxDay(a: string, b: string): string {
  return a > b ? a : b;
}

/** The earlier of two ISO days. */
export function minDay(a: string, b: string): string {
  return a < b ? a : b;
}
