import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { type Dossier, openDossier } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import type { Role } from "../../src/investigate/review/roles.js";
import { buildServer } from "../../src/server/server.js";

export const SAMPLE_CORPUS = fileURLToPath(new URL("../../sample/corpus", import.meta.url));

export const PASSWORD = "correct horse battery staple";

export interface RunningApp {
  /** http://127.0.0.1:<port>, what the browser opens. */
  url: string;
  dossier: Dossier;
  close(): Promise<void>;
}

/**
 * Dossier serving the given UI build on 127.0.0.1 (a free port), over a new empty data folder.
 * In-process rather than `dossier serve` in a child: the test reaches the store and the setup
 * token directly, there is no port to read back from output, and nothing can outlive the test.
 */
export async function startApp(options: { webRoot: string }): Promise<RunningApp> {
  const dir = await mkdtemp(join(tmpdir(), "dossier-e2e-data-"));
  // An empty environment: nothing from the developer's shell (DOSSIER_*) changes what is tested.
  const dossier = openDossier(loadConfig({ dataDir: join(dir, "data"), actor: "e2e" }, {}));
  let app: FastifyInstance | null = null;
  try {
    app = await buildServer({ dossier, webRoot: options.webRoot });
    const url = await app.listen({ host: "127.0.0.1", port: 0 });
    const server = app;
    return {
      url,
      dossier,
      async close() {
        await server.close();
        await dossier.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await app?.close();
    await dossier.close();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** An account made directly in the store, for tests where creating it is not the point. */
export async function addUser(
  dossier: Dossier,
  user: { username: string; role: Role; partnerId?: string },
): Promise<void> {
  await dossier.auth.createUser({ ...user, password: PASSWORD }, { actor: "e2e" });
}
