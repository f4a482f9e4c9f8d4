import type { Command } from "commander";
import type { StoredSource } from "../../store/store.js";
import { type CommandContext, globalOverrides } from "../context.js";
import { UsageError } from "../errors.js";
import { mentionLines } from "../mentions.js";
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
    case "upload":
      return `upload "${o.name}"`;
    case "upload-jsonl":
      return `upload "${o.name}" line ${o.line}`;
  }
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
