import Fastify from "fastify";
import {
  hasZodFastifySchemaValidationErrors,
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import type { AuditEvent } from "../audit/chain.js";
import { type Role, STAFF } from "../investigate/review/roles.js";
import type { AuthDepsOptions } from "./context.js";
import { replyAuthError } from "./errors.js";
import { requireAuth, requireRole } from "./guards.js";
import { registerSecurityHeaders } from "./headers.js";
import { MemoryAuthRepository } from "./memory-repository.js";
import type { ScryptParams } from "./password.js";
import { authPlugin } from "./plugin.js";
import { type AuthService, createAuthService } from "./service.js";

/**
 * The same algorithm at a cost tests can afford many times over (about 1 ms); the shipped
 * parameters are exercised in password.test.ts.
 */
export const TEST_SCRYPT: ScryptParams = { ln: 10, r: 8, p: 1 };

export const PASSWORD = "correct horse battery staple";

/** A clock that stands still until a test moves it. */
export class TestClock {
  constructor(private ms = Date.parse("2024-03-01T09:00:00Z")) {}
  now = (): Date => new Date(this.ms);
  advance(ms: number): void {
    this.ms += ms;
  }
}

export interface AuthHarness {
  service: AuthService;
  repo: MemoryAuthRepository;
  clock: TestClock;
  /** Every audit event emitted, in order. */
  events: AuditEvent[];
  /** Creates a user with PASSWORD and returns its id. */
  addUser(username: string, role: Role, partnerId?: string): Promise<string>;
}

/** An auth service over an in-memory repository, a test clock and an audit sink that records. */
export function buildAuth(options: Partial<Omit<AuthDepsOptions, "audit" | "now">> = {}): AuthHarness {
  const repo = options.repo instanceof MemoryAuthRepository ? options.repo : new MemoryAuthRepository();
  const clock = new TestClock();
  const events: AuditEvent[] = [];
  const service = createAuthService({
    passwordParams: TEST_SCRYPT,
    ...options,
    repo,
    now: clock.now,
    audit: (event) => {
      events.push(event);
    },
  });
  return {
    service,
    repo,
    clock,
    events,
    async addUser(username, role, partnerId) {
      const user = await service.createUser(
        { username, password: PASSWORD, role, partnerId },
        { actor: "tester" },
      );
      return user.id;
    },
  };
}

export const MINUTE = 60 * 1000;
export const HOUR = 60 * MINUTE;

/** Login response parts a browser would keep: the cookie pair to send back and the CSRF token. */
export interface BrowserSession {
  cookie: string;
  csrf: string;
}

/**
 * A small Fastify app as the server will assemble it: zod validation, an error handler that answers
 * AuthErrors, security headers, the auth plugin, and three sample routes guarded by role.
 */
export async function buildAuthApp(options: { secureCookies?: boolean; trustedOrigins?: string[] } = {}) {
  const harness = buildAuth();
  const app = Fastify();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((error, _request, reply) => {
    if (replyAuthError(error, reply)) return;
    const status = hasZodFastifySchemaValidationErrors(error) ? 400 : 500;
    reply
      .status(status)
      .send({ error: { id: status === 400 ? "invalid-request" : "internal", message: "" } });
  });
  await registerSecurityHeaders(app, { tls: options.secureCookies ?? false });
  await app.register(authPlugin, {
    service: harness.service,
    secureCookies: options.secureCookies ?? false,
    trustedOrigins: options.trustedOrigins,
  });
  app.get("/api/things", { preHandler: requireAuth }, async (request) => ({
    viewer: request.principal?.username,
  }));
  app.post("/api/things", { preHandler: requireRole(...STAFF) }, async () => ({ changed: true }));
  app.delete("/api/users/:id", { preHandler: requireRole("admin") }, async () => ({ deleted: true }));
  // A route that forgot its role check: read-only roles must still be refused.
  app.post("/api/unguarded", { preHandler: requireAuth }, async () => ({ changed: true }));
  await app.ready();

  async function login(username: string, password = PASSWORD): Promise<BrowserSession> {
    const res = await app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password } });
    if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
    const setCookie = String(res.headers["set-cookie"]);
    return { cookie: setCookie.split(";")[0] ?? "", csrf: res.json().csrfToken };
  }
  return { app, harness, login };
}
