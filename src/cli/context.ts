import type { Command } from "commander";
import { type Dossier, openDossier } from "../app.js";
import { type Config, type ConfigOverrides, loadConfig } from "../config.js";
import type { OperationContext } from "../investigate/incidents/operations/context.js";
import { type Actor, ROLES, type Role } from "../investigate/review/roles.js";
import { UsageError } from "./errors.js";
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

/** Who acts on the command line: the --as user with the --role given (investigator unless said). */
export function actorOf(command: Command, config: Config): Actor {
  const { role = "investigator" } = command.optsWithGlobals() as { role?: string };
  if (!(ROLES as readonly string[]).includes(role)) {
    throw new UsageError(`--role must be one of ${ROLES.join(", ")}, not "${role}"`);
  }
  return { id: config.actor, role: role as Role };
}

/** The context analyst operations run in, for this command. */
export function operationContext(command: Command, dossier: Dossier): OperationContext {
  return {
    store: dossier.store,
    actor: actorOf(command, dossier.config),
    onMembershipChanged: () => dossier.investigation.reset(),
  };
}
