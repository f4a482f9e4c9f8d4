import type { Command } from "commander";
import type { Analysis, FigureMention, IncidentMention, QuoteMention } from "../../domain/analysis.js";
import type { StoredSource } from "../../store/store.js";
import { type CommandContext, globalOverrides } from "../context.js";
import { UsageError } from "../errors.js";
import { type Io, paint, printJson } from "../output.js";

function originText(source: StoredSource): string {
  const o = source.capture.origin;
  switch (o.kind) {
    case "url":
      return o.url;
    case "file":
      return o.path;
    case "jsonl":
      return `${o.path}:${o.line}`;
    case "stdin":
      return "standard input";
  }
}

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

function mentionLines(analysis: Analysis): string[] {
  return [
    ...entityLines(analysis),
    ...analysis.dates.map((d) => `date: "${d.text}" → ${d.from === d.to ? d.from : `${d.from}..${d.to}`}`),
    ...analysis.quotes.map(quoteLine),
    ...analysis.figures.map(figureLine),
    ...analysis.incidents.map(incidentLine),
    ...analysis.assessments.map((a) => `${a.kind}${a.by ? ` by ${a.by.name}` : ""}: "${a.claim.text}"`),
  ];
}

function printSource(io: Io, source: StoredSource): void {
  io.out(paint(io, "bold", source.title ?? "(untitled)"));
  const meta: [string, string | null][] = [
    ["id", source.id],
    ["outlet", source.outlet],
    ["byline", source.byline],
    ["published", source.publishedAt],
    ["language", source.lang],
    ["url", source.url],
    ["origin", originText(source)],
    ["sha256", source.sha256],
    ["media type", `${source.capture.mediaType}${source.capture.encoding === "gzip" ? " (gzip)" : ""}`],
    ["size", `${source.capture.size} bytes`],
    ["retrieved", `${source.capture.retrievedAt} by ${source.capture.capturedBy}`],
    ["extractor", source.extractor],
  ];
  for (const [k, v] of meta) if (v) io.out(`${paint(io, "dim", k.padEnd(11))}${v}`);
  if (source.capture.http)
    io.out(
      `${paint(io, "dim", "http".padEnd(11))}${source.capture.http.status} ${source.capture.http.finalUrl}`,
    );
  for (const s of source.sightings) {
    io.out(`${paint(io, "dim", "also seen".padEnd(11))}${JSON.stringify(s.origin)} at ${s.seenAt}`);
  }
  io.out("");
  io.out(source.text);
  if (source.analysis) {
    io.out("");
    io.out(paint(io, "bold", "Mentions"));
    for (const line of mentionLines(source.analysis)) io.out(`  ${line}`);
  }
}

export function registerShow(program: Command, ctx: CommandContext): void {
  program
    .command("show")
    .description("show one source: metadata, capture record, extracted text and mentions")
    .argument("<id>", "source id, or a unique prefix of at least 4 characters")
    .option("--json", "print the source, its capture record and its analysis as JSON")
    .option("--original", "write the preserved original bytes to standard output instead")
    .action(async (id: string, opts, command: Command) => {
      await ctx.withDossier(globalOverrides(command), async ({ store, blobs }) => {
        const source = await store.getSource(id);
        if (source === null) throw new UsageError(`no source with id "${id}" (see: dossier sources)`);
        if (opts.original) {
          const bytes = await blobs.get(source.sha256);
          if (bytes === null)
            throw new Error(`the original of ${source.id} (${source.sha256}) is missing from the blob store`);
          process.stdout.write(bytes);
          return;
        }
        if (opts.json) return printJson(ctx.io, source);
        printSource(ctx.io, source);
      });
    });
}
