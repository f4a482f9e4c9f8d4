import type { Command } from "commander";
import { buildServer } from "../../server/server.js";
import { type CommandContext, globalOverrides } from "../context.js";
import { parseNonNegativeInt } from "../errors.js";

export function registerServe(program: Command, ctx: CommandContext): void {
  program
    .command("serve")
    .description("serve the JSON API (binds to 127.0.0.1 unless --host says otherwise)")
    .option("--host <address>", "address to listen on (default 127.0.0.1, or DOSSIER_HOST)")
    .option("--port <n>", "port to listen on (default 8480, or DOSSIER_PORT)")
    .action(async (opts, command: Command) => {
      const overrides = {
        ...globalOverrides(command),
        host: opts.host,
        port: opts.port === undefined ? undefined : parseNonNegativeInt(opts.port, "--port"),
      };
      await ctx.withDossier(overrides, async (dossier) => {
        const app = await buildServer({ dossier });
        const { host, port } = dossier.config.server;
        const address = await app.listen({ host, port });
        ctx.io.err(`Dossier is serving ${dossier.config.dataDir} at ${address}/api/sources (Ctrl-C to stop)`);
        await new Promise<void>((resolve) => {
          const stop = () => resolve();
          process.once("SIGINT", stop);
          process.once("SIGTERM", stop);
        });
        await app.close();
      });
    });
}
