import type Database from "better-sqlite3";
import type {
  ApiTokenRecord,
  AuthRepository,
  NewUser,
  SessionRecord,
  SetupTokenRecord,
  UserRecord,
} from "../../auth/repository.js";
import type { Role } from "../../investigate/review/roles.js";
import type { SqliteStore } from "./sqlite-store.js";

// Times are stored as ISO text (UTC, fixed width), so comparing the text compares the times.
const iso = (d: Date): string => d.toISOString();
const date = (s: string | null): Date | null => (s === null ? null : new Date(s));

interface UserRow {
  id: string;
  username: string;
  role: string;
  partner_id: string | null;
  password_hash: string;
  created_at: string;
  disabled_at: string | null;
}

interface TokenRow {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

interface SessionRow {
  id_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

const toUser = (r: UserRow): UserRecord => ({
  id: r.id,
  username: r.username,
  role: r.role as Role,
  partnerId: r.partner_id,
  passwordHash: r.password_hash,
  createdAt: new Date(r.created_at),
  disabledAt: date(r.disabled_at),
});

const toToken = (r: TokenRow): ApiTokenRecord => ({
  id: r.id,
  userId: r.user_id,
  name: r.name,
  tokenHash: r.token_hash,
  createdAt: new Date(r.created_at),
  expiresAt: date(r.expires_at),
  lastUsedAt: date(r.last_used_at),
  revokedAt: date(r.revoked_at),
});

const toSession = (r: SessionRow): SessionRecord => ({
  idHash: r.id_hash,
  userId: r.user_id,
  createdAt: new Date(r.created_at),
  lastSeenAt: new Date(r.last_seen_at),
  expiresAt: new Date(r.expires_at),
});

/**
 * Accounts in the same SQLite file as the evidence. Writes to `users` go through the store's
 * audited transactions, so a role changed with plain SQL fails `dossier audit verify`;
 * sessions, tokens' use times and login failures are operational state and are not audited.
 */
export class SqliteAuthRepository implements AuthRepository {
  private readonly db: Database.Database;

  constructor(private readonly store: SqliteStore) {
    this.db = store.database;
  }

  private userWrite(action: string, userId: string, write: () => void): void {
    this.store.audited({ actor: "dossier", action, payload: { userId } }, (tracker) => {
      write();
      tracker.touch("users", userId);
    });
  }

  async createUser(user: NewUser): Promise<"created" | "username-taken"> {
    try {
      this.userWrite("account.user-row", user.id, () => {
        this.db
          .prepare(
            `INSERT INTO users (id, username, role, partner_id, password_hash, created_at, disabled_at)
             VALUES (?, ?, ?, ?, ?, ?, NULL)`,
          )
          .run(user.id, user.username, user.role, user.partnerId, user.passwordHash, iso(user.createdAt));
      });
      return "created";
    } catch (error) {
      if (
        (error as { code?: string }).code === "SQLITE_CONSTRAINT_UNIQUE" &&
        /username/.test(String(error))
      ) {
        return "username-taken";
      }
      throw error;
    }
  }

  async getUser(id: string): Promise<UserRecord | null> {
    const r = this.db.prepare("SELECT * FROM users WHERE id = ?").get(id) as UserRow | undefined;
    return r ? toUser(r) : null;
  }

  async getUserByUsername(username: string): Promise<UserRecord | null> {
    const r = this.db.prepare("SELECT * FROM users WHERE username = ?").get(username) as UserRow | undefined;
    return r ? toUser(r) : null;
  }

  async listUsers(): Promise<UserRecord[]> {
    return (this.db.prepare("SELECT * FROM users ORDER BY username").all() as UserRow[]).map(toUser);
  }

  async countActiveAdmins(): Promise<number> {
    return (
      this.db
        .prepare("SELECT count(*) AS n FROM users WHERE role = 'admin' AND disabled_at IS NULL")
        .get() as {
        n: number;
      }
    ).n;
  }

  async setPasswordHash(userId: string, passwordHash: string): Promise<void> {
    this.userWrite("account.user-row", userId, () => {
      this.db.prepare("UPDATE users SET password_hash = ? WHERE id = ?").run(passwordHash, userId);
    });
  }

  async setDisabled(userId: string, disabledAt: Date | null): Promise<void> {
    this.userWrite("account.user-row", userId, () => {
      this.db
        .prepare("UPDATE users SET disabled_at = ? WHERE id = ?")
        .run(disabledAt ? iso(disabledAt) : null, userId);
    });
  }

  async createSession(s: SessionRecord): Promise<void> {
    this.db
      .prepare(
        "INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)",
      )
      .run(s.idHash, s.userId, iso(s.createdAt), iso(s.lastSeenAt), iso(s.expiresAt));
  }

  async getSession(idHash: string): Promise<SessionRecord | null> {
    const r = this.db.prepare("SELECT * FROM sessions WHERE id_hash = ?").get(idHash) as
      | SessionRow
      | undefined;
    return r ? toSession(r) : null;
  }

  async touchSession(idHash: string, lastSeenAt: Date): Promise<void> {
    this.db.prepare("UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?").run(iso(lastSeenAt), idHash);
  }

  async deleteSession(idHash: string): Promise<void> {
    this.db.prepare("DELETE FROM sessions WHERE id_hash = ?").run(idHash);
  }

  async deleteSessionsOfUser(userId: string): Promise<number> {
    return this.db.prepare("DELETE FROM sessions WHERE user_id = ?").run(userId).changes;
  }

  async deleteExpiredSessions(options: { now: Date; idleBefore: Date }): Promise<number> {
    return this.db
      .prepare("DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?")
      .run(iso(options.now), iso(options.idleBefore)).changes;
  }

  async createApiToken(t: ApiTokenRecord): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO api_tokens (id, user_id, name, token_hash, created_at, expires_at, last_used_at, revoked_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        t.id,
        t.userId,
        t.name,
        t.tokenHash,
        iso(t.createdAt),
        t.expiresAt ? iso(t.expiresAt) : null,
        t.lastUsedAt ? iso(t.lastUsedAt) : null,
        t.revokedAt ? iso(t.revokedAt) : null,
      );
  }

  async getApiToken(id: string): Promise<ApiTokenRecord | null> {
    const r = this.db.prepare("SELECT * FROM api_tokens WHERE id = ?").get(id) as TokenRow | undefined;
    return r ? toToken(r) : null;
  }

  async getApiTokenByHash(tokenHash: string): Promise<ApiTokenRecord | null> {
    const r = this.db.prepare("SELECT * FROM api_tokens WHERE token_hash = ?").get(tokenHash) as
      | TokenRow
      | undefined;
    return r ? toToken(r) : null;
  }

  async listApiTokens(userId: string): Promise<ApiTokenRecord[]> {
    return (
      this.db
        .prepare("SELECT * FROM api_tokens WHERE user_id = ? ORDER BY created_at DESC, id")
        .all(userId) as TokenRow[]
    ).map(toToken);
  }

  async touchApiToken(id: string, lastUsedAt: Date): Promise<void> {
    this.db.prepare("UPDATE api_tokens SET last_used_at = ? WHERE id = ?").run(iso(lastUsedAt), id);
  }

  async revokeApiToken(id: string, revokedAt: Date): Promise<boolean> {
    return (
      this.db
        .prepare("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
        .run(iso(revokedAt), id).changes > 0
    );
  }

  async replaceSetupToken(token: SetupTokenRecord): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare("DELETE FROM setup_tokens").run();
      this.db
        .prepare("INSERT INTO setup_tokens (token_hash, created_at, expires_at) VALUES (?, ?, ?)")
        .run(token.tokenHash, iso(token.createdAt), iso(token.expiresAt));
    })();
  }

  async consumeSetupToken(tokenHash: string, now: Date): Promise<boolean> {
    return (
      this.db
        .prepare("DELETE FROM setup_tokens WHERE token_hash = ? AND expires_at > ?")
        .run(tokenHash, iso(now)).changes > 0
    );
  }

  async addLoginFailure(failure: { key: string; at: Date }): Promise<void> {
    this.db.prepare("INSERT INTO login_failures (key, at) VALUES (?, ?)").run(failure.key, iso(failure.at));
  }

  async loginFailuresSince(key: string, since: Date): Promise<Date[]> {
    return (
      this.db
        .prepare("SELECT at FROM login_failures WHERE key = ? AND at >= ? ORDER BY at")
        .all(key, iso(since)) as {
        at: string;
      }[]
    ).map((r) => new Date(r.at));
  }

  async clearLoginFailures(key: string): Promise<void> {
    this.db.prepare("DELETE FROM login_failures WHERE key = ?").run(key);
  }

  async pruneLoginFailures(before: Date): Promise<number> {
    return this.db.prepare("DELETE FROM login_failures WHERE at < ?").run(iso(before)).changes;
  }
}
