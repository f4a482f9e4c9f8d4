import type Database from "better-sqlite3";
import type { ChangeSet, IncidentWrite, Membership } from "../investigation.js";
import type { RowTracker } from "./tracker.js";

const json = (v: unknown): string => JSON.stringify(v);

function writeIncident(db: Database.Database, tracker: RowTracker, i: IncidentWrite): void {
  db.prepare(
    `INSERT INTO incidents (id, seq, status, assignee, title, overrides, flags, merged_into, event_type,
       place_name, lat, lon, date_from, date_to, date_basis, categories, sources, independent_sources,
       killed_low, killed_high, injured_low, injured_high, created_at, created_by, updated_at)
     VALUES (@id, @seq, @status, @assignee, @title, @overrides, @flags, @mergedInto, @eventType,
       @placeName, @lat, @lon, @dateFrom, @dateTo, @dateBasis, @categories, @sources, @independentSources,
       @killedLow, @killedHigh, @injuredLow, @injuredHigh, @createdAt, @createdBy, @updatedAt)
     ON CONFLICT(id) DO UPDATE SET status = excluded.status, assignee = excluded.assignee, title = excluded.title,
       overrides = excluded.overrides, flags = excluded.flags, merged_into = excluded.merged_into,
       event_type = excluded.event_type, place_name = excluded.place_name,
       lat = excluded.lat, lon = excluded.lon, date_from = excluded.date_from, date_to = excluded.date_to, date_basis = excluded.date_basis,
       categories = excluded.categories, sources = excluded.sources,
       independent_sources = excluded.independent_sources, killed_low = excluded.killed_low,
       killed_high = excluded.killed_high, injured_low = excluded.injured_low,
       injured_high = excluded.injured_high, updated_at = excluded.updated_at`,
  ).run({
    id: i.id,
    seq: i.seq,
    status: i.status,
    assignee: i.assignee,
    title: i.title,
    overrides: json(i.overrides),
    flags: json(i.flags),
    mergedInto: i.mergedInto,
    eventType: i.eventType,
    placeName: i.placeName,
    lat: i.lat,
    lon: i.lon,
    dateFrom: i.dateFrom,
    dateTo: i.dateTo,
    dateBasis: i.dateBasis,
    // Bracketed so that a LIKE '%|Healthcare|%' filter matches whole categories only.
    categories: i.categories.length ? `|${i.categories.join("|")}|` : "",
    sources: i.sources,
    independentSources: i.independentSources,
    killedLow: i.killed?.low ?? null,
    killedHigh: i.killed?.high ?? null,
    injuredLow: i.injured?.low ?? null,
    injuredHigh: i.injured?.high ?? null,
    createdAt: i.createdAt,
    createdBy: i.createdBy,
    updatedAt: i.updatedAt,
  });
  tracker.touch("incidents", i.id);
  db.prepare(
    `INSERT INTO incident_summaries (incident_id, summary) VALUES (?, ?)
     ON CONFLICT(incident_id) DO UPDATE SET summary = excluded.summary`,
  ).run(i.id, json(i.summary));
  tracker.touch("incident_summaries", i.id);
}

function writeMembership(db: Database.Database, tracker: RowTracker, m: Membership): void {
  db.prepare(
    `INSERT INTO incident_mentions (id, source_id, incident_id, record, how, score, reasons, decided_by, decided_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET incident_id = excluded.incident_id, record = excluded.record, how = excluded.how,
       score = excluded.score, reasons = excluded.reasons, decided_by = excluded.decided_by,
       decided_at = excluded.decided_at`,
  ).run(
    m.mentionId,
    m.sourceId,
    m.incidentId,
    json(m.record),
    m.how,
    m.score,
    json(m.reasons),
    m.decidedBy,
    m.decidedAt,
  );
  tracker.touch("incident_mentions", m.mentionId);
}

function writeSyndication(db: Database.Database, tracker: RowTracker, changes: ChangeSet): void {
  for (const s of changes.signatures ?? []) {
    db.prepare(
      "INSERT INTO source_signatures (source_id, seq, signature, group_id, links) VALUES (?, ?, ?, ?, ?)",
    ).run(s.sourceId, s.seq, s.signature, s.groupId, json(s.links));
    tracker.touch("source_signatures", s.sourceId);
  }
  for (const { from, to } of changes.regroup ?? []) {
    for (const group of from) {
      const moved = db.prepare("SELECT source_id FROM source_signatures WHERE group_id = ?").all(group) as {
        source_id: string;
      }[];
      db.prepare("UPDATE source_signatures SET group_id = ? WHERE group_id = ?").run(to, group);
      for (const m of moved) tracker.touch("source_signatures", m.source_id);
    }
  }
}

function writeIncidentParts(db: Database.Database, tracker: RowTracker, changes: ChangeSet): void {
  // Incidents before memberships and links, which reference them.
  for (const i of changes.incidents ?? []) writeIncident(db, tracker, i);
  for (const id of changes.removeMemberships ?? []) {
    db.prepare("DELETE FROM incident_mentions WHERE id = ?").run(id);
    tracker.touch("incident_mentions", id);
  }
  for (const m of changes.memberships ?? []) writeMembership(db, tracker, m);
  for (const s of changes.manualSources ?? []) {
    db.prepare(
      `INSERT INTO incident_sources (incident_id, source_id, note, added_by, added_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(incident_id, source_id) DO UPDATE SET note = excluded.note`,
    ).run(s.incidentId, s.sourceId, s.note, s.addedBy, s.addedAt);
    tracker.touch("incident_sources", `${s.incidentId}|${s.sourceId}`);
  }
  for (const s of changes.removeManualSources ?? []) {
    db.prepare("DELETE FROM incident_sources WHERE incident_id = ? AND source_id = ?").run(
      s.incidentId,
      s.sourceId,
    );
    tracker.touch("incident_sources", `${s.incidentId}|${s.sourceId}`);
  }
  for (const c of changes.constraints ?? []) {
    const { lastInsertRowid } = db
      .prepare(
        "INSERT INTO merge_constraints (kind, mention_id, other, set_by, set_at) VALUES (?, ?, ?, ?, ?)",
      )
      .run(c.kind, c.mentionId, c.other, c.setBy, c.setAt);
    tracker.touch("merge_constraints", lastInsertRowid);
  }
  for (const h of changes.history ?? []) {
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO incident_history (incident_id, kind, from_status, to_status, note, actor, role, detail, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(h.incidentId, h.kind, h.fromStatus, h.toStatus, h.note, h.actor, h.role, json(h.detail), h.at);
    tracker.touch("incident_history", lastInsertRowid);
  }
}

function writeGrades(db: Database.Database, tracker: RowTracker, changes: ChangeSet): void {
  for (const g of changes.outletGrades ?? []) {
    db.prepare(
      `INSERT INTO outlet_reliability (key, grade, note, set_by, set_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET grade = excluded.grade, note = excluded.note, set_by = excluded.set_by,
         set_at = excluded.set_at`,
    ).run(g.key, g.grade, g.note, g.setBy, g.setAt);
    tracker.touch("outlet_reliability", g.key);
  }
  for (const g of changes.claimGrades ?? []) {
    db.prepare(
      `INSERT INTO claim_credibility (incident_id, claim, grade, note, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(incident_id, claim) DO UPDATE SET grade = excluded.grade, note = excluded.note,
         set_by = excluded.set_by, set_at = excluded.set_at`,
    ).run(g.incidentId, g.claim, g.grade, g.note, g.setBy, g.setAt);
    tracker.touch("claim_credibility", `${g.incidentId}|${g.claim}`);
  }
}

function writeAssessments(db: Database.Database, tracker: RowTracker, changes: ChangeSet): void {
  for (const { assessment: a, createdAt, updatedAt } of changes.assessments ?? []) {
    const seq = Number(a.id.replace(/^\D+/, ""));
    db.prepare(
      `INSERT INTO assessments (id, seq, status, author, as_of, data, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET status = excluded.status, as_of = excluded.as_of, data = excluded.data,
         updated_at = excluded.updated_at`,
    ).run(a.id, seq, a.status, a.author, a.asOf, json(a), createdAt, updatedAt);
    tracker.touch("assessments", a.id);
    const existing = db
      .prepare("SELECT incident_id FROM assessment_incidents WHERE assessment_id = ?")
      .all(a.id) as {
      incident_id: string;
    }[];
    for (const e of existing) {
      if (a.incidentIds.includes(e.incident_id)) continue;
      db.prepare("DELETE FROM assessment_incidents WHERE assessment_id = ? AND incident_id = ?").run(
        a.id,
        e.incident_id,
      );
      tracker.touch("assessment_incidents", `${a.id}|${e.incident_id}`);
    }
    for (const incidentId of a.incidentIds) {
      db.prepare("INSERT OR IGNORE INTO assessment_incidents (assessment_id, incident_id) VALUES (?, ?)").run(
        a.id,
        incidentId,
      );
      tracker.touch("assessment_incidents", `${a.id}|${incidentId}`);
    }
  }
  for (const e of changes.assessmentEvents ?? []) {
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO assessment_events (assessment_id, action, from_status, to_status, actor, role, note, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(e.assessmentId, e.action, e.fromStatus, e.toStatus, e.actor, e.role, e.note, e.at);
    tracker.touch("assessment_events", lastInsertRowid);
  }
}

function writeShares(db: Database.Database, tracker: RowTracker, changes: ChangeSet): void {
  for (const s of changes.shares ?? []) {
    db.prepare(
      `INSERT INTO incident_shares (incident_id, partner_id, include_sensitive, shared_by, shared_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(incident_id, partner_id) DO UPDATE SET include_sensitive = excluded.include_sensitive,
         shared_by = excluded.shared_by, shared_at = excluded.shared_at`,
    ).run(s.incidentId, s.partnerId, s.includeSensitive ? 1 : 0, s.sharedBy, s.sharedAt);
    tracker.touch("incident_shares", `${s.incidentId}|${s.partnerId}`);
  }
  for (const s of changes.removeShares ?? []) {
    db.prepare("DELETE FROM incident_shares WHERE incident_id = ? AND partner_id = ?").run(
      s.incidentId,
      s.partnerId,
    );
    tracker.touch("incident_shares", `${s.incidentId}|${s.partnerId}`);
  }
}

/** Writes a change set inside the caller's transaction, touching every row it writes. */
export function writeChanges(db: Database.Database, tracker: RowTracker, changes: ChangeSet): void {
  writeSyndication(db, tracker, changes);
  writeIncidentParts(db, tracker, changes);
  writeGrades(db, tracker, changes);
  writeAssessments(db, tracker, changes);
  writeShares(db, tracker, changes);
  for (const s of changes.settings ?? []) {
    db.prepare(
      "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    ).run(s.key, s.value);
    tracker.touch("settings", s.key);
  }
}
