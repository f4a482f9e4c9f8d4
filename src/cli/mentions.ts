import type { Analysis, FigureMention, IncidentMention, QuoteMention } from "../domain/analysis.js";

// One line per mention, for people reading a terminal; --json gives the full records.

function entityLines(analysis: Analysis): string[] {
  const names = (type: string) =>
    new Set(analysis.entities.filter((e) => e.type === type).map((e) => e.name));
  const places = new Set(
    analysis.entities
      .filter((e) => e.type === "place")
      .map((e) => (e.place ? `${e.name} (${e.place.lat.toFixed(3)}, ${e.place.lon.toFixed(3)})` : e.name)),
  );
  const lines: string[] = [];
  for (const [label, set] of [
    ["people", names("person")],
    ["organisations", names("organization")],
    ["places", places],
  ] as const) {
    if (set.size) lines.push(`${label}: ${[...set].join("; ")}`);
  }
  return lines;
}

function quoteLine(q: QuoteMention): string {
  const who = q.speaker ? q.speaker.name : "unattributed";
  const via = q.relayedBy ? ` (via ${q.relayedBy.name})` : "";
  return `quote [${who}${via}]: “${q.text.length > 120 ? `${q.text.slice(0, 119)}…` : q.text}”`;
}

function figureLine(f: FigureMention): string {
  const range = f.high === null ? `≥ ${f.low}` : f.low === f.high ? `${f.low}` : `${f.low ?? "?"}–${f.high}`;
  const by = f.attributedTo ? ` per ${f.attributedTo.name}` : "";
  return `figure: ${f.measure} ${f.who} ${range}${by}${f.hedges.length ? " (hedged)" : ""} — "${f.text}"`;
}

function incidentLine(i: IncidentMention): string {
  const targets = i.targets.map((t) => `${t.object} [${t.category}]`).join(", ");
  const where = i.place ? ` in ${i.place.name}` : "";
  const when = i.date
    ? ` on ${i.date.from === i.date.to ? i.date.from : `${i.date.from}..${i.date.to}`}`
    : "";
  return `incident: ${i.eventType}${where}${when}${targets ? ` — ${targets}` : ""} (${i.stance})`;
}

export function mentionLines(analysis: Analysis): string[] {
  return [
    ...entityLines(analysis),
    ...analysis.dates.map((d) => `date: "${d.text}" → ${d.from === d.to ? d.from : `${d.from}..${d.to}`}`),
    ...analysis.quotes.map(quoteLine),
    ...analysis.figures.map(figureLine),
    ...analysis.incidents.map(incidentLine),
    ...analysis.assessments.map((a) => `${a.kind}${a.by ? ` by ${a.by.name}` : ""}: "${a.claim.text}"`),
  ];
}
