import type { Role } from "../investigate/review/roles.js";

export interface UserRecord {
  id: string;
  /** Normalised (see normalizeUsername); unique. */
  username: string;
  role: Role;
  /** Set for partners only: the partner institution whose shares this user sees. */
  partnerId: string | null;
  /** Self-describing, e.g. `$scrypt$ln=15,r=8,p=3$…`. */
  passwordHash: string;
  createdAt: Date;
  /** A disabled user cannot log in, and their sessions and tokens stop working at once. */
  disabledAt: Date | null;
}

export type NewUser = Omit<UserRecord, "disabledAt">;

export interface SessionRecord {
  /** SHA-256 of the session id; the id itself exists only in the browser's cookie. */
  idHash: string;
  userId: string;
  createdAt: Date;
  lastSeenAt: Date;
  /** Absolute expiry, however active the session. */
  expiresAt: Date;
}

export interface ApiTokenRecord {
  id: string;
  userId: string;
  /** What the token is for, as its owner named it. */
  name: string;
  /** SHA-256 of the token; unique. */
  tokenHash: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface SetupTokenRecord {
  tokenHash: string;
  createdAt: Date;
  expiresAt: Date;
}

/**
 * What the auth layer persists. Every method is a single statement's worth of work so that SQLite
 * and PostgreSQL implementations stay simple; the rules live in the callers. Login failures are
 * kept here (not in process memory) so that rate limits hold across every server process.
 * `authRepositoryContract` in ./repository-contract.ts is the test every implementation must pass.
 */
export interface AuthRepository {
  /** "username-taken" when the (normalised) username exists already. */
  createUser(user: NewUser): Promise<"created" | "username-taken">;
  getUser(id: string): Promise<UserRecord | null>;
  getUserByUsername(username: string): Promise<UserRecord | null>;
  /** Ordered by username. */
  listUsers(): Promise<UserRecord[]>;
  /** Admins that are not disabled. */
  countActiveAdmins(): Promise<number>;
  setPasswordHash(userId: string, passwordHash: string): Promise<void>;
  setDisabled(userId: string, disabledAt: Date | null): Promise<void>;

  createSession(session: SessionRecord): Promise<void>;
  getSession(idHash: string): Promise<SessionRecord | null>;
  touchSession(idHash: string, lastSeenAt: Date): Promise<void>;
  deleteSession(idHash: string): Promise<void>;
  /** Returns how many were deleted. */
  deleteSessionsOfUser(userId: string): Promise<number>;
  /** Deletes sessions with `expiresAt <= now` or `lastSeenAt <= idleBefore`; returns how many. */
  deleteExpiredSessions(options: { now: Date; idleBefore: Date }): Promise<number>;

  createApiToken(token: ApiTokenRecord): Promise<void>;
  getApiToken(id: string): Promise<ApiTokenRecord | null>;
  getApiTokenByHash(tokenHash: string): Promise<ApiTokenRecord | null>;
  /** A user's tokens, revoked ones included, newest first. */
  listApiTokens(userId: string): Promise<ApiTokenRecord[]>;
  touchApiToken(id: string, lastUsedAt: Date): Promise<void>;
  /** False when there is no such token or it was revoked already. */
  revokeApiToken(id: string, revokedAt: Date): Promise<boolean>;

  /** Stores `token` and deletes every other setup token, so only the newest printed link works. */
  replaceSetupToken(token: SetupTokenRecord): Promise<void>;
  /** Deletes the token if it exists and has not expired at `now`; true when it did (atomically: one use only). */
  consumeSetupToken(tokenHash: string, now: Date): Promise<boolean>;

  addLoginFailure(failure: { key: string; at: Date }): Promise<void>;
  /** Times of failures for `key` at or after `since`, oldest first. */
  loginFailuresSince(key: string, since: Date): Promise<Date[]>;
  clearLoginFailures(key: string): Promise<void>;
  /** Deletes failures older than `before`; returns how many. */
  pruneLoginFailures(before: Date): Promise<number>;
}
