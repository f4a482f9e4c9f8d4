import type { SupportingSource } from "../../../src/investigate/incidents/view.js";
import type { Membership } from "../../../src/store/investigation.js";
import { formatRange, humanize } from "./format.js";
import type { Highlight } from "./highlight.js";

// The words in each source that an incident rests on: the sentence describing the event and,
// inside it, the place, date, targets, perpetrator, denial and figures it was read to state.

export const EVIDENCE_KINDS = [
  "incident",
  "place",
  "date",
  "target",
  "perpetrator",
  "figure",
  "denial",
] as const;

export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const EVIDENCE_LABELS: Record<EvidenceKind, string> = {
  incident: "Description of the event",
  place: "Place",
  date: "Date",
  target: "What was hit",
  perpetrator: "Alleged perpetrator",
  figure: "Casualty figure",
  denial: "Denial",
};

export interface EvidenceHighlight extends Highlight {
  kind: EvidenceKind;
  label: string;
  mentionId: string;
}

function of(
  m: Membership,
  kind: EvidenceKind,
  span: { start: number; end: number },
  label: string,
): EvidenceHighlight {
  return {
    start: span.start,
    end: span.end,
    kind,
    label,
    mentionId: m.mentionId,
    id: `${kind}:${m.mentionId}:${span.start}`,
  };
}

/** Highlights for one member mention, all in its own source's text. */
export function mentionEvidence(m: Membership): EvidenceHighlight[] {
  const mention = m.record.mention;
  const out: EvidenceHighlight[] = [of(m, "incident", mention, `${mention.eventType} (${mention.stance})`)];
  if (mention.place)
    out.push(of(m, "place", mention.place, `Place: ${mention.place.ref?.name ?? mention.place.name}`));
  if (mention.date)
    out.push(
      of(
        m,
        "date",
        mention.date,
        `Date: ${mention.date.from}${mention.date.to !== mention.date.from ? ` to ${mention.date.to}` : ""}`,
      ),
    );
  for (const t of mention.targets) out.push(of(m, "target", t, `Target: ${t.object} (${t.category})`));
  if (mention.perpetrator)
    out.push(of(m, "perpetrator", mention.perpetrator, `Alleged perpetrator: ${mention.perpetrator.name}`));
  if (mention.denial)
    out.push(
      of(m, "denial", mention.denial, `Denial${mention.denial.by ? ` by ${mention.denial.by.name}` : ""}`),
    );
  for (const f of m.record.figures) {
    out.push(of(m, "figure", f, `Figure: ${formatRange(f.low, f.high)} ${humanize(f.measure)} (${f.who})`));
  }
  return out;
}

/** Every highlight an incident has in one source. */
export function sourceEvidence(members: readonly Membership[], sourceId: string): EvidenceHighlight[] {
  return members.filter((m) => m.sourceId === sourceId).flatMap(mentionEvidence);
}

/** Which sources state something, from the ids of the mentions that do: copies grouped, order kept. */
export function backers(
  mentionIds: readonly string[],
  members: readonly Membership[],
  sources: readonly SupportingSource[],
): { sources: SupportingSource[]; groups: number } {
  const sourceOfMention = new Map(members.map((m) => [m.mentionId, m.sourceId]));
  const byId = new Map(sources.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const out: SupportingSource[] = [];
  for (const id of mentionIds) {
    const sourceId = sourceOfMention.get(id);
    const source = sourceId === undefined ? undefined : byId.get(sourceId);
    if (source === undefined || seen.has(source.id)) continue;
    seen.add(source.id);
    out.push(source);
  }
  return { sources: out, groups: new Set(out.map((s) => s.syndicationGroup)).size };
}

/** Sources by syndication group: copies of one report sit together and count once. */
export function syndicationGroups(sources: readonly SupportingSource[]): SupportingSource[][] {
  const groups = new Map<string, SupportingSource[]>();
  for (const s of sources) {
    const list = groups.get(s.syndicationGroup);
    if (list) list.push(s);
    else groups.set(s.syndicationGroup, [s]);
  }
  return [...groups.values()];
}

export function sourceLabel(s: Pick<SupportingSource, "outlet" | "title" | "id">): string {
  return s.outlet ?? s.title ?? `source ${s.id}`;
}
