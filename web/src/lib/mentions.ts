import type { Analysis } from "../../../src/domain/analysis.js";
import { formatDayRange, formatRange, humanize } from "./format.js";
import type { Highlight } from "./highlight.js";

// What the analyzer found in a source, as highlights by kind, each with a label saying what
// it was read as. The kinds double as CSS classes (`mark.hl-place`).

export const MENTION_KINDS = [
  "entity",
  "place",
  "date",
  "quote",
  "figure",
  "incident",
  "assessment",
] as const;

export type MentionKind = (typeof MENTION_KINDS)[number];

export const KIND_LABELS: Record<MentionKind, { name: string; description: string }> = {
  entity: { name: "People and organisations", description: "named people and organisations" },
  place: { name: "Places", description: "place names, resolved against the gazetteer where possible" },
  date: { name: "Dates", description: "dates and periods, resolved to days" },
  quote: { name: "Quotes", description: "what someone is reported to have said" },
  figure: { name: "Figures", description: "counts of people killed, injured, displaced and so on" },
  incident: { name: "Incidents", description: "sentences describing a violent event" },
  assessment: { name: "Assessments", description: "findings and allegations stated in the text" },
};

export interface LabelledHighlight extends Highlight {
  kind: MentionKind;
  label: string;
}

function entityHighlights(analysis: Analysis): LabelledHighlight[] {
  return analysis.entities.map((e, i) => {
    if (e.type === "place") {
      const where = e.place
        ? `${e.place.name}${e.place.country ? `, ${e.place.country}` : ""}`
        : "not found in the gazetteer";
      return { start: e.start, end: e.end, kind: "place", id: `place-${i}`, label: `Place: ${where}` };
    }
    const what = e.type === "person" ? "Person" : "Organisation";
    return { start: e.start, end: e.end, kind: "entity", id: `entity-${i}`, label: `${what}: ${e.name}` };
  });
}

/** Every mention in an analysis as a labelled highlight. */
export function analysisHighlights(analysis: Analysis): LabelledHighlight[] {
  return [
    ...entityHighlights(analysis),
    ...analysis.dates.map(
      (d, i): LabelledHighlight => ({
        start: d.start,
        end: d.end,
        kind: "date",
        id: `date-${i}`,
        label: `Date: ${formatDayRange(d.from, d.to)} (${d.precision})`,
      }),
    ),
    ...analysis.quotes.map(
      (q, i): LabelledHighlight => ({
        start: q.start,
        end: q.end,
        kind: "quote",
        id: `quote-${i}`,
        label: `Quote (${q.kind}) by ${q.speaker?.name ?? "an unnamed speaker"}${q.relayedBy ? `, as relayed by ${q.relayedBy.name}` : ""}`,
      }),
    ),
    ...analysis.figures.map(
      (f, i): LabelledHighlight => ({
        start: f.start,
        end: f.end,
        kind: "figure",
        id: `figure-${i}`,
        label: `Figure: ${formatRange(f.low, f.high)} ${humanize(f.measure)} (${f.who})${f.attributedTo ? `, according to ${f.attributedTo.name}` : ""}${f.hedges.length > 0 ? ", hedged" : ""}`,
      }),
    ),
    ...analysis.incidents.map(
      (m, i): LabelledHighlight => ({
        start: m.start,
        end: m.end,
        kind: "incident",
        id: `incident-${i}`,
        label: `Incident: ${m.eventType}${m.place ? ` in ${m.place.name}` : ""} (${m.stance})`,
      }),
    ),
    ...analysis.assessments.map(
      (a, i): LabelledHighlight => ({
        start: a.start,
        end: a.end,
        kind: "assessment",
        id: `assessment-${i}`,
        label: `${a.kind === "allegation" ? "Allegation" : a.kind === "determination" ? "Determination" : "Assessment"} by ${a.by?.name ?? "an unnamed party"}: ${a.claim.text}`,
      }),
    ),
  ];
}

export function countByKind(highlights: readonly LabelledHighlight[]): Record<MentionKind, number> {
  const counts = Object.fromEntries(MENTION_KINDS.map((k) => [k, 0])) as Record<MentionKind, number>;
  for (const h of highlights) counts[h.kind]++;
  return counts;
}
