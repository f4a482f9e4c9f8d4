import type { EntityMention } from "../../domain/analysis.js";
import type { Span } from "../../domain/span.js";
import { resolvePlace } from "../places/resolve.js";
import type { PreparedText } from "../text/prepare.js";
import type { IncidentPlace } from "./place.js";

/**
 * The wire-copy opening that says where a story was filed: "MARIUPOL, Ukraine, March 16
 * (EWS) -", "KYIV (Reuters) -", "Dubai, United Arab Emirates (CNN) -". Its place is where the
 * reporter was, which is usually but not always where the event happened; its date is the
 * filing date, never the event's.
 */
export interface Dateline extends Span {
  /** The filing place when it resolves to a settlement or a region. */
  place: IncidentPlace | null;
}

const COUNTRY_PART = String.raw`(?:,\s*(?<country>\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}))?`;
const DATE_PART = String.raw`(?:,?\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}))?`;
const DASH = String.raw`\s*(?:--?|–|—)\s`;
// All capitals need no agency after them ("SINGAPORE —"); a place in ordinary case does,
// or every sentence opening with a name and a dash would pass.
const CAPITALS = new RegExp(
  String.raw`^(?<place>\p{Lu}[\p{Lu}'’.-]+(?:[ -]\p{Lu}[\p{Lu}'’.-]+){0,3})${COUNTRY_PART}${DATE_PART}(?:\s*\([^()\n]{1,40}\))?${DASH}`,
  "u",
);
const TITLE_CASE = new RegExp(
  String.raw`^(?<place>\p{Lu}\p{Ll}[\p{Ll}'’-]*(?:\s\p{Lu}\p{Ll}[\p{Ll}'’-]*){0,2})${COUNTRY_PART}${DATE_PART}\s*\([^()\n]{1,40}\)${DASH}`,
  "u",
);

/** Paragraphs searched: a title or a byline line can come before the dateline. */
const OPENING_PARAGRAPHS = 3;

function resolved(name: string, start: number, country: string | undefined): IncidentPlace | null {
  const hint = country === undefined ? null : (resolvePlace(country)?.country ?? null);
  const ref = resolvePlace(name, { countryHint: hint });
  if (ref === null || ref.precision === "country") return null;
  return { start, end: start + name.length, text: name, ref, name: ref.name };
}

function fromEntities(entities: readonly EntityMention[], start: number, end: number): IncidentPlace | null {
  const e = entities.find(
    (x) =>
      x.type === "place" &&
      x.start < end &&
      x.end > start &&
      x.place != null &&
      x.place.precision !== "country",
  );
  if (e === undefined || e.place == null) return null;
  return { start: e.start, end: e.end, text: e.text, ref: e.place, name: e.name };
}

/** The dateline at the start of one of the opening paragraphs; null when there is none. */
export function findDateline(doc: PreparedText, entities: readonly EntityMention[]): Dateline | null {
  for (const paragraph of doc.paragraphs.slice(0, OPENING_PARAGRAPHS)) {
    const head = doc.text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 120));
    const m = CAPITALS.exec(head) ?? TITLE_CASE.exec(head);
    const name = m?.groups?.place;
    if (m === null || name === undefined) continue;
    const start = paragraph.start;
    const place =
      fromEntities(entities, start, start + name.length) ?? resolved(name, start, m.groups?.country);
    return { start, end: start + m[0].length, text: m[0], place };
  }
  return null;
}
