import type { FastifyReply } from "fastify";

/**
 * Every refusal the auth layer can give, with its HTTP status, shaped like `ERRORS` in
 * src/server/errors.ts so the server's catalogue can take them over unchanged.
 */
export const AUTH_ERRORS = {
  unauthenticated: 401,
  "invalid-credentials": 401,
  forbidden: 403,
  "csrf-failed": 403,
  "rate-limited": 429,
  "weak-password": 400,
  "invalid-username": 400,
  "invalid-user": 400,
  "username-taken": 409,
  "user-not-found": 404,
  "invalid-setup-token": 400,
  "invalid-token-request": 400,
  "token-not-found": 404,
} as const;

export type AuthErrorId = keyof typeof AUTH_ERRORS;

export class AuthError extends Error {
  override name = "AuthError";
  constructor(
    readonly id: AuthErrorId,
    message: string,
    /** For `rate-limited`: whole seconds until a new attempt can succeed (the Retry-After header). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  get status(): number {
    return AUTH_ERRORS[this.id];
  }

  /** Headers the response must carry besides the body. */
  get headers(): Record<string, string> {
    return this.retryAfterSeconds === undefined ? {} : { "retry-after": String(this.retryAfterSeconds) };
  }
}

/**
 * One message for unknown users, wrong passwords and disabled accounts alike, so the answer never
 * tells an attacker which usernames exist.
 */
export const INVALID_CREDENTIALS = "the username or password is not correct";

/**
 * For the server's one error handler: answers an AuthError in the catalogue's shape
 * (`{ error: { id, message } }`, with Retry-After when rate limited) and returns true, or returns
 * false for any other error.
 */
export function replyAuthError(error: unknown, reply: FastifyReply): boolean {
  if (!(error instanceof AuthError)) return false;
  reply
    .status(error.status)
    .headers(error.headers)
    .send({ error: { id: error.id, message: error.message } });
  return true;
}
