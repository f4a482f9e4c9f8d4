import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import { type Dossier, openDossier } from "../app.js";
import { loadConfig } from "../config.js";
import type { Role } from "../investigate/review/roles.js";
import { buildServer } from "./server.js";

export const PASSWORD = "a long enough test password";

/** Fictional reports: a strike on a clinic (reported twice) and shelling of a school. */
export const REPORTS = {
  "clinic-a.txt": `Title: Clinic struck in Kharkiv
Outlet: Sample Herald
Published: 2023-05-02T09:00:00Z

A missile strike hit a children's clinic in Kharkiv on Monday, killing two people, city officials said.
The strike destroyed the clinic's ground floor.`,
  "clinic-b.txt": `Title: Kharkiv clinic hit by missile
Outlet: Riverside Daily
Published: 2023-05-02T12:00:00Z

A Russian missile hit a children's clinic in Kharkiv on Monday, the regional governor said, adding that three people were killed.`,
  "school.txt": `Title: School shelled in Sumy
Outlet: Northern Ledger
Published: 2023-06-10T08:00:00Z

Artillery shelling damaged a school in Sumy on Friday night, local officials said. No one was hurt.`,
};

export interface Client {
  get(url: string): Promise<LightMyRequestResponse>;
  send(
    method: "POST" | "PUT" | "PATCH" | "DELETE",
    url: string,
    payload?: unknown,
  ): Promise<LightMyRequestResponse>;
}

/**
 * A Dossier with the fictional reports ingested, one user per role (the partner belongs to
 * "partner-inst"), and a logged-in client for each, as a browser would be.
 */
export async function apiHarness(): Promise<{
  dossier: Dossier;
  app: FastifyInstance;
  as: Record<Role, Client>;
  anonymous: Client;
  close(): Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), "dossier-api-"));
  const dossier = openDossier(loadConfig({ dataDir: join(dir, "data"), actor: "tester" }, {}));
  const files = [];
  for (const [name, text] of Object.entries(REPORTS)) {
    await writeFile(join(dir, name), text);
    files.push(join(dir, name));
  }
  await dossier.ingest(files);
  const roles: Role[] = ["admin", "investigator", "reviewer", "partner"];
  for (const role of roles) {
    await dossier.auth.createUser(
      { username: role, password: PASSWORD, role, ...(role === "partner" && { partnerId: "partner-inst" }) },
      { actor: "tester" },
    );
  }
  const app = await buildServer({ dossier, webRoot: null });
  const client = (cookie: string | null, csrf: string | null): Client => ({
    get: (url) => app.inject({ method: "GET", url, headers: cookie ? { cookie } : {} }),
    send: (method, url, payload) => {
      const options: InjectOptions = {
        method,
        url,
        headers: {
          origin: "http://localhost:80",
          ...(cookie && { cookie }),
          ...(csrf && { "x-csrf-token": csrf }),
        },
        ...(payload !== undefined && { payload: payload as object }),
      };
      return app.inject(options);
    },
  });
  const as = {} as Record<Role, Client>;
  for (const role of roles) {
    const res = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { origin: "http://localhost:80" },
      payload: { username: role, password: PASSWORD },
    });
    if (res.statusCode !== 200) throw new Error(`login of ${role} failed: ${res.body}`);
    as[role] = client(String(res.headers["set-cookie"]).split(";")[0] ?? "", res.json().csrfToken);
  }
  return {
    dossier,
    app,
    as,
    anonymous: client(null, null),
    async close() {
      await app.close();
      await dossier.close();
    },
  };
}
