import type { Command } from "commander";
import { type Dossier, openDossier } from "../app.js";
import { type Config, type ConfigOverrides, loadConfig } from "../config.js";
import { type Io, processIo } from "./output.js";

/** What every command gets: its I/O, the configuration, and a way to open the store. */
export interface CommandContext {
  io: Io;
  /** Set by a command that finished but had failures (e.g. some inputs could not be ingested). */
  status: { code: number };
  config(overrides?: ConfigOverrides): Config;
  /** Opens the store for the duration of `work` and always closes it. */
  withDossier<T>(overrides: ConfigOverrides, work: (dossier: Dossier) => Promise<T>): Promise<T>;
}

export function defaultContext(io: Io = processIo(), env: NodeJS.ProcessEnv = process.env): CommandContext {
  return {
    io,
    status: { code: 0 },
    config: (overrides = {}) => loadConfig(overrides, env),
    async withDossier(overrides, work) {
      const dossier = openDossier(loadConfig(overrides, env));
      try {
        return await work(dossier);
      } finally {
        await dossier.close();
      }
    },
  };
}

/** Options every subcommand accepts, read from the command and its parents. */
export function globalOverrides(command: Command): ConfigOverrides {
  const opts = command.optsWithGlobals() as { dataDir?: string; as?: string };
  return { dataDir: opts.dataDir, actor: opts.as };
}
