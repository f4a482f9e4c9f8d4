import type { EventType } from "../../../src/domain/analysis.js";
import type { IncidentOverrides } from "../../../src/domain/incident.js";
import type { IncidentView } from "../../../src/investigate/incidents/view.js";
import { isoDay } from "./filters.js";

/** The correction form's fields, as typed. */
export interface Draft {
  title: string;
  eventType: string;
  placeName: string;
  lat: string;
  lon: string;
  from: string;
  to: string;
  notes: string;
}

export function draftOf(view: IncidentView): Draft {
  const o = view.incident.overrides;
  return {
    title: view.incident.title ?? "",
    eventType: o.eventType ?? "",
    placeName: o.place?.name ?? "",
    lat: o.place ? String(o.place.lat) : "",
    lon: o.place ? String(o.place.lon) : "",
    from: o.date?.from ?? "",
    to: o.date?.to ?? "",
    notes: o.notes ?? "",
  };
}

/** The corrections as the API takes them, or what is wrong with the form. */
export function overridesOf(d: Draft): { overrides: IncidentOverrides; problem: string | null } {
  const overrides: IncidentOverrides = {};
  if (d.eventType !== "") overrides.eventType = d.eventType as EventType;
  const anyPlace = d.placeName.trim() !== "" || d.lat.trim() !== "" || d.lon.trim() !== "";
  if (anyPlace) {
    const lat = Number(d.lat);
    const lon = Number(d.lon);
    if (
      d.placeName.trim() === "" ||
      d.lat.trim() === "" ||
      d.lon.trim() === "" ||
      Math.abs(lat) > 90 ||
      Math.abs(lon) > 180
    ) {
      return {
        overrides,
        problem: "A place needs a name, a latitude (−90 to 90) and a longitude (−180 to 180).",
      };
    }
    overrides.place = { name: d.placeName.trim(), lat, lon };
  }
  if (d.from !== "" || d.to !== "") {
    const from = isoDay(d.from);
    const to = isoDay(d.to || d.from);
    if (from === null || to === null || from > to)
      return { overrides, problem: "The dates need a first day on or before the last." };
    overrides.date = { from, to };
  }
  if (d.notes.trim() !== "") overrides.notes = d.notes.trim();
  return { overrides, problem: null };
}
