import type { Command } from "commander";
import { type Anchor, describeReport, parseAnchor, verifyAudit } from "../../audit/verify.js";
import { type CommandContext, globalOverrides } from "../context.js";
import { parseNonNegativeInt, parsePositiveInt, UsageError } from "../errors.js";
import { printJson, printJsonl } from "../output.js";

export function registerAudit(program: Command, ctx: CommandContext): void {
  const audit = program.command("audit").description("the tamper-evident log of every change");

  audit
    .command("verify")
    .description("recompute the hash chain and check every stored row against it")
    .option(
      "--head <seq:hash>",
      "a head published earlier (from `dossier audit head`): detects a cut-off or rewritten log",
    )
    .option("--json", "print the report as JSON")
    .action(async (opts, command: Command) => {
      let anchor: Anchor | null = null;
      if (opts.head !== undefined) {
        anchor = parseAnchor(opts.head);
        if (anchor === null)
          throw new UsageError(
            `--head takes seq:hash as printed by \`dossier audit head\`, got "${opts.head}"`,
          );
      }
      await ctx.withDossier(globalOverrides(command), async ({ store }) => {
        const report = await verifyAudit(
          { entries: store.auditEntries(), rows: () => store.currentRowDigests() },
          { anchor },
        );
        if (opts.json) printJson(ctx.io, report);
        else if (report.ok) {
          ctx.io.out(`audit log intact: ${report.entries} entries, ${report.rowsChecked} rows match it`);
          if (report.head) ctx.io.out(`head ${report.head.seq}:${report.head.hash}`);
        } else for (const line of describeReport(report)) ctx.io.err(line);
        if (!report.ok) ctx.status.code = 1;
      });
    });

  audit
    .command("head")
    .description(
      "the latest entry as seq:hash, to publish or send to a partner so later truncation is detectable",
    )
    .action(async (_opts, command: Command) => {
      await ctx.withDossier(globalOverrides(command), async ({ store }) => {
        const head = await store.auditHead();
        ctx.io.out(head === null ? "the audit log is empty" : `${head.seq}:${head.hash}`);
      });
    });

  audit
    .command("log")
    .description("entries in order (who did what, when)")
    .option("--from <seq>", "start at this entry", "1")
    .option("--limit <n>", "how many", "50")
    .option("--json", "print one JSON document")
    .option("--jsonl", "print one JSON object per entry")
    .action(async (opts, command: Command) => {
      const from = parseNonNegativeInt(opts.from, "--from");
      const limit = parsePositiveInt(opts.limit, "--limit");
      await ctx.withDossier(globalOverrides(command), async ({ store }) => {
        const entries = [];
        for await (const e of store.auditEntries(from)) {
          entries.push(e);
          if (entries.length >= limit) break;
        }
        if (opts.json) return printJson(ctx.io, entries);
        if (opts.jsonl) return printJsonl(ctx.io, entries);
        for (const e of entries) {
          const { rows: _rows, ...payload } = (e.payload ?? {}) as Record<string, unknown>;
          ctx.io.out(`${e.seq}  ${e.at}  ${e.actor}  ${e.action}  ${JSON.stringify(payload).slice(0, 120)}`);
        }
      });
    });
}
