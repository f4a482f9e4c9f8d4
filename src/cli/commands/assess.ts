import type { Command } from "commander";
import { CONFIDENCE, LIKELIHOODS } from "../../investigate/assessments/estimative.js";
import { renderAssessment } from "../../investigate/assessments/render.js";
import {
  type AssessmentStep,
  recordAssessment,
  recordThirdParty,
  stepAssessment,
} from "../../investigate/incidents/operations/assessments.js";
import { type CommandContext, globalOverrides, operationContext } from "../context.js";
import { parseNonNegativeInt, UsageError } from "../errors.js";
import { printJson } from "../output.js";
import { incidentIdArg } from "./incidents.js";

const STEPS: AssessmentStep[] = ["submit", "return", "sign-off", "withdraw"];

export function registerAssess(program: Command, ctx: CommandContext): void {
  const assess = program
    .command("assess")
    .description(
      "assessments: findings over incidents with ICD 203 likelihood and confidence, signed off by a reviewer",
    );

  assess
    .command("new")
    .description("draft an assessment over incidents")
    .requiredOption(
      "--statement <clause>",
      'the finding, e.g. "members of X\'s forces have committed war crimes in Y"',
    )
    .requiredOption("--incident <ids...>", "the incidents it rests on")
    .requiredOption("--likelihood <term>", `one of: ${Object.keys(LIKELIHOODS).join(", ")}`)
    .requiredOption("--confidence <level>", `one of: ${Object.keys(CONFIDENCE).join(", ")}`)
    .requiredOption("--as-of <date>", "based on information available as of (YYYY-MM-DD)")
    .action(async (opts, command: Command) => {
      await ctx.withDossier(globalOverrides(command), async (dossier) => {
        const a = await recordAssessment(operationContext(command, dossier), {
          statement: opts.statement,
          incidentIds: (opts.incident as string[]).map(incidentIdArg),
          likelihood: opts.likelihood,
          confidence: opts.confidence,
          asOf: opts.asOf,
          thirdParty: null,
        });
        ctx.io.out(`${a.id} drafted: ${renderAssessment(a)}`);
      });
    });

  assess
    .command("third-party <source> <index>")
    .description("record an assessment a source states (its analysis lists them, numbered from 0)")
    .option("--incident <ids...>", "incidents it concerns")
    .action(async (source: string, index: string, opts, command: Command) => {
      await ctx.withDossier(globalOverrides(command), async (dossier) => {
        const a = await recordThirdParty(operationContext(command, dossier), {
          sourceId: source,
          index: parseNonNegativeInt(index, "index"),
          ...(opts.incident && { incidentIds: (opts.incident as string[]).map(incidentIdArg) }),
        });
        ctx.io.out(`${a.id} recorded: ${renderAssessment(a)}`);
      });
    });

  for (const step of STEPS) {
    assess
      .command(`${step} <id>`)
      .description(`${step.replace("-", " ")} an assessment`)
      .requiredOption("--note <text>", "why (required)")
      .action(async (id: string, opts, command: Command) => {
        await ctx.withDossier(globalOverrides(command), async (dossier) => {
          const a = await stepAssessment(
            operationContext(command, dossier),
            id.toUpperCase(),
            step,
            opts.note,
          );
          ctx.io.out(`${a.id} is now ${a.status.replace("_", " ")}`);
        });
      });
  }

  assess
    .command("list")
    .description("every assessment, newest first")
    .option("--json", "print as JSON")
    .action(async (opts, command: Command) => {
      await ctx.withDossier(globalOverrides(command), async ({ store }) => {
        const all = await store.listAssessments();
        if (opts.json) return printJson(ctx.io, all);
        if (all.length === 0) return ctx.io.out("No assessments yet.");
        for (const a of all) ctx.io.out(`${a.id}  ${a.status.padEnd(12)} ${renderAssessment(a)}`);
      });
    });

  assess
    .command("show <id>")
    .description("one assessment with its history")
    .option("--json", "print as JSON")
    .action(async (id: string, opts, command: Command) => {
      await ctx.withDossier(globalOverrides(command), async ({ store }) => {
        const found = await store.getAssessment(id.toUpperCase());
        if (found === null) throw new UsageError(`no assessment ${id}`);
        if (opts.json) return printJson(ctx.io, found);
        ctx.io.out(renderAssessment(found.assessment));
        for (const e of found.events) ctx.io.out(`  ${e.at} ${e.actor} (${e.role}) ${e.action}: ${e.note}`);
      });
    });
}
