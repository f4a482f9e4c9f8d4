import type { Command } from "commander";
import { ANALYZER_VERSION, analyze } from "../../analyze/index.js";
import { reanalyzeSources } from "../../investigate/incidents/reanalysis.js";
import { type CommandContext, globalOverrides } from "../context.js";

export function registerReanalyze(program: Command, ctx: CommandContext): void {
  program
    .command("reanalyze")
    .description(
      `re-run analysis (and incident merging) on sources analysed by another analyzer than ${ANALYZER_VERSION}`,
    )
    .option("--all", "re-run on every source, not only outdated ones")
    .option("--json", "print the summary as JSON")
    .action(async (opts, command: Command) => {
      await ctx.withDossier(globalOverrides(command), async ({ store, config, investigation }) => {
        const ids = opts.all
          ? (await store.listSources({ limit: Number.MAX_SAFE_INTEGER, offset: 0 })).items.map((s) => s.id)
          : await store.sourcesNeedingAnalysis(ANALYZER_VERSION);
        const result = await reanalyzeSources({
          store,
          ids,
          actor: config.actor,
          analyze: (s) => analyze(s.text, { publishedAt: s.publishedAt, lang: s.lang }),
        });
        investigation.reset();
        const summary = { analyzer: ANALYZER_VERSION, ...result };
        if (opts.json) ctx.io.out(JSON.stringify(summary, null, 2));
        else {
          ctx.io.err(
            `${result.reanalyzed} source(s) analysed with ${ANALYZER_VERSION}, ${result.failed.length} failed`,
          );
          for (const f of result.failed) ctx.io.err(`  failed ${f.id}: ${f.reason}`);
        }
        if (result.failed.length > 0) ctx.status.code = 1;
      });
    });
}
