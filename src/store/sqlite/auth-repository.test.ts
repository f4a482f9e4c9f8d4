import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { authRepositoryContract } from "../../auth/repository-contract.js";
import { SqliteAuthRepository } from "./auth-repository.js";
import { SqliteStore } from "./sqlite-store.js";

authRepositoryContract("sqlite", async () => {
  const dir = await mkdtemp(join(tmpdir(), "dossier-auth-repo-"));
  return new SqliteAuthRepository(new SqliteStore({ path: join(dir, "db.sqlite") }));
});
