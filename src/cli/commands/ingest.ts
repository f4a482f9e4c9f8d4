import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import type { IngestEvent, IngestSummary } from "../../pipeline/ingest.js";
import { type CommandContext, globalOverrides } from "../context.js";
import { parsePositiveInt } from "../errors.js";
import { type Io, paint, printJson } from "../output.js";

function eventLine(io: Io, e: IngestEvent): string {
  switch (e.kind) {
    case "ingested":
      return `${paint(io, "green", "ingested")}  ${e.sourceId}  ${e.label}${e.warning ? ` (${e.warning})` : ""}`;
    case "duplicate":
      return `${paint(io, "yellow", "already present")}  ${e.sourceId}  ${e.label}`;
    case "failed":
      return `${paint(io, "red", "failed")}  ${e.label}: ${e.reason}`;
  }
}

function printSummary(io: Io, s: IngestSummary): void {
  io.err(`${s.ingested} ingested, ${s.duplicates} already present, ${s.failed.length} failed`);
  for (const f of s.failed) io.err(`  ${paint(io, "red", "failed")} ${f.label}: ${f.reason}`);
  for (const w of s.warnings) io.err(`  ${paint(io, "yellow", "warning")} ${w.label}: ${w.warning}`);
}

export function registerIngest(program: Command, ctx: CommandContext): void {
  program
    .command("ingest")
    .description(
      "capture, preserve, extract, analyse and store reports: files, folders, .gz, .jsonl, URLs, - for stdin",
    )
    .argument("<inputs...>", "files, folders (recursively), http(s) URLs, or - for standard input")
    .option("--allow-private", "allow URLs that resolve to loopback, private or link-local addresses")
    .option(
      "--max-bytes <n>",
      "largest input accepted, in bytes (default 64 MiB, or DOSSIER_MAX_INPUT_BYTES)",
    )
    .option("--timeout <ms>", "give up on a URL after this many milliseconds")
    .option("--json", "print the summary as JSON")
    .option("--quiet", "print only the summary")
    .action(async (inputs: string[], opts, command: Command) => {
      const overrides = {
        ...globalOverrides(command),
        allowPrivate: opts.allowPrivate ? true : undefined,
        maxInputBytes:
          opts.maxBytes === undefined ? undefined : parsePositiveInt(opts.maxBytes, "--max-bytes"),
        fetchTimeoutMs: opts.timeout === undefined ? undefined : parsePositiveInt(opts.timeout, "--timeout"),
      };
      const { io } = ctx;
      const showBar = io.tty && Boolean(process.stderr.isTTY) && !opts.json;
      const bar = new SingleBar({
        format: "ingesting [{bar}] {value}/{total} {label}",
        stream: process.stderr,
        hideCursor: true,
        clearOnComplete: true,
      });
      let done = 0;
      const summary = await ctx.withDossier(overrides, (dossier) =>
        dossier.ingest(inputs, {
          ...(process.stdin.isTTY ? {} : { stdin: process.stdin }),
          onPlanned: (n) => {
            if (showBar && n > 1) bar.start(n, 0, { label: "" });
          },
          onEvent: (e) => {
            done++;
            if (bar.isActive) {
              // A JSON Lines file is one planned input but many items: grow the total as they come.
              if (done > bar.getTotal()) bar.setTotal(done);
              bar.update(done, { label: e.label.slice(-40) });
            } else if (!opts.quiet && !opts.json) {
              io.out(eventLine(io, e));
            }
          },
        }),
      );
      bar.stop();
      if (opts.json) printJson(io, summary);
      else printSummary(io, summary);
      if (summary.failed.length > 0) ctx.status.code = 1;
    });
}
