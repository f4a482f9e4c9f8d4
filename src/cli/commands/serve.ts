import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { assertSafeBind, setupLink, UnsafeBindError } from "../../auth/index.js";
import { buildServer } from "../../server/server.js";
import { type CommandContext, globalOverrides } from "../context.js";
import { parseNonNegativeInt, UsageError } from "../errors.js";

export function registerServe(program: Command, ctx: CommandContext): void {
  program
    .command("serve")
    .description(
      "serve the web app and API (on 127.0.0.1 unless told otherwise; HTTPS needed beyond this machine)",
    )
    .option("--host <address>", "address to listen on (default 127.0.0.1, or DOSSIER_HOST)")
    .option("--port <n>", "port to listen on (default 8480, or DOSSIER_PORT)")
    .option("--allow-insecure-public", "serve plain HTTP on a public address (only behind a TLS proxy)")
    .action(async (opts, command: Command) => {
      const overrides = {
        ...globalOverrides(command),
        host: opts.host,
        port: opts.port === undefined ? undefined : parseNonNegativeInt(opts.port, "--port"),
        allowInsecurePublic: opts.allowInsecurePublic ? true : undefined,
      };
      await ctx.withDossier(overrides, async (dossier) => {
        const { host, port, tls, allowInsecurePublic, publicOrigin, webRoot } = dossier.config.server;
        try {
          const { warning } = assertSafeBind({ host, tls: tls !== null, allowInsecurePublic });
          if (warning) ctx.io.err(`warning: ${warning}`);
        } catch (error) {
          if (error instanceof UnsafeBindError) throw new UsageError(error.message);
          throw error;
        }
        const app = await buildServer({
          dossier,
          secure: tls !== null || publicOrigin?.startsWith("https:") === true,
          trustProxy: allowInsecurePublic,
          ...(publicOrigin && { trustedOrigins: [publicOrigin] }),
          ...(webRoot && { webRoot: resolve(webRoot) }),
          ...(tls && { https: { cert: readFileSync(tls.cert), key: readFileSync(tls.key) } }),
        });
        const address = await app.listen({ host, port });
        const base = publicOrigin ?? address.replace("://127.0.0.1", "://localhost");
        ctx.io.err(`Dossier is serving ${dossier.config.dataDir} at ${base}`);
        if (await dossier.auth.needsSetup()) {
          const { token } = await dossier.auth.createSetupToken();
          ctx.io.err(
            `No administrator yet. Open this one-time link to create one: ${setupLink(base, token)}`,
          );
          ctx.io.err("(or run: dossier user add <name> admin)");
        }
        ctx.io.err("Ctrl-C to stop.");
        await new Promise<void>((done) => {
          process.once("SIGINT", () => done());
          process.once("SIGTERM", () => done());
        });
        await app.close();
      });
    });
}
