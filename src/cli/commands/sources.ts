import type { Command } from "commander";
import type { SourceSummary } from "../../store/store.js";
import { type CommandContext, globalOverrides } from "../context.js";
import { parseIsoDate, parseNonNegativeInt, parsePositiveInt } from "../errors.js";
import { formatOf, printJson, printJsonl, printTable } from "../output.js";

export function sourceRow(s: SourceSummary): string[] {
  return [
    s.id,
    s.publishedAt?.slice(0, 10) ?? "—",
    s.outlet ?? "—",
    String(s.words),
    s.title ?? "(untitled)",
  ];
}

export const SOURCE_HEADER = ["id", "published", "outlet", "words", "title"];

export function registerSources(program: Command, ctx: CommandContext): void {
  program
    .command("sources")
    .description("list stored sources, newest first")
    .option("--limit <n>", "how many to show", "50")
    .option("--offset <n>", "skip this many", "0")
    .option("--outlet <name>", "only sources from this outlet")
    .option("--lang <code>", "only sources in this language (ISO 639-1)")
    .option("--from <date>", "published on or after this date (YYYY-MM-DD)")
    .option("--to <date>", "published on or before this date (YYYY-MM-DD)")
    .option("--json", "print one JSON document")
    .option("--jsonl", "print one JSON object per line")
    .action(async (opts, command: Command) => {
      const query = {
        limit: parsePositiveInt(opts.limit, "--limit"),
        offset: parseNonNegativeInt(opts.offset, "--offset"),
        outlet: opts.outlet,
        lang: opts.lang,
        from: opts.from === undefined ? undefined : parseIsoDate(opts.from, "--from"),
        to: opts.to === undefined ? undefined : parseIsoDate(opts.to, "--to"),
      };
      await ctx.withDossier(globalOverrides(command), async ({ store }) => {
        const page = await store.listSources(query);
        const format = formatOf(opts);
        if (format === "json") return printJson(ctx.io, page);
        if (format === "jsonl") return printJsonl(ctx.io, page.items);
        if (page.total === 0)
          return ctx.io.out("No sources yet. Add some with: dossier ingest <file|folder|url>");
        printTable(ctx.io, SOURCE_HEADER, page.items.map(sourceRow));
        const shown = page.items.length;
        if (shown < page.total) {
          ctx.io.out(`${shown} of ${page.total} sources; --offset ${query.offset + shown} for more`);
        }
      });
    });
}
