import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CommandContext, defaultContext } from "./context.js";
import { run } from "./main.js";

export interface CliRun {
  code: number;
  out: string;
  err: string;
  /** stdout parsed as one JSON document. */
  json<T = unknown>(): T;
  /** stdout parsed as JSON Lines. */
  lines<T = unknown>(): T[];
}

/** A data directory of its own and a way to run `dossier …` in-process against it. */
export async function cliHarness(env: NodeJS.ProcessEnv = {}) {
  const dataDir = await mkdtemp(join(tmpdir(), "dossier-cli-"));
  const fullEnv = { DOSSIER_DATA_DIR: dataDir, DOSSIER_ACTOR: "tester", ...env };
  async function dossier(...argv: string[]): Promise<CliRun> {
    const out: string[] = [];
    const err: string[] = [];
    const ctx: CommandContext = defaultContext(
      { out: (l) => out.push(l), err: (l) => err.push(l), tty: false },
      fullEnv,
    );
    const code = await run(argv, ctx);
    const stdout = out.join("\n");
    return {
      code,
      out: stdout,
      err: err.join("\n"),
      json: <T>() => JSON.parse(stdout) as T,
      lines: <T>() =>
        stdout
          .split("\n")
          .filter(Boolean)
          .map((l) => JSON.parse(l) as T),
    };
  }
  return { dataDir, dossier };
}
