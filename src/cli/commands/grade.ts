import type { Command } from "commander";
import { CREDIBILITY, RELIABILITY } from "../../investigate/grading/admiralty.js";
import { gradeClaim, gradeOutlet } from "../../investigate/incidents/operations/grading.js";
import { type CommandContext, globalOverrides, operationContext } from "../context.js";
import { parsePositiveInt } from "../errors.js";
import { printJson, printTable } from "../output.js";
import { incidentIdArg } from "./incidents.js";

export function registerGrade(program: Command, ctx: CommandContext): void {
  const grade = program
    .command("grade")
    .description("Admiralty code: outlet reliability A–F and claim credibility 1–6");

  grade
    .command("outlet <outlet> <grade>")
    .description(`set an outlet's reliability (${Object.keys(RELIABILITY).join(", ")}) by name, host or URL`)
    .requiredOption("--note <text>", "why (required)")
    .action(async (outlet: string, value: string, opts, command: Command) => {
      await ctx.withDossier(globalOverrides(command), async (dossier) => {
        const row = await gradeOutlet(operationContext(command, dossier), {
          outlet,
          grade: value,
          note: opts.note,
        });
        ctx.io.out(`${row.key} is graded ${row.grade}`);
      });
    });

  grade
    .command("claim <incident> <claim> <grade>")
    .description(
      `set the credibility (${Object.keys(CREDIBILITY).join(", ")}) of a claim, e.g. event, place, date, figure:killed`,
    )
    .requiredOption("--note <text>", "why (required)")
    .action(async (incident: string, claim: string, value: string, opts, command: Command) => {
      await ctx.withDossier(globalOverrides(command), async (dossier) => {
        const incidentId = incidentIdArg(incident);
        const n = parsePositiveInt(value, "grade");
        await gradeClaim(operationContext(command, dossier), {
          incidentId,
          claim,
          grade: n,
          note: opts.note,
        });
        ctx.io.out(`${incidentId} ${claim}: credibility ${n}`);
      });
    });

  grade
    .command("list")
    .description("outlet grades set by this team (unlisted outlets use the shipped defaults, else F)")
    .option("--json", "print as JSON")
    .action(async (opts, command: Command) => {
      await ctx.withDossier(globalOverrides(command), async ({ store }) => {
        const rows = await store.outletGrades();
        if (opts.json) return printJson(ctx.io, rows);
        if (rows.length === 0)
          return ctx.io.out("No outlet grades set yet: dossier grade outlet <outlet> <A–F> --note ...");
        printTable(
          ctx.io,
          ["outlet", "grade", "by", "note"],
          rows.map((r) => [r.key, r.grade, r.setBy, r.note]),
        );
      });
    });
}
