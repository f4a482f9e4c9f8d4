import { type AuthDeps, type Principal, toPrincipal } from "./context.js";
import type { SessionRecord } from "./repository.js";
import { randomSecret, secretHash, secretRef } from "./secrets.js";

export interface StartedSession {
  /** The secret for the cookie; only its hash is stored. */
  id: string;
  expiresAt: Date;
}

/** A fresh session for a user who just proved who they are. */
export async function startSession(deps: AuthDeps, userId: string): Promise<StartedSession> {
  const id = randomSecret();
  const now = deps.now();
  const expiresAt = new Date(now.getTime() + deps.session.absoluteMs);
  await deps.repo.createSession({
    idHash: secretHash(id),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
  });
  return { id, expiresAt };
}

function expired(deps: AuthDeps, session: SessionRecord, now: Date): boolean {
  return (
    now.getTime() >= session.expiresAt.getTime() ||
    now.getTime() - session.lastSeenAt.getTime() >= deps.session.idleMs
  );
}

/**
 * The principal behind a session cookie, or null when the session is unknown, expired (idle or
 * absolute) or its user was disabled. Expired sessions are deleted on sight. The role is read from
 * the user each time, so a role change takes effect on the next request.
 */
export async function authenticateSession(
  deps: AuthDeps,
  sessionId: string,
): Promise<{ principal: Principal; expiresAt: Date } | null> {
  const idHash = secretHash(sessionId);
  const session = await deps.repo.getSession(idHash);
  if (session === null) return null;
  const now = deps.now();
  if (expired(deps, session, now)) {
    await deps.repo.deleteSession(idHash);
    return null;
  }
  const user = await deps.repo.getUser(session.userId);
  if (user === null || user.disabledAt !== null) {
    await deps.repo.deleteSession(idHash);
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() >= deps.session.touchIntervalMs) {
    await deps.repo.touchSession(idHash, now);
  }
  return { principal: toPrincipal(user), expiresAt: session.expiresAt };
}

/** Ends a session; audited as `auth.logout` with a short reference, never the id. */
export async function endSession(deps: AuthDeps, sessionId: string, actor: Principal): Promise<void> {
  await deps.repo.deleteSession(secretHash(sessionId));
  await deps.audit({
    actor: actor.username,
    action: "auth.logout",
    payload: { userId: actor.userId, session: secretRef(sessionId) },
  });
}

/** Deletes every expired session; for a periodic sweep (expired ones are also deleted when presented). */
export async function sweepSessions(deps: AuthDeps): Promise<number> {
  const now = deps.now();
  return deps.repo.deleteExpiredSessions({ now, idleBefore: new Date(now.getTime() - deps.session.idleMs) });
}
