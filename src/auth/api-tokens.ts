import { randomUUID } from "node:crypto";
import { type AuthDeps, type Principal, toPrincipal } from "./context.js";
import { AuthError } from "./errors.js";
import type { ApiTokenRecord } from "./repository.js";
import { randomSecret, secretHash, secretRef } from "./secrets.js";

/**
 * Tokens start with a fixed prefix so that a token pasted into a chat or committed to a
 * repository is recognisable at a glance and by secret scanners.
 */
export const API_TOKEN_PREFIX = "dsr_";

const TOKEN_SHAPE = /^dsr_[A-Za-z0-9_-]{43}$/;

export const TOKEN_NAME_MAX_LENGTH = 100;

/** A token as listed: what it is for and when it was used, never the token or its hash. */
export interface ApiTokenView {
  id: string;
  name: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export function presentToken(token: ApiTokenRecord): ApiTokenView {
  return {
    id: token.id,
    name: token.name,
    createdAt: token.createdAt.toISOString(),
    expiresAt: token.expiresAt?.toISOString() ?? null,
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  };
}

export interface NewApiToken {
  userId: string;
  name: string;
  expiresAt?: Date | undefined;
}

/** Creates a token for a script. The returned `token` is the only time it is ever seen; only its hash is kept. */
export async function createApiToken(
  deps: AuthDeps,
  request: NewApiToken,
  context: { actor: string },
): Promise<{ token: string; view: ApiTokenView }> {
  const name = request.name.trim();
  if (name === "" || name.length > TOKEN_NAME_MAX_LENGTH) {
    throw new AuthError(
      "invalid-token-request",
      `a token needs a name of 1 to ${TOKEN_NAME_MAX_LENGTH} characters`,
    );
  }
  const now = deps.now();
  if (request.expiresAt !== undefined && request.expiresAt.getTime() <= now.getTime()) {
    throw new AuthError("invalid-token-request", "the expiry date of a token must be in the future");
  }
  const user = await deps.repo.getUser(request.userId);
  if (user === null || user.disabledAt !== null) throw new AuthError("user-not-found", "no such user");
  const token = `${API_TOKEN_PREFIX}${randomSecret()}`;
  const record: ApiTokenRecord = {
    id: randomUUID(),
    userId: user.id,
    name,
    tokenHash: secretHash(token),
    createdAt: now,
    expiresAt: request.expiresAt ?? null,
    lastUsedAt: null,
    revokedAt: null,
  };
  await deps.repo.createApiToken(record);
  await deps.audit({
    actor: context.actor,
    action: "auth.token-create",
    payload: {
      tokenId: record.id,
      userId: user.id,
      name,
      token: secretRef(token),
      expiresAt: record.expiresAt?.toISOString() ?? null,
    },
  });
  return { token, view: presentToken(record) };
}

export async function listApiTokens(deps: AuthDeps, userId: string): Promise<ApiTokenView[]> {
  return (await deps.repo.listApiTokens(userId)).map(presentToken);
}

/**
 * Revokes a token. Owners may revoke their own, admins anyone's; to everyone else a token they do
 * not own looks the same as one that does not exist.
 */
export async function revokeApiToken(deps: AuthDeps, tokenId: string, actor: Principal): Promise<void> {
  const token = await deps.repo.getApiToken(tokenId);
  const allowed = token !== null && (token.userId === actor.userId || actor.role === "admin");
  if (!allowed || token.revokedAt !== null || !(await deps.repo.revokeApiToken(tokenId, deps.now()))) {
    throw new AuthError("token-not-found", "no such token, or it was revoked already");
  }
  await deps.audit({
    actor: actor.username,
    action: "auth.token-revoke",
    payload: { tokenId, userId: token.userId, name: token.name },
  });
}

/**
 * The principal behind a bearer token, or null when it is malformed, unknown, revoked, expired or
 * its user was disabled. Last-used times are written at most once per touch interval.
 */
export async function authenticateApiToken(
  deps: AuthDeps,
  token: string,
): Promise<{ principal: Principal; tokenId: string } | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const record = await deps.repo.getApiTokenByHash(secretHash(token));
  const now = deps.now();
  if (record === null || record.revokedAt !== null) return null;
  if (record.expiresAt !== null && record.expiresAt.getTime() <= now.getTime()) return null;
  const user = await deps.repo.getUser(record.userId);
  if (user === null || user.disabledAt !== null) return null;
  const lastUsed = record.lastUsedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  if (now.getTime() - lastUsed >= deps.session.touchIntervalMs) await deps.repo.touchApiToken(record.id, now);
  return { principal: toPrincipal(user), tokenId: record.id };
}
