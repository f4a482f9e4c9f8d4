import { fileURLToPath } from "node:url";
import swagger from "@fastify/swagger";
import Fastify, { type FastifyInstance } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { Dossier } from "../app.js";
import { authPlugin, registerSecurityHeaders } from "../auth/index.js";
import { errorHandler, notFoundHandler } from "./errors.js";
import { adminRoutes } from "./routes/admin.js";
import { assessmentRoutes } from "./routes/assessments.js";
import { auditRoutes } from "./routes/audit.js";
import { caseworkRoutes } from "./routes/casework.js";
import { incidentRoutes } from "./routes/incidents.js";
import { ingestRoutes } from "./routes/ingest.js";
import { sourceRoutes } from "./routes/sources.js";
import { serveWebApp } from "./static.js";

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL("../../web/dist", import.meta.url));

export interface ServerOptions {
  dossier: Dossier;
  /** Browsers reach the app over HTTPS (directly or through a TLS-terminating proxy). */
  secure?: boolean;
  /** Origins the UI is served from, when a proxy rewrites Host (see the auth plugin). */
  trustedOrigins?: string[];
  /** Trust X-Forwarded-* from a proxy in front. */
  trustProxy?: boolean;
  /** Built web UI to serve; null for the API alone. */
  webRoot?: string | null;
  /** Certificate and key: the server speaks HTTPS itself. */
  https?: { cert: Buffer; key: Buffer };
  logger?: boolean;
}

/**
 * The HTTP API and web UI over a running Dossier. Every route is a short chain: a zod schema
 * validates, the auth plugin identifies and the route's guard authorizes, a domain function
 * does the work, a presenter shapes the answer; errors come from one catalogue.
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { dossier } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: options.trustProxy ?? false,
    ...(options.https && { https: options.https }),
    // Fastify types an instance by its server kind (HTTP or HTTPS); the routes work on either.
  }) as unknown as FastifyInstance;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  await registerSecurityHeaders(app, { tls: options.secure ?? false });
  await app.register(swagger, {
    openapi: { info: { title: "Dossier API", version: "0.1.0" } },
    transform: jsonSchemaTransform,
  });
  await app.register(authPlugin, {
    service: dossier.auth,
    secureCookies: options.secure ?? false,
    ...(options.trustedOrigins && { trustedOrigins: options.trustedOrigins }),
  });
  for (const routes of [
    sourceRoutes,
    incidentRoutes,
    caseworkRoutes,
    assessmentRoutes,
    adminRoutes,
    auditRoutes,
    ingestRoutes,
  ]) {
    await app.register(routes(dossier));
  }
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  const webRoot = options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot;
  const ui = webRoot !== null && (await serveWebApp(app, webRoot));
  app.setNotFoundHandler((request, reply) => {
    // The UI's own routes (e.g. /incidents/INC-00003) load its index page.
    if (ui && request.method === "GET" && !request.url.startsWith("/api/"))
      return reply.sendFile("index.html");
    return notFoundHandler(request, reply);
  });
  return app;
}
