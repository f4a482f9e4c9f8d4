import type { AuditEntry } from "../../audit/chain.js";
import type { Analysis } from "../../domain/analysis.js";
import type { Capture, Origin } from "../../domain/capture.js";
import type { Range } from "../../domain/document.js";
import type { SnippetPart, SourceSummary, StoredSource } from "../store.js";

// Storage rows stay in this file; everything above the store sees domain types only.

export interface CaptureRow {
  sha256: string;
  size: number;
  media_type: string;
  encoding: string;
  origin: string;
  retrieved_at: string;
  http: string | null;
  captured_by: string;
}

export interface SourceRow {
  id: string;
  sha256: string;
  title: string | null;
  byline: string | null;
  published_at: string | null;
  outlet: string | null;
  lang: string | null;
  url: string | null;
  text: string;
  paragraphs: string;
  words: number;
  extractor: string;
  ingested_at: string;
  analysis: string | null;
  analyzer_version: string | null;
}

export type SummaryRow = Pick<
  SourceRow,
  "id" | "sha256" | "title" | "outlet" | "published_at" | "lang" | "url" | "ingested_at" | "words"
> & { origin: string };

export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  payload: string;
  prev_hash: string;
  hash: string;
}

export function toCapture(row: CaptureRow): Capture {
  return {
    sha256: row.sha256,
    size: row.size,
    mediaType: row.media_type,
    encoding: row.encoding === "gzip" ? "gzip" : "identity",
    origin: JSON.parse(row.origin) as Origin,
    retrievedAt: row.retrieved_at,
    http: row.http === null ? null : JSON.parse(row.http),
    capturedBy: row.captured_by,
  };
}

export function toSummary(row: SummaryRow): SourceSummary {
  return {
    id: row.id,
    sha256: row.sha256,
    title: row.title,
    outlet: row.outlet,
    publishedAt: row.published_at,
    lang: row.lang,
    url: row.url,
    origin: JSON.parse(row.origin) as Origin,
    ingestedAt: row.ingested_at,
    words: row.words,
  };
}

export function toStoredSource(
  row: SourceRow,
  capture: Capture,
  sightings: StoredSource["sightings"],
): StoredSource {
  return {
    id: row.id,
    sha256: row.sha256,
    capture,
    ingestedAt: row.ingested_at,
    title: row.title,
    byline: row.byline,
    publishedAt: row.published_at,
    outlet: row.outlet,
    lang: row.lang,
    url: row.url,
    text: row.text,
    paragraphs: JSON.parse(row.paragraphs) as Range[],
    extractor: row.extractor,
    analysis: row.analysis === null ? null : (JSON.parse(row.analysis) as Analysis),
    sightings,
  };
}

export function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    payload: JSON.parse(row.payload),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

// Snippets come back from FTS5 with these control characters around matches; extraction
// strips control characters from texts, so they cannot occur in the text itself.
export const HIT_START = "\u0002";
export const HIT_END = "\u0003";

export function toSnippet(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const piece of marked.split(HIT_START)) {
    const end = piece.indexOf(HIT_END);
    if (end === -1) {
      if (piece) parts.push({ text: piece, hit: false });
      continue;
    }
    parts.push({ text: piece.slice(0, end), hit: true });
    const rest = piece.slice(end + 1);
    if (rest) parts.push({ text: rest, hit: false });
  }
  return parts;
}
