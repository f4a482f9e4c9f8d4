import type {
  ApiTokenRecord,
  AuthRepository,
  NewUser,
  SessionRecord,
  SetupTokenRecord,
  UserRecord,
} from "./repository.js";

/**
 * AuthRepository in process memory, for tests and single-process demos. Records are copied in and
 * out so that callers cannot change stored state by mutating what they hold, as with a database.
 */
export class MemoryAuthRepository implements AuthRepository {
  private readonly users = new Map<string, UserRecord>();
  private readonly sessions = new Map<string, SessionRecord>();
  private readonly tokens = new Map<string, ApiTokenRecord>();
  private setupTokens: SetupTokenRecord[] = [];
  private failures: { key: string; at: Date }[] = [];

  async createUser(user: NewUser): Promise<"created" | "username-taken"> {
    if ([...this.users.values()].some((u) => u.username === user.username)) return "username-taken";
    this.users.set(user.id, { ...user, disabledAt: null });
    return "created";
  }

  async getUser(id: string): Promise<UserRecord | null> {
    const user = this.users.get(id);
    return user === undefined ? null : { ...user };
  }

  async getUserByUsername(username: string): Promise<UserRecord | null> {
    const user = [...this.users.values()].find((u) => u.username === username);
    return user === undefined ? null : { ...user };
  }

  async listUsers(): Promise<UserRecord[]> {
    return [...this.users.values()]
      .map((u) => ({ ...u }))
      .sort((a, b) => a.username.localeCompare(b.username));
  }

  async countActiveAdmins(): Promise<number> {
    return [...this.users.values()].filter((u) => u.role === "admin" && u.disabledAt === null).length;
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    const user = this.users.get(userId);
    if (user !== undefined) user.passwordHash = passwordHash;
  }

  async setDisabled(userId: string, disabledAt: Date | null): Promise<void> {
    const user = this.users.get(userId);
    if (user !== undefined) user.disabledAt = disabledAt;
  }

  async createSession(session: SessionRecord): Promise<void> {
    this.sessions.set(session.idHash, { ...session });
  }

  async getSession(idHash: string): Promise<SessionRecord | null> {
    const session = this.sessions.get(idHash);
    return session === undefined ? null : { ...session };
  }

  async touchSession(idHash: string, lastSeenAt: Date): Promise<void> {
    const session = this.sessions.get(idHash);
    if (session !== undefined) session.lastSeenAt = lastSeenAt;
  }

  async deleteSession(idHash: string): Promise<void> {
    this.sessions.delete(idHash);
  }

  async deleteSessionsOfUser(userId: string): Promise<number> {
    return this.deleteSessionsWhere((s) => s.userId === userId);
  }

  async deleteExpiredSessions(options: { now: Date; idleBefore: Date }): Promise<number> {
    return this.deleteSessionsWhere((s) => s.expiresAt <= options.now || s.lastSeenAt <= options.idleBefore);
  }

  private deleteSessionsWhere(test: (s: SessionRecord) => boolean): number {
    const doomed = [...this.sessions.values()].filter(test);
    for (const s of doomed) this.sessions.delete(s.idHash);
    return doomed.length;
  }

  async createApiToken(token: ApiTokenRecord): Promise<void> {
    if ([...this.tokens.values()].some((t) => t.tokenHash === token.tokenHash)) {
      throw new Error("duplicate API token hash");
    }
    this.tokens.set(token.id, { ...token });
  }

  async getApiToken(id: string): Promise<ApiTokenRecord | null> {
    const token = this.tokens.get(id);
    return token === undefined ? null : { ...token };
  }

  async getApiTokenByHash(tokenHash: string): Promise<ApiTokenRecord | null> {
    const token = [...this.tokens.values()].find((t) => t.tokenHash === tokenHash);
    return token === undefined ? null : { ...token };
  }

  async listApiTokens(userId: string): Promise<ApiTokenRecord[]> {
    return [...this.tokens.values()]
      .filter((t) => t.userId === userId)
      .map((t) => ({ ...t }))
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  }

  async touchApiToken(id: string, lastUsedAt: Date): Promise<void> {
    const token = this.tokens.get(id);
    if (token !== undefined) token.lastUsedAt = lastUsedAt;
  }

  async revokeApiToken(id: string, revokedAt: Date): Promise<boolean> {
    const token = this.tokens.get(id);
    if (token === undefined || token.revokedAt !== null) return false;
    token.revokedAt = revokedAt;
    return true;
  }

  async replaceSetupToken(token: SetupTokenRecord): Promise<void> {
    this.setupTokens = [{ ...token }];
  }

  async consumeSetupToken(tokenHash: string, now: Date): Promise<boolean> {
    const index = this.setupTokens.findIndex((t) => t.tokenHash === tokenHash && t.expiresAt > now);
    if (index < 0) return false;
    this.setupTokens.splice(index, 1);
    return true;
  }

  async addLoginFailure(failure: { key: string; at: Date }): Promise<void> {
    this.failures.push({ ...failure });
  }

  async loginFailuresSince(key: string, since: Date): Promise<Date[]> {
    return this.failures
      .filter((f) => f.key === key && f.at >= since)
      .map((f) => f.at)
      .sort((a, b) => a.getTime() - b.getTime());
  }

  async clearLoginFailures(key: string): Promise<void> {
    this.failures = this.failures.filter((f) => f.key !== key);
  }

  async pruneLoginFailures(before: Date): Promise<number> {
    const kept = this.failures.filter((f) => f.at >= before);
    const removed = this.failures.length - kept.length;
    this.failures = kept;
    return removed;
  }
}
