import { type Incident, parseIncidentId } from "../../../src/domain/incident.js";
import { formatDayRange, formatRange } from "./format.js";

/** The analyst's title, else what and where: "Air/drone strike in Oranivka". */
export function incidentTitle(i: Pick<Incident, "title" | "eventType" | "placeName">): string {
  if (i.title) return i.title;
  const what = i.eventType ?? "Incident";
  return i.placeName ? `${what} in ${i.placeName}` : what;
}

export function incidentDate(i: Pick<Incident, "dateFrom" | "dateTo">): string {
  return formatDayRange(i.dateFrom, i.dateTo);
}

export function casualties(range: Incident["killed"]): string {
  return range === null ? "–" : formatRange(range.low, range.high);
}

export const SORTS = {
  "date-desc": "Date, newest first",
  "date-asc": "Date, oldest first",
  sources: "Most independent sources",
  updated: "Recently changed",
  id: "Incident number",
} as const;

export type SortId = keyof typeof SORTS;

export function parseSort(raw: string | null): SortId {
  return raw !== null && Object.hasOwn(SORTS, raw) ? (raw as SortId) : "date-desc";
}

/** Sorted copy; undated incidents go last whichever way dates run, since their place is unknown. */
export function sortIncidents(list: readonly Incident[], sort: SortId): Incident[] {
  const dated = (a: Incident, b: Incident, dir: 1 | -1) => {
    if (a.dateFrom === null || b.dateFrom === null)
      return (a.dateFrom === null ? 1 : 0) - (b.dateFrom === null ? 1 : 0);
    return dir * a.dateFrom.localeCompare(b.dateFrom);
  };
  const compare: Record<SortId, (a: Incident, b: Incident) => number> = {
    "date-desc": (a, b) => dated(a, b, -1),
    "date-asc": (a, b) => dated(a, b, 1),
    sources: (a, b) => b.independentSources - a.independentSources || b.sources - a.sources,
    updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
    id: (a, b) => a.seq - b.seq,
  };
  return [...list].sort((a, b) => compare[sort](a, b) || a.seq - b.seq);
}

/** "INC-3, 17 inc-00021" → the ids, or the first entry that is not one. */
export function parseIncidentList(text: string): { ids: string[]; bad: string | null } {
  const ids: string[] = [];
  for (const part of text.split(/[\s,;]+/).filter(Boolean)) {
    const id = parseIncidentId(part);
    if (id === null) return { ids, bad: part };
    if (!ids.includes(id)) ids.push(id);
  }
  return { ids, bad: null };
}

/** The review queue's order: assigned to me first, then the longest waiting (least recently changed). */
export function queueOrder(list: readonly Incident[], me: string): Incident[] {
  return [...list].sort(
    (a, b) =>
      Number(b.assignee === me) - Number(a.assignee === me) ||
      a.updatedAt.localeCompare(b.updatedAt) ||
      a.seq - b.seq,
  );
}
