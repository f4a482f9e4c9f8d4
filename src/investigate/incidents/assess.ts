import type { Reliability } from "../grading/admiralty.js";
import { type CredibilitySuggestion, suggestCredibility } from "../grading/credibility.js";
import { type ReliabilityOverride, reliabilityFor } from "../grading/reliability.js";
import { detectCues } from "../legal/cues.js";
import { suggestProvisions } from "../legal/suggest.js";
import type { CasualtyFact, ConflictContext, Fact, LegalFacts, LegalSuggestions } from "../legal/types.js";
import type { IncidentSummary, MentionRecord } from "../merge/index.js";

const CASUALTY_MEASURES = new Set(["killed", "injured", "killed_or_injured"]);

/** What the sources say about an incident, in the terms legal characterisation reasons with. */
export function legalFacts(summary: IncidentSummary, records: readonly MentionRecord[]): LegalFacts {
  const casualties: Fact<CasualtyFact>[] = [];
  for (const f of summary.figures) {
    if (!CASUALTY_MEASURES.has(f.measure)) continue;
    for (const v of f.values) {
      const others = f.conflict ? f.values.filter((o) => o !== v).flatMap((o) => o.mentionIds) : [];
      casualties.push({
        value: { measure: f.measure as CasualtyFact["measure"], who: f.who, low: v.low, high: v.high },
        support: v.mentionIds,
        ...(others.length > 0 && { contradictedBy: others }),
      });
    }
  }
  const [perpetrator, ...otherPerpetrators] = summary.perpetrators;
  const denials = summary.stance.denied.map((d) => d.mentionId);
  return {
    eventType: { value: summary.eventType.value, support: summary.eventType.supporters },
    targets: summary.targets.map((t) => ({
      value: { category: t.category, object: t.object },
      support: t.supporters,
    })),
    casualties,
    perpetrator: perpetrator
      ? {
          value: perpetrator.name,
          support: perpetrator.supporters,
          ...(otherPerpetrators.length > 0 && {
            contradictedBy: otherPerpetrators.flatMap((p) => p.supporters),
          }),
        }
      : null,
    stance: denials.length > 0 ? "denied" : summary.stance.confirmed.length > 0 ? "confirmed" : "alleged",
    denials,
    cues: detectCues(records.map((r) => ({ id: r.mentionId, text: r.mention.text }))),
  };
}

/** The Rome Statute provisions the incident may engage: a suggestion for legal review, never a finding. */
export function legalSuggestions(
  summary: IncidentSummary | null,
  records: readonly MentionRecord[],
  conflict: ConflictContext | null,
): LegalSuggestions | null {
  return summary === null ? null : suggestProvisions(legalFacts(summary, records), { conflict });
}

/**
 * The reliability grade of a source's outlet, by its URL's domain and by the outlet's name: a
 * team's grade under either wins, then the shipped defaults, else F (cannot be judged).
 */
export function sourceReliability(
  source: { url: string | null; outlet: string | null },
  overrides: readonly ReliabilityOverride[],
): { grade: Reliability; basis: string; key: string | null } {
  const resolved = [source.url, source.outlet].flatMap((k) => (k ? [reliabilityFor(k, overrides)] : []));
  const best =
    resolved.find((r) => r.basis === "override") ??
    resolved.find((r) => r.basis === "default") ??
    resolved[0];
  return best
    ? { grade: best.grade, basis: best.basis, key: best.key }
    : { grade: "F", basis: "unknown", key: null };
}

/**
 * A suggested credibility for the incident's core claim (that the event happened as typed):
 * from its independent sources and their reliability. Contradiction means independent
 * reports placing or dating it otherwise; a denial by the accused party is shown with the
 * incident but is not, by itself, a contradicting source.
 */
export function suggestIncidentCredibility(
  summary: IncidentSummary | null,
  reliabilityOfGroup: ReadonlyMap<string, Reliability>,
): CredibilitySuggestion {
  const groups = summary?.sources.syndicationGroups ?? [];
  const conflicting = [...(summary?.conflictingPlaces ?? []), ...(summary?.conflictingDates ?? [])];
  return suggestCredibility({
    independentSources: groups.length,
    contradictingSources: Math.max(0, ...conflicting.map((c) => c.independent)),
    sourceReliabilities: groups.map((g) => reliabilityOfGroup.get(g) ?? "F"),
    confirmedByAuthority: (summary?.stance.confirmed.length ?? 0) > 0,
  });
}
