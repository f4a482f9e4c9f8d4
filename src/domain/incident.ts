import type { EventType } from "./analysis.js";

// What is stored of an incident. The canonical fields are derived from its members (see
// investigate/merge/summarize.ts); analysts' edits are kept apart, as overrides, so that
// both the machine's reading and the people's correction stay visible.

export type IncidentStatusId = "new" | "in_review" | "corroborated" | "verified" | "disputed" | "rejected";

/** Analysts' corrections of derived fields; a field that is absent is not overridden. */
export interface IncidentOverrides {
  eventType?: EventType;
  place?: { name: string; lat: number; lon: number };
  date?: { from: string; to: string };
  notes?: string;
}

/** The columns an incident is listed and filtered by, derived from its summary and overrides. */
export interface IncidentFacets {
  eventType: EventType | null;
  placeName: string | null;
  lat: number | null;
  lon: number | null;
  dateFrom: string | null;
  dateTo: string | null;
  /**
   * Where the dates come from: stated in the reports, set by an analyst, or, when no report
   * dates the event, the day it was first reported (the event happened then or before).
   */
  dateBasis: "reported" | "analyst" | "publication" | null;
  /** Target categories, e.g. ["Healthcare"]. */
  categories: string[];
  sources: number;
  independentSources: number;
  killed: { low: number | null; high: number | null } | null;
  injured: { low: number | null; high: number | null } | null;
}

export interface Incident extends IncidentFacets {
  id: string;
  seq: number;
  status: IncidentStatusId;
  assignee: string | null;
  title: string | null;
  overrides: IncidentOverrides;
  flags: string[];
  /** Set when an analyst merged this incident into another one. */
  mergedInto: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

/** Incident ids are "INC-" and a zero-padded sequence number: short to type, stable in a store. */
export function incidentIdFor(seq: number): string {
  return `INC-${String(seq).padStart(5, "0")}`;
}

/** Accepts "INC-00042", "inc-42" or "42". */
export function parseIncidentId(input: string): string | null {
  const m = /^(?:inc-?)?0*(\d{1,9})$/i.exec(input.trim());
  return m ? incidentIdFor(Number(m[1])) : null;
}
