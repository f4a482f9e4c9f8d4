import { ANONYMOUS, type AuthDeps, type Principal, toPrincipal } from "./context.js";
import { AuthError, INVALID_CREDENTIALS } from "./errors.js";
import { normalizeUsername, PASSWORD_MAX_LENGTH } from "./policy.js";
import { addressKey, recordFailure, throttleState, usernameKey } from "./rate-limit.js";
import type { UserRecord } from "./repository.js";
import { secretHash, secretRef } from "./secrets.js";
import { type StartedSession, startSession } from "./sessions.js";

export interface Credentials {
  username: string;
  password: string;
}

export interface LoginContext {
  /** The client address, for rate limiting and the audit entry. */
  address: string;
  /** A session the browser still presented: ended, so a login always yields a new id (no fixation). */
  previousSessionId?: string | undefined;
}

export interface LoginResult {
  principal: Principal;
  session: StartedSession;
}

/**
 * Who the audit entry of a failed login names. A typed username that matches no account may be a
 * password typed into the wrong field, so only a short hash of it is kept, enough to see that the
 * same name was tried again.
 */
function attemptedBy(username: string, user: UserRecord | null): Record<string, string | null> {
  return user === null
    ? { username: null, usernameRef: secretRef(username) }
    : { username: user.username, userId: user.id };
}

/**
 * Checks the password, spending the same work whether or not the user exists (a decoy hash is
 * verified otherwise), so response time does not reveal which usernames are real.
 */
async function checkCredentials(deps: AuthDeps, user: UserRecord | null, password: string): Promise<boolean> {
  // Far beyond any password the policy accepts (in UTF-16 units, with room for normalisation):
  // refused unhashed, so one request cannot make the server hash megabytes.
  if (password.length > PASSWORD_MAX_LENGTH * 4) return false;
  if (user === null || user.disabledAt !== null) return deps.hasher.verifyDecoy(password);
  return deps.hasher.verify(password, user.passwordHash);
}

async function upgradeHash(deps: AuthDeps, user: UserRecord, password: string): Promise<void> {
  if (deps.hasher.needsRehash(user.passwordHash)) {
    await deps.repo.setPasswordHash(user.id, await deps.hasher.hash(password));
  }
}

/**
 * Logs a user in: rate limit, password, then a new session. Every outcome is audited; refusals
 * throw `rate-limited` (with the wait) or `invalid-credentials` (one message for every cause).
 */
export async function login(
  deps: AuthDeps,
  credentials: Credentials,
  context: LoginContext,
): Promise<LoginResult> {
  const username = normalizeUsername(credentials.username);
  const keys = [usernameKey(username), addressKey(context.address)];
  const now = deps.now();
  const user = await deps.repo.getUserByUsername(username);

  const throttle = await throttleState(deps.repo, keys, now, deps.throttle);
  if (throttle.locked) {
    await deps.audit({
      actor: user?.username ?? ANONYMOUS,
      action: "auth.login-failed",
      payload: { ...attemptedBy(username, user), address: context.address, reason: "rate-limited" },
    });
    const minutes = Math.ceil(throttle.retryAfterSeconds / 60);
    throw new AuthError(
      "rate-limited",
      `too many failed logins; try again in ${minutes} minute${minutes === 1 ? "" : "s"}`,
      throttle.retryAfterSeconds,
    );
  }

  if (!(await checkCredentials(deps, user, credentials.password)) || user === null) {
    await recordFailure(deps.repo, keys, now, deps.throttle);
    await deps.audit({
      actor: user?.username ?? ANONYMOUS,
      action: "auth.login-failed",
      payload: { ...attemptedBy(username, user), address: context.address, reason: "invalid-credentials" },
    });
    throw new AuthError("invalid-credentials", INVALID_CREDENTIALS);
  }

  // Only the account's own counter is cleared: clearing the address counter would let someone
  // with one valid account reset it between guesses at others.
  await deps.repo.clearLoginFailures(usernameKey(username));
  await upgradeHash(deps, user, credentials.password);
  if (context.previousSessionId !== undefined) {
    await deps.repo.deleteSession(secretHash(context.previousSessionId));
  }
  const session = await startSession(deps, user.id);
  await deps.audit({
    actor: user.username,
    action: "auth.login",
    payload: { userId: user.id, session: secretRef(session.id), address: context.address },
  });
  return { principal: toPrincipal(user), session };
}
