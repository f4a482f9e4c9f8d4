/**
 * Accounts (users, sessions, API tokens, the first-run setup token, login failures for rate
 * limiting) and what is shared with partner institutions.
 */
export const ACCOUNTS = `
  CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    role          TEXT NOT NULL CHECK (role IN ('admin','investigator','reviewer','partner')),
    partner_id    TEXT,
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    disabled_at   TEXT,
    CHECK ((role = 'partner') = (partner_id IS NOT NULL))
  ) STRICT;

  CREATE TABLE sessions (
    id_hash      TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES users(id),
    created_at   TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    expires_at   TEXT NOT NULL
  ) STRICT;
  CREATE INDEX sessions_user ON sessions(user_id);
  CREATE INDEX sessions_expires ON sessions(expires_at);
  CREATE INDEX sessions_last_seen ON sessions(last_seen_at);

  CREATE TABLE api_tokens (
    id           TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES users(id),
    name         TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,
    created_at   TEXT NOT NULL,
    expires_at   TEXT,
    last_used_at TEXT,
    revoked_at   TEXT
  ) STRICT;
  CREATE INDEX api_tokens_user ON api_tokens(user_id, created_at);

  CREATE TABLE setup_tokens (
    token_hash TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE login_failures (
    id  INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    at  TEXT NOT NULL
  ) STRICT;
  CREATE INDEX login_failures_key_at ON login_failures(key, at);
  CREATE INDEX login_failures_at ON login_failures(at);

  CREATE TABLE incident_shares (
    incident_id       TEXT NOT NULL REFERENCES incidents(id),
    partner_id        TEXT NOT NULL,
    include_sensitive INTEGER NOT NULL CHECK (include_sensitive IN (0, 1)),
    shared_by         TEXT NOT NULL,
    shared_at         TEXT NOT NULL,
    PRIMARY KEY (incident_id, partner_id)
  ) STRICT;
  CREATE INDEX incident_shares_partner ON incident_shares(partner_id);
`;
