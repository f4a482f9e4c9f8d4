import type { Command } from "commander";
import type { SnippetPart } from "../../store/store.js";
import { type CommandContext, globalOverrides } from "../context.js";
import { parseNonNegativeInt, parsePositiveInt } from "../errors.js";
import { formatOf, type Io, paint, printJson, printJsonl } from "../output.js";

function renderSnippet(io: Io, parts: SnippetPart[]): string {
  const text = parts
    .map((p) => (p.hit ? (io.tty ? paint(io, "yellow", p.text) : `[${p.text}]`) : p.text))
    .join("");
  return text.replace(/\s+/g, " ").trim();
}

export function registerSearch(program: Command, ctx: CommandContext): void {
  program
    .command("search")
    .description('full-text search, ranked, with highlighted snippets ("phrases", prefix*, OR, -exclude)')
    .argument("<query...>", "what to look for")
    .option("--limit <n>", "how many results", "20")
    .option("--offset <n>", "skip this many results", "0")
    .option("--json", "print one JSON document")
    .option("--jsonl", "print one JSON object per hit")
    .action(async (words: string[], opts, command: Command) => {
      const page = {
        limit: parsePositiveInt(opts.limit, "--limit"),
        offset: parseNonNegativeInt(opts.offset, "--offset"),
      };
      const query = words.join(" ");
      await ctx.withDossier(globalOverrides(command), async ({ store }) => {
        const result = await store.search(query, page);
        const format = formatOf(opts);
        if (format === "json") return printJson(ctx.io, { query, ...result });
        if (format === "jsonl") return printJsonl(ctx.io, result.hits);
        if (result.total === 0) return ctx.io.out(`No sources match "${query}".`);
        for (const hit of result.hits) {
          const s = hit.source;
          const head = `${paint(ctx.io, "cyan", s.id)}  ${s.publishedAt?.slice(0, 10) ?? "—"}  ${s.outlet ?? "—"}`;
          ctx.io.out(`${head}  ${paint(ctx.io, "bold", s.title ?? "(untitled)")}`);
          ctx.io.out(`    ${renderSnippet(ctx.io, hit.snippet)}`);
        }
        const shown = page.offset + result.hits.length;
        ctx.io.out(
          `${result.total} matching source${result.total === 1 ? "" : "s"}${shown < result.total ? `; --offset ${shown} for more` : ""}`,
        );
      });
    });
}
