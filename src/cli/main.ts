import { Command, CommanderError } from "commander";
import { AuthError } from "../auth/index.js";
import { ConfigError } from "../config.js";
import { CaseError } from "../investigate/incidents/errors.js";
import { StoreError } from "../store/store.js";
import { registerAnalyze } from "./commands/analyze.js";
import { registerAssess } from "./commands/assess.js";
import { registerAudit } from "./commands/audit.js";
import { registerCasework } from "./commands/casework.js";
import { registerExtract } from "./commands/extract.js";
import { registerGrade } from "./commands/grade.js";
import { registerIncidents } from "./commands/incidents.js";
import { registerIngest } from "./commands/ingest.js";
import { registerReanalyze } from "./commands/reanalyze.js";
import { registerSearch } from "./commands/search.js";
import { registerServe } from "./commands/serve.js";
import { registerShow } from "./commands/show.js";
import { registerSources } from "./commands/sources.js";
import { registerStats } from "./commands/stats.js";
import { registerUser } from "./commands/user.js";
import { type CommandContext, defaultContext } from "./context.js";
import { UsageError } from "./errors.js";

export function buildProgram(ctx: CommandContext): Command {
  const program = new Command("dossier")
    .description("Capture, preserve, analyse and search reports of alleged war crimes and civilian harm.")
    .version("0.1.0")
    .option(
      "--data-dir <path>",
      "where the store and preserved originals live (default ./data, or DOSSIER_DATA_DIR)",
    )
    .option("--as <user>", "who is acting, recorded in the audit log (default $DOSSIER_ACTOR or $USER)")
    .option(
      "--role <role>",
      "the acting user's role: investigator, reviewer, admin or partner",
      "investigator",
    )
    .configureHelp({ showGlobalOptions: true })
    .showHelpAfterError("(run with --help for usage)")
    .configureOutput({ writeOut: (s) => ctx.io.out(s.trimEnd()), writeErr: (s) => ctx.io.err(s.trimEnd()) })
    .exitOverride();
  registerIngest(program, ctx);
  registerExtract(program, ctx);
  registerAnalyze(program, ctx);
  registerReanalyze(program, ctx);
  registerSources(program, ctx);
  registerShow(program, ctx);
  registerSearch(program, ctx);
  registerStats(program, ctx);
  registerIncidents(program, ctx);
  registerCasework(program, ctx);
  registerGrade(program, ctx);
  registerAssess(program, ctx);
  registerAudit(program, ctx);
  registerUser(program, ctx);
  registerServe(program, ctx);
  const all = (c: Command): Command[] => [c, ...c.commands.flatMap(all)];
  for (const sub of all(program)) sub.exitOverride();
  return program;
}

/** Runs the CLI and returns the exit status: 0 ok, 1 something failed, 2 the command was misused. */
export async function run(argv: string[], ctx: CommandContext = defaultContext()): Promise<number> {
  const program = buildProgram(ctx);
  try {
    await program.parseAsync(argv, { from: "user" });
    return ctx.status.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === "commander.helpDisplayed" || error.code === "commander.version" ? 0 : 2;
    }
    if (
      error instanceof UsageError ||
      error instanceof ConfigError ||
      error instanceof StoreError ||
      error instanceof CaseError ||
      error instanceof AuthError
    ) {
      ctx.io.err(`dossier: ${error.message}`);
      return 2;
    }
    ctx.io.err(`dossier: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.DOSSIER_DEBUG && error instanceof Error) ctx.io.err(error.stack ?? "");
    return 1;
  }
}
