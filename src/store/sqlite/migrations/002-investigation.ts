/**
 * Investigation: syndication groups, incidents merged from mentions, analysts' constraints
 * and history, source grading, assessments. An incident's summary (in incident_summaries, kept
 * apart because it is large) and its columns from event_type on are derived from its members
 * and kept for listing and filtering.
 */
export const INVESTIGATION = `
  CREATE TABLE source_signatures (
    source_id  TEXT PRIMARY KEY REFERENCES sources(id),
    seq        INTEGER NOT NULL UNIQUE,
    signature  TEXT NOT NULL,
    group_id   TEXT NOT NULL,
    links      TEXT NOT NULL
  ) STRICT;
  CREATE INDEX source_signatures_group ON source_signatures(group_id);

  CREATE TABLE incidents (
    id                  TEXT PRIMARY KEY,
    seq                 INTEGER NOT NULL UNIQUE,
    status              TEXT NOT NULL DEFAULT 'new'
                        CHECK (status IN ('new','in_review','corroborated','verified','disputed','rejected')),
    assignee            TEXT,
    title               TEXT,
    overrides           TEXT NOT NULL DEFAULT '{}',
    flags               TEXT NOT NULL DEFAULT '[]',
    merged_into         TEXT REFERENCES incidents(id),
    event_type          TEXT,
    place_name          TEXT,
    lat                 REAL,
    lon                 REAL,
    date_from           TEXT,
    date_to             TEXT,
    date_basis          TEXT,
    categories          TEXT NOT NULL DEFAULT '',
    sources             INTEGER NOT NULL DEFAULT 0,
    independent_sources INTEGER NOT NULL DEFAULT 0,
    killed_low          INTEGER,
    killed_high         INTEGER,
    injured_low         INTEGER,
    injured_high        INTEGER,
    created_at          TEXT NOT NULL,
    created_by          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
  ) STRICT;
  CREATE INDEX incidents_status ON incidents(status);
  CREATE INDEX incidents_type ON incidents(event_type, date_from);
  CREATE INDEX incidents_order ON incidents(date_from DESC, seq DESC);
  CREATE INDEX incidents_lat ON incidents(lat, lon);
  -- Covers the visibility filter every listing applies, so counting does not read whole rows.
  CREATE INDEX incidents_visible ON incidents(merged_into, status, sources, flags);

  CREATE TABLE incident_summaries (
    incident_id TEXT PRIMARY KEY REFERENCES incidents(id),
    summary     TEXT NOT NULL
  ) STRICT;

  CREATE TABLE incident_mentions (
    id          TEXT PRIMARY KEY,
    source_id   TEXT NOT NULL REFERENCES sources(id),
    incident_id TEXT REFERENCES incidents(id),
    record      TEXT NOT NULL,
    how         TEXT NOT NULL,
    score       REAL,
    reasons     TEXT NOT NULL,
    decided_by  TEXT NOT NULL,
    decided_at  TEXT NOT NULL
  ) STRICT;
  CREATE INDEX incident_mentions_incident ON incident_mentions(incident_id);
  CREATE INDEX incident_mentions_source ON incident_mentions(source_id);

  CREATE TABLE incident_sources (
    incident_id TEXT NOT NULL REFERENCES incidents(id),
    source_id   TEXT NOT NULL REFERENCES sources(id),
    note        TEXT NOT NULL,
    added_by    TEXT NOT NULL,
    added_at    TEXT NOT NULL,
    PRIMARY KEY (incident_id, source_id)
  ) STRICT;

  CREATE TABLE merge_constraints (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('detached','cannot-link','pinned')),
    mention_id TEXT NOT NULL,
    other      TEXT NOT NULL,
    set_by     TEXT NOT NULL,
    set_at     TEXT NOT NULL
  ) STRICT;

  CREATE TABLE incident_history (
    id          INTEGER PRIMARY KEY,
    incident_id TEXT NOT NULL REFERENCES incidents(id),
    kind        TEXT NOT NULL,
    from_status TEXT,
    to_status   TEXT,
    note        TEXT NOT NULL,
    actor       TEXT NOT NULL,
    role        TEXT NOT NULL,
    detail      TEXT NOT NULL,
    at          TEXT NOT NULL
  ) STRICT;
  CREATE INDEX incident_history_incident ON incident_history(incident_id);

  CREATE TABLE outlet_reliability (
    key    TEXT PRIMARY KEY,
    grade  TEXT NOT NULL CHECK (grade IN ('A','B','C','D','E','F')),
    note   TEXT NOT NULL,
    set_by TEXT NOT NULL,
    set_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE claim_credibility (
    incident_id TEXT NOT NULL REFERENCES incidents(id),
    claim       TEXT NOT NULL,
    grade       INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 6),
    note        TEXT NOT NULL,
    set_by      TEXT NOT NULL,
    set_at      TEXT NOT NULL,
    PRIMARY KEY (incident_id, claim)
  ) STRICT;

  CREATE TABLE assessments (
    id         TEXT PRIMARY KEY,
    seq        INTEGER NOT NULL UNIQUE,
    status     TEXT NOT NULL,
    author     TEXT NOT NULL,
    as_of      TEXT NOT NULL,
    data       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE assessment_incidents (
    assessment_id TEXT NOT NULL REFERENCES assessments(id),
    incident_id   TEXT NOT NULL REFERENCES incidents(id),
    PRIMARY KEY (assessment_id, incident_id)
  ) STRICT;

  CREATE TABLE assessment_events (
    id            INTEGER PRIMARY KEY,
    assessment_id TEXT NOT NULL REFERENCES assessments(id),
    action        TEXT NOT NULL,
    from_status   TEXT,
    to_status     TEXT,
    actor         TEXT NOT NULL,
    role          TEXT NOT NULL,
    note          TEXT NOT NULL,
    at            TEXT NOT NULL
  ) STRICT;

  CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) STRICT;
`;
