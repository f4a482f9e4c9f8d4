import swagger from "@fastify/swagger";
import Fastify, { type FastifyInstance } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { Dossier } from "../app.js";
import { errorHandler, notFoundHandler } from "./errors.js";
import { sourceRoutes } from "./routes/sources.js";

export interface ServerOptions {
  dossier: Dossier;
  logger?: boolean;
}

/** The HTTP API over a running Dossier; handlers stay thin and call the same functions as the CLI. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 1024 * 1024 });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);
  await app.register(swagger, {
    openapi: { info: { title: "Dossier API", version: "0.1.0" } },
    transform: jsonSchemaTransform,
  });
  await app.register(sourceRoutes(options.dossier));
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  return app;
}
