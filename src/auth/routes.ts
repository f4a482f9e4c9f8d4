import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { TOKEN_NAME_MAX_LENGTH } from "./api-tokens.js";
import type { Principal } from "./context.js";
import { clearedSessionCookie, sessionCookie } from "./cookie.js";
import { csrfTokenFor } from "./csrf.js";
import { requireAuth, requirePrincipal, requireSession } from "./guards.js";
import { PASSWORD_MAX_LENGTH } from "./policy.js";
import type { StartedSession } from "./sessions.js";

/** Room for any username and password the policy accepts; longer bodies are refused before any work. */
const credentials = {
  username: z.string().min(1).max(200),
  password: z
    .string()
    .min(1)
    .max(PASSWORD_MAX_LENGTH * 4),
};

function presentPrincipal(principal: Principal) {
  return {
    id: principal.userId,
    username: principal.username,
    role: principal.role,
    partnerId: principal.partnerId ?? null,
  };
}

/** The /api/auth/* routes: login, logout, me, first-run setup, API tokens. */
export function authRoutes(options: { secureCookies: boolean }): FastifyPluginAsyncZod {
  return async (app) => {
    const service = app.authService;
    const secure = options.secureCookies;

    /** Sets the cookie; the CSRF token goes in the body, for the page to send back as a header. */
    const openSession = (reply: FastifyReply, session: StartedSession) => {
      reply.header("set-cookie", sessionCookie({ ...session, now: service.now(), secure }));
      return { csrfToken: csrfTokenFor(session.id), expiresAt: session.expiresAt.toISOString() };
    };

    app.post(
      "/api/auth/login",
      {
        schema: {
          summary: "Log in; sets the session cookie and returns the CSRF token",
          body: z.object(credentials),
        },
        config: { auth: { csrfToken: false } },
      },
      async (request, reply) => {
        const previous = request.auth?.via === "session" ? request.auth.sessionId : undefined;
        const result = await service.login(request.body, {
          address: request.ip,
          previousSessionId: previous,
        });
        return { user: presentPrincipal(result.principal), ...openSession(reply, result.session) };
      },
    );

    app.post(
      "/api/auth/logout",
      { schema: { summary: "End this browser session" }, config: { auth: { allowReadOnly: true } } },
      async (request, reply) => {
        const session = requireSession(request);
        await service.logout(session.sessionId, session.principal);
        return reply.header("set-cookie", clearedSessionCookie(secure)).status(204).send();
      },
    );

    app.get(
      "/api/auth/me",
      { schema: { summary: "Who is logged in, and the session's CSRF token" }, preHandler: requireAuth },
      async (request) => {
        const auth = request.auth;
        const session = auth?.via === "session" ? auth : null;
        return {
          user: presentPrincipal(requirePrincipal(request)),
          via: auth?.via ?? null,
          csrfToken: session === null ? null : csrfTokenFor(session.sessionId),
          expiresAt: session?.expiresAt.toISOString() ?? null,
        };
      },
    );

    app.get(
      "/api/auth/setup",
      { schema: { summary: "Whether the first admin still has to be created" } },
      async () => ({
        needed: await service.needsSetup(),
      }),
    );

    app.post(
      "/api/auth/setup",
      {
        schema: {
          summary: "Create the first admin with the one-time setup token, and log in",
          body: z.object({ token: z.string().min(1).max(200), ...credentials }),
        },
        config: { auth: { csrfToken: false } },
      },
      async (request, reply) => {
        const { token, username, password } = request.body;
        await service.redeemSetupToken(token, { username, password }, { address: request.ip });
        const previous = request.auth?.via === "session" ? request.auth.sessionId : undefined;
        const result = await service.login(
          { username, password },
          { address: request.ip, previousSessionId: previous },
        );
        reply.status(201);
        return { user: presentPrincipal(result.principal), ...openSession(reply, result.session) };
      },
    );

    app.get(
      "/api/auth/tokens",
      { schema: { summary: "Your API tokens (never the tokens themselves)" }, preHandler: requireAuth },
      async (request) => ({ items: await service.listApiTokens(requirePrincipal(request).userId) }),
    );

    app.post(
      "/api/auth/tokens",
      {
        schema: {
          summary: "Create an API token; the token is shown in this response only",
          body: z.object({
            name: z.string().trim().min(1).max(TOKEN_NAME_MAX_LENGTH),
            expiresAt: z.iso.datetime({ offset: true }).optional(),
          }),
        },
        config: { auth: { allowReadOnly: true } },
      },
      async (request, reply) => {
        // A session, not a token: a leaked token must not be able to mint longer-lived ones.
        const { principal } = requireSession(request);
        const { name, expiresAt } = request.body;
        const created = await service.createApiToken(
          {
            userId: principal.userId,
            name,
            expiresAt: expiresAt === undefined ? undefined : new Date(expiresAt),
          },
          { actor: principal.username },
        );
        reply.status(201);
        return { token: created.token, ...created.view };
      },
    );

    app.delete(
      "/api/auth/tokens/:id",
      {
        schema: { summary: "Revoke an API token", params: z.object({ id: z.uuid() }) },
        preHandler: requireAuth,
        config: { auth: { allowReadOnly: true } },
      },
      async (request, reply) => {
        await service.revokeApiToken(request.params.id, requirePrincipal(request));
        return reply.status(204).send();
      },
    );
  };
}
