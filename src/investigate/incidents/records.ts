import type { Analysis } from "../../domain/analysis.js";
import type { IncidentFacets, IncidentOverrides } from "../../domain/incident.js";
import type { IncidentSummary, MentionRecord } from "../merge/index.js";

/** The id of a source's `index`-th incident mention: stable as long as the analysis is. */
export function mentionIdFor(sourceId: string, index: number): string {
  return `${sourceId}:${index}`;
}

/** A source's incident mentions as merging sees them, with the figures each one points to. */
export function mentionRecords(input: {
  sourceId: string;
  analysis: Analysis;
  publishedAt: string | null;
  syndicationGroup: string;
}): MentionRecord[] {
  const { sourceId, analysis, publishedAt, syndicationGroup } = input;
  return analysis.incidents.map((mention, i) => ({
    mentionId: mentionIdFor(sourceId, i),
    sourceId,
    syndicationGroup,
    mention,
    figures: mention.figures.flatMap((f) => analysis.figures[f] ?? []),
    publishedAt,
  }));
}

/** Records with their sources' current syndication groups (groups join as copies turn up). */
export function regrouped(records: MentionRecord[], groupOf: (sourceId: string) => string): MentionRecord[] {
  return records.map((r) => {
    const group = groupOf(r.sourceId);
    return group === r.syndicationGroup ? r : { ...r, syndicationGroup: group };
  });
}

function tally(summary: IncidentSummary | null, measure: "killed" | "injured") {
  const figures = summary?.figures.filter((f) => f.measure === measure) ?? [];
  if (figures.length === 0) return null;
  // The largest claimed group (e.g. "civilians" over "children", who are among them) stands for the total.
  const widest = figures.reduce((a, b) => ((b.low ?? 0) > (a.low ?? 0) ? b : a));
  return { low: widest.low, high: widest.high };
}

/**
 * The columns an incident is listed by, from its summary with analysts' overrides on top.
 * Sources attached by hand count towards its sources, and towards independent ones unless
 * they are copies of a report already counted.
 */
export function incidentFacets(input: {
  summary: IncidentSummary | null;
  overrides: IncidentOverrides;
  manual: { sourceId: string; group: string }[];
  /** Publication dates of the reports, for incidents no report dates. */
  published?: (string | null)[];
}): IncidentFacets {
  const { summary, overrides, manual } = input;
  const place = overrides.place ?? null;
  const ref = summary?.place?.value.ref ?? null;
  const firstReported = (input.published ?? []).flatMap((p) => (p ? [p.slice(0, 10)] : [])).sort()[0];
  const [date, dateBasis] = overrides.date
    ? [overrides.date, "analyst" as const]
    : summary?.date
      ? [summary.date.value, "reported" as const]
      : firstReported
        ? [{ from: firstReported, to: firstReported }, "publication" as const]
        : [null, null];
  const sources = new Set(summary?.sources.sourceIds ?? []);
  const groups = new Set(summary?.sources.syndicationGroups ?? []);
  for (const m of manual) {
    sources.add(m.sourceId);
    groups.add(m.group);
  }
  return {
    eventType: overrides.eventType ?? summary?.eventType.value ?? null,
    placeName: place?.name ?? summary?.place?.value.name ?? null,
    lat: place?.lat ?? ref?.lat ?? null,
    lon: place?.lon ?? ref?.lon ?? null,
    dateFrom: date?.from ?? null,
    dateTo: date?.to ?? null,
    dateBasis,
    categories: [...new Set(summary?.targets.map((t) => t.category) ?? [])],
    sources: sources.size,
    independentSources: groups.size,
    killed: tally(summary, "killed"),
    injured: tally(summary, "injured"),
  };
}
