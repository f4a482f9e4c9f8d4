/** Captures, sources with full-text search, sightings of repeated bytes, and the audit log. */
export const SOURCES = `
  CREATE TABLE captures (
    sha256       TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    size         INTEGER NOT NULL CHECK (size >= 0),
    media_type   TEXT NOT NULL,
    encoding     TEXT NOT NULL,
    origin       TEXT NOT NULL,
    retrieved_at TEXT NOT NULL,
    http         TEXT,
    captured_by  TEXT NOT NULL
  ) STRICT;

  CREATE TABLE sightings (
    id       INTEGER PRIMARY KEY,
    sha256   TEXT NOT NULL REFERENCES captures(sha256),
    origin   TEXT NOT NULL,
    seen_at  TEXT NOT NULL,
    seen_by  TEXT NOT NULL
  ) STRICT;
  CREATE INDEX sightings_sha256 ON sightings(sha256);

  CREATE TABLE sources (
    id               TEXT NOT NULL UNIQUE,
    sha256           TEXT NOT NULL UNIQUE REFERENCES captures(sha256),
    title            TEXT,
    byline           TEXT,
    published_at     TEXT,
    outlet           TEXT,
    lang             TEXT,
    url              TEXT,
    text             TEXT NOT NULL,
    paragraphs       TEXT NOT NULL,
    words            INTEGER NOT NULL,
    extractor        TEXT NOT NULL,
    ingested_at      TEXT NOT NULL,
    analysis         TEXT,
    analyzer_version TEXT
  ) STRICT;
  CREATE INDEX sources_published ON sources(published_at);
  CREATE INDEX sources_outlet ON sources(outlet);

  CREATE VIRTUAL TABLE sources_fts USING fts5(
    title, text, content='sources', content_rowid='rowid',
    tokenize = 'unicode61 remove_diacritics 2'
  );
  CREATE TRIGGER sources_fts_insert AFTER INSERT ON sources BEGIN
    INSERT INTO sources_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
  END;
  CREATE TRIGGER sources_fts_delete AFTER DELETE ON sources BEGIN
    INSERT INTO sources_fts(sources_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
  END;
  CREATE TRIGGER sources_fts_update AFTER UPDATE OF title, text ON sources BEGIN
    INSERT INTO sources_fts(sources_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO sources_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
  END;

  CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    payload   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
  ) STRICT;
  `;
