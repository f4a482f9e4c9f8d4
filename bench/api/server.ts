import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDossier } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { buildServer, DEFAULT_WEB_ROOT } from "../../src/server/server.js";
import { populate } from "./populate.js";

// The server side of the API benchmark, in a process of its own so that the load generator
// does not share its event loop: fills a fresh store, logs in, listens, reports on stdout.

const incidents = Number(process.argv[2] ?? 100_000);
const sources = Number(process.argv[3] ?? 20_000);
const dir = await mkdtemp(join(tmpdir(), "dossier-bench-api-"));
const filling = openDossier(loadConfig({ dataDir: dir, actor: "bench" }, {}));
const t = performance.now();
await populate(filling, { incidents, sources });
await filling.close();
const populateSeconds = (performance.now() - t) / 1000;
// Served from a fresh start on the filled store, as an operator would run it.
const dossier = openDossier(loadConfig({ dataDir: dir, actor: "bench" }, {}));
const password = "load test password 1";
await dossier.auth.createUser({ username: "bench", password, role: "investigator" }, { actor: "bench" });
const app = await buildServer({ dossier, webRoot: DEFAULT_WEB_ROOT });
const address = await app.listen({ host: "127.0.0.1", port: 0 });
// A real login over HTTP, as a browser would do it, so the session cookie is the one a browser keeps.
const login = await fetch(`${address}/api/auth/login`, {
  method: "POST",
  headers: { origin: address, "content-type": "application/json" },
  body: JSON.stringify({ username: "bench", password }),
});
if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
const cookie = login.headers.getSetCookie()[0]?.split(";")[0] ?? "";
process.stdout.write(`${JSON.stringify({ address, cookie, populateSeconds })}\n`);
process.on("SIGTERM", async () => {
  await app.close();
  await dossier.close();
  process.exit(0);
});
