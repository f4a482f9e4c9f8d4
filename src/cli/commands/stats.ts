import type { Command } from "commander";
import { type CommandContext, globalOverrides } from "../context.js";
import { printJson, printTable } from "../output.js";

export function registerStats(program: Command, ctx: CommandContext): void {
  program
    .command("stats")
    .description("what the store holds: sources, originals, words, outlets, languages, audit entries")
    .option("--json", "print as JSON")
    .action(async (opts, command: Command) => {
      await ctx.withDossier(globalOverrides(command), async ({ store, config }) => {
        const stats = await store.stats();
        if (opts.json) return printJson(ctx.io, { dataDir: config.dataDir, ...stats });
        const { io } = ctx;
        io.out(`data dir     ${config.dataDir}`);
        io.out(`sources      ${stats.sources} (${stats.analyzed} analysed)`);
        io.out(
          `originals    ${stats.captures} (${(stats.bytes / 1024 / 1024).toFixed(1)} MiB), ${stats.sightings} repeat sightings`,
        );
        io.out(`words        ${stats.words}`);
        io.out(`published    ${stats.published.first ?? "—"} … ${stats.published.last ?? "—"}`);
        io.out(`audit log    ${stats.auditEntries} entries`);
        if (stats.byOutlet.length) {
          io.out("");
          printTable(
            io,
            ["outlet", "sources"],
            stats.byOutlet.map((o) => [o.outlet, String(o.sources)]),
          );
        }
        if (stats.byLang.length) {
          io.out("");
          printTable(
            io,
            ["language", "sources"],
            stats.byLang.map((l) => [l.lang, String(l.sources)]),
          );
        }
      });
    });
}
