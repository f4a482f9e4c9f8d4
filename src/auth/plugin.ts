import type { FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { Role } from "../investigate/review/roles.js";
import { clearedSessionCookie, readSessionCookie } from "./cookie.js";
import { CSRF_HEADER, crossOriginReason, csrfTokenValid, isStateChanging } from "./csrf.js";
import { AuthError } from "./errors.js";
import { deny } from "./guards.js";
import { authRoutes } from "./routes.js";
import type { AuthService } from "./service.js";

export interface AuthPluginOptions {
  service: AuthService;
  /**
   * Secure cookies with the `__Host-` prefix. True whenever browsers reach the app over HTTPS,
   * including through a TLS-terminating proxy; false only for plain HTTP on loopback.
   */
  secureCookies: boolean;
  /**
   * Origins the web UI is served from (e.g. "https://dossier.example.org"). Without it, a request's
   * own origin (scheme and Host header) is the only one accepted; behind a proxy that rewrites Host,
   * or to defeat DNS rebinding of a local server, list the real origins here.
   */
  trustedOrigins?: string[];
  /** Roles that may not change anything, whatever route forgets to check (default: partner). */
  readOnlyRoles?: Role[];
  /** Register the /api/auth/* routes (default true). */
  routes?: boolean;
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function identify(
  options: AuthPluginOptions,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  const authorization = header(request, "authorization");
  if (authorization !== undefined) {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
    if (token === undefined) {
      throw new AuthError("unauthenticated", "the Authorization header must be 'Bearer <API token>'");
    }
    const found = await options.service.authenticateApiToken(token);
    if (found === null)
      throw new AuthError("unauthenticated", "the API token is not valid (unknown, revoked or expired)");
    request.auth = { via: "api-token", ...found };
    return;
  }
  const sessionId = readSessionCookie(header(request, "cookie"), options.secureCookies);
  if (sessionId === undefined) return;
  const found = await options.service.authenticateSession(sessionId);
  if (found === null) {
    reply.header("set-cookie", clearedSessionCookie(options.secureCookies));
    return;
  }
  request.auth = { via: "session", sessionId, ...found };
}

/**
 * Cross-site request forgery needs ambient credentials, which only cookies are: bearer requests
 * are exempt. Browser requests must come from an allowed origin, and session requests must carry
 * the session's CSRF token as well (synchronizer token plus origin check, as OWASP advises).
 */
function checkForgery(options: AuthPluginOptions, request: FastifyRequest): void {
  if (!isStateChanging(request.method) || request.auth?.via === "api-token") return;
  const allowed = options.trustedOrigins ?? [`${request.protocol}://${request.host}`];
  const reason = crossOriginReason(
    { origin: header(request, "origin"), secFetchSite: header(request, "sec-fetch-site") },
    allowed,
  );
  if (reason !== null) throw new AuthError("csrf-failed", `refused: ${reason}`);
  if (request.auth?.via !== "session" || request.routeOptions.config.auth?.csrfToken === false) return;
  if (!csrfTokenValid(request.auth.sessionId, header(request, CSRF_HEADER))) {
    throw new AuthError(
      "csrf-failed",
      `the ${CSRF_HEADER} header is missing or wrong; reload the page to get a fresh token`,
    );
  }
}

async function checkReadOnly(options: AuthPluginOptions, request: FastifyRequest): Promise<void> {
  const principal = request.auth?.principal;
  const readOnly = options.readOnlyRoles ?? ["partner"];
  if (principal === undefined || !isStateChanging(request.method) || !readOnly.includes(principal.role))
    return;
  if (request.routeOptions.config.auth?.allowReadOnly === true) return;
  await deny(request, principal, `a role other than ${readOnly.join(", ")} (read-only)`);
}

/**
 * Decorates every request with `auth` and `principal` (from a Bearer token or the session
 * cookie), enforces CSRF rules and read-only roles on state-changing requests, and registers the
 * /api/auth/* routes. Errors are thrown as AuthError for the server's error handler to answer.
 */
export const authPlugin = fp<AuthPluginOptions>(
  async (app, options) => {
    app.decorate("authService", options.service);
    app.decorateRequest("auth", null);
    app.decorateRequest("principal", {
      getter(this: FastifyRequest) {
        return this.auth?.principal ?? null;
      },
    });
    app.addHook("onRequest", async (request, reply) => {
      await identify(options, request, reply);
      checkForgery(options, request);
      await checkReadOnly(options, request);
    });
    if (options.routes !== false) await app.register(authRoutes({ secureCookies: options.secureCookies }));
  },
  { name: "dossier-auth", fastify: "5.x" },
);
