import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Serves the built web UI from `root` when it has been built; true when it is served. */
export async function serveWebApp(app: FastifyInstance, root: string): Promise<boolean> {
  if (!existsSync(join(root, "index.html"))) return false;
  await app.register(fastifyStatic, { root, prefix: "/", wildcard: false, index: ["index.html"] });
  return true;
}
