import type { FastifyRequest } from "fastify";
import type { Role } from "../investigate/review/roles.js";
import type { Principal } from "./context.js";
import { AuthError } from "./errors.js";
import type { AuthService } from "./service.js";

/** How a request proved who it is. The session id stays in request memory only, for CSRF and logout. */
export type AuthContext =
  | { principal: Principal; via: "session"; sessionId: string; expiresAt: Date }
  | { principal: Principal; via: "api-token"; tokenId: string };

/** Per-route settings, given as `config: { auth: { … } }` in the route options. */
export interface RouteAuthOptions {
  /** false for routes a browser calls before it holds a CSRF token (login, setup); the Origin check still applies. */
  csrfToken?: boolean;
  /** true for state-changing routes read-only roles may still call (their own logout and API tokens). */
  allowReadOnly?: boolean;
}

declare module "fastify" {
  interface FastifyRequest {
    auth: AuthContext | null;
    readonly principal: Principal | null;
  }
  interface FastifyInstance {
    authService: AuthService;
  }
  interface FastifyContextConfig {
    auth?: RouteAuthOptions;
  }
}

/** Audits the refusal as `auth.permission-denied`, then throws `forbidden`. */
export async function deny(request: FastifyRequest, principal: Principal, required: string): Promise<never> {
  await request.server.authService.recordDenied(principal, {
    method: request.method,
    path: request.url.split("?")[0] ?? request.url,
    required,
  });
  throw new AuthError("forbidden", `your account (${principal.role}) may not do this; it needs ${required}`);
}

/** The principal of a request, or `unauthenticated`. */
export function requirePrincipal(request: FastifyRequest): Principal {
  if (request.principal === null) throw new AuthError("unauthenticated", "log in first");
  return request.principal;
}

/**
 * The session behind a request, or `unauthenticated`: for acts a stolen API token must not be able
 * to do (minting more tokens, logging out a browser).
 */
export function requireSession(request: FastifyRequest): Extract<AuthContext, { via: "session" }> {
  if (request.auth?.via !== "session")
    throw new AuthError("unauthenticated", "this needs a browser session; log in");
  return request.auth;
}

/** preHandler: any logged-in user. */
export async function requireAuth(request: FastifyRequest): Promise<void> {
  requirePrincipal(request);
}

/** preHandler: a logged-in user with one of `roles`; a refusal is audited as `auth.permission-denied`. */
export function requireRole(...roles: Role[]): (request: FastifyRequest) => Promise<void> {
  return async (request) => {
    const principal = requirePrincipal(request);
    if (!roles.includes(principal.role)) await deny(request, principal, `the ${roles.join(" or ")} role`);
  };
}
