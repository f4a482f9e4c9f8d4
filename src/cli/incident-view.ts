import type { Incident } from "../domain/incident.js";
import type { IncidentView } from "../investigate/incidents/view.js";
import type { FigureSummary } from "../investigate/merge/index.js";
import { type Io, paint } from "./output.js";

// How an incident reads on a terminal; --json gives the whole IncidentView.

function range(low: number | null, high: number | null): string {
  if (low === null && high === null) return "?";
  if (high === null) return `${low ?? 0}+`;
  if (low === high) return String(low);
  return `${low ?? 0}–${high}`;
}

export function incidentRow(i: Incident): string[] {
  const when = i.dateFrom ? (i.dateFrom === i.dateTo ? i.dateFrom : `${i.dateFrom}..${i.dateTo}`) : "—";
  const killed = i.killed ? range(i.killed.low, i.killed.high) : "";
  return [
    i.id,
    i.status,
    when,
    i.placeName ?? "—",
    `${i.independentSources}/${i.sources}`,
    killed,
    `${i.eventType ?? "—"}${i.categories.length ? ` · ${i.categories.join(", ")}` : ""}${i.title ? ` · ${i.title}` : ""}`,
  ];
}

export const INCIDENT_HEADER = ["id", "status", "date", "place", "indep/src", "killed", "event · targets"];

function figureLine(f: FigureSummary): string {
  const who = f.claims.map(
    (c) => `${range(c.low, c.high)} per ${c.attributedTo ?? c.sourceId}${c.hedged ? " (hedged)" : ""}`,
  );
  const flag = f.conflict ? " — SOURCES DISAGREE" : "";
  return `${f.measure} ${f.who}: ${range(f.low, f.high)}${flag}  [${who.join("; ")}]`;
}

function summaryLines(io: Io, view: IncidentView): void {
  const s = view.summary;
  if (s === null) {
    io.out("  no mentions from sources (created or emptied by hand)");
    return;
  }
  const sup = (n: { supporters: string[]; independent: number }) =>
    `(${n.independent} independent, ${n.supporters.length} mentions)`;
  io.out(`  event     ${s.eventType.value} ${sup(s.eventType)}`);
  for (const t of s.otherEventTypes) io.out(`            also read as ${t.value} ${sup(t)}`);
  if (s.place) io.out(`  place     ${s.place.value.name} ${sup(s.place)}`);
  for (const p of s.conflictingPlaces) io.out(`            CONFLICTING: ${p.value.name} ${sup(p)}`);
  if (s.date)
    io.out(
      `  date      ${s.date.value.from}${s.date.value.to !== s.date.value.from ? `..${s.date.value.to}` : ""} ${sup(s.date)}`,
    );
  for (const d of s.conflictingDates)
    io.out(`            CONFLICTING: ${d.value.from}..${d.value.to} ${sup(d)}`);
  for (const t of s.targets) io.out(`  target    ${t.object} [${t.category}] (${t.independent} independent)`);
  for (const p of s.perpetrators) io.out(`  alleged   by ${p.name} (${p.independent} independent)`);
  for (const d of s.stance.denied)
    io.out(`  denied    ${d.by?.name ?? "?"}: "${d.denial?.text ?? d.span.text}" (${d.sourceId})`);
  for (const c of s.stance.confirmed) io.out(`  confirmed "${c.span.text.slice(0, 100)}" (${c.sourceId})`);
  for (const f of s.figures) io.out(`  figure    ${figureLine(f)}`);
}

export function printIncidentView(io: Io, view: IncidentView): void {
  const i = view.incident;
  io.out(
    paint(
      io,
      "bold",
      `${i.id}  ${i.title ?? i.eventType ?? "incident"}${i.placeName ? ` — ${i.placeName}` : ""}`,
    ),
  );
  io.out(
    `  status    ${i.status}${i.assignee ? ` (assigned to ${i.assignee})` : ""}${i.flags.length ? ` · flags: ${i.flags.join(", ")}` : ""}`,
  );
  io.out(
    `  sources   ${i.sources}, of which ${i.independentSources} independent (copies of one report count once)`,
  );
  if (Object.keys(i.overrides).length) io.out(`  edited    ${JSON.stringify(i.overrides)}`);
  summaryLines(io, view);
  const cred = view.credibility.suggested;
  io.out(`  credibility suggested ${cred.grade} (${cred.label}): ${cred.reasons.join("; ")}`);
  for (const g of view.credibility.graded)
    io.out(`  credibility of ${g.claim}: ${g.grade} by ${g.setBy} — ${g.note}`);
  io.out(paint(io, "bold", "Sources"));
  for (const s of view.sources) {
    const copy = s.syndicationGroup !== s.id ? ` · copy of ${s.syndicationGroup}` : "";
    const hand = s.attachedByHand ? ` · attached by ${s.attachedByHand.addedBy}` : "";
    io.out(
      `  ${s.id}  [${s.reliability.grade}] ${s.outlet ?? "—"} · ${s.publishedAt?.slice(0, 10) ?? "—"} · ${s.title ?? ""}${copy}${hand}`,
    );
  }
  io.out(paint(io, "bold", "Mentions and why they are here"));
  for (const m of view.members) {
    io.out(`  ${m.mentionId} (${m.how} by ${m.decidedBy}): "${m.record.mention.text.slice(0, 110)}"`);
    for (const r of m.reasons) io.out(`      ${r.kind}: ${r.detail}`);
  }
  if (view.legal) {
    io.out(
      paint(io, "bold", "Rome Statute provisions to consider (a suggestion for legal review, not a finding)"),
    );
    for (const s of view.legal.suggestions) {
      const c = s.counts;
      io.out(
        `  art. ${s.provision.id} ${s.provision.title} — elements: ${c.supported} supported, ${c.contested} contested, ${c.not_established} not established`,
      );
    }
  }
  if (view.history.length) {
    io.out(paint(io, "bold", "History"));
    for (const h of view.history) {
      const change = h.fromStatus !== h.toStatus ? ` ${h.fromStatus} → ${h.toStatus}` : "";
      io.out(`  ${h.at} ${h.actor} (${h.role}) ${h.kind}${change}: ${h.note}`);
    }
  }
}
