import type { Command } from "commander";
import { ANALYZER_VERSION, analyze } from "../../analyze/index.js";
import { type CommandContext, globalOverrides } from "../context.js";

export function registerReanalyze(program: Command, ctx: CommandContext): void {
  program
    .command("reanalyze")
    .description(
      `re-run analysis on sources analysed by an older analyzer than this one (${ANALYZER_VERSION})`,
    )
    .option("--all", "re-run on every source, not only outdated ones")
    .option("--json", "print the summary as JSON")
    .action(async (opts, command: Command) => {
      await ctx.withDossier(globalOverrides(command), async ({ store, config }) => {
        const ids = opts.all
          ? (await store.listSources({ limit: Number.MAX_SAFE_INTEGER, offset: 0 })).items.map((s) => s.id)
          : await store.sourcesNeedingAnalysis(ANALYZER_VERSION);
        const failed: { id: string; reason: string }[] = [];
        for (const id of ids) {
          const source = await store.getSource(id);
          if (source === null) continue;
          try {
            const analysis = analyze(source.text, { publishedAt: source.publishedAt, lang: source.lang });
            await store.saveAnalysis(id, analysis, config.actor);
          } catch (error) {
            failed.push({ id, reason: error instanceof Error ? error.message : String(error) });
          }
        }
        const summary = { analyzer: ANALYZER_VERSION, reanalyzed: ids.length - failed.length, failed };
        if (opts.json) ctx.io.out(JSON.stringify(summary, null, 2));
        else {
          ctx.io.err(
            `${summary.reanalyzed} source(s) analysed with ${ANALYZER_VERSION}, ${failed.length} failed`,
          );
          for (const f of failed) ctx.io.err(`  failed ${f.id}: ${f.reason}`);
        }
        if (failed.length > 0) ctx.status.code = 1;
      });
    });
}
