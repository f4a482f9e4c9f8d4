import type { AuditEntry, AuditEvent } from "../audit/chain.js";
import type { Analysis } from "../domain/analysis.js";
import type { Capture, Origin } from "../domain/capture.js";
import type { ExtractedDocument } from "../domain/document.js";
import type { Source } from "../domain/source.js";
import type { ChangeSet, InvestigationStore } from "./investigation.js";

/** What an audit entry says about one stored row: its digest after the change, or null when deleted. */
export interface RowDigest {
  t: string;
  k: string;
  d: string | null;
}

/** Everything one ingested item writes, in one transaction. */
export interface IngestRecord {
  capture: Capture;
  document: ExtractedDocument;
  analysis: Analysis | null;
  /** What the item changes in the investigation (syndication group, incidents), computed beforehand. */
  changes?: ChangeSet;
  /** Extra facts for the ingest's audit entry (e.g. merge decisions). */
  auditDetail?: Record<string, unknown>;
}

export type IngestOutcome =
  | { status: "ingested"; sourceId: string; auditSeq: number }
  | { status: "duplicate"; sourceId: string };

/** A source as listed: metadata without the text. */
export interface SourceSummary {
  id: string;
  sha256: string;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  lang: string | null;
  url: string | null;
  origin: Origin;
  ingestedAt: string;
  words: number;
}

/** A source with its analysis, as shown. */
export interface StoredSource extends Source {
  analysis: Analysis | null;
  /** Every other time identical bytes were offered (other paths or URLs). */
  sightings: { origin: Origin; seenAt: string; seenBy: string }[];
}

export interface ListSourcesQuery {
  limit: number;
  offset: number;
  outlet?: string | undefined;
  lang?: string | undefined;
  /** Published on or after, ISO date. */
  from?: string | undefined;
  /** Published on or before, ISO date. */
  to?: string | undefined;
  /** Only these sources (what a partner may see). */
  restrictTo?: string[] | undefined;
}

/** A piece of a snippet; `hit` marks the words that matched. */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  source: SourceSummary;
  /** Lower is better (BM25 as SQLite reports it). */
  score: number;
  snippet: SnippetPart[];
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
}

export interface Stats {
  sources: number;
  captures: number;
  /** Total bytes of preserved originals. */
  bytes: number;
  words: number;
  sightings: number;
  auditEntries: number;
  byOutlet: { outlet: string; sources: number }[];
  byLang: { lang: string; sources: number }[];
  published: { first: string | null; last: string | null };
  analyzed: number;
}

/**
 * The one persistence contract the rest of Dossier calls. SQLite implements it for one
 * machine; a PostgreSQL implementation can be added without touching callers. Every
 * method that changes data appends its audit entry in the same transaction.
 */
export interface Store extends InvestigationStore {
  /** Records a capture, its source and its audit entry atomically; identical bytes → duplicate. */
  ingest(record: IngestRecord, actor: string): Promise<IngestOutcome>;
  /** The source id for a capture hash, or null. */
  sourceIdForCapture(sha256: string): Promise<string | null>;
  /** Notes that identical bytes were offered again (another path or URL). */
  recordSighting(sha256: string, origin: Origin, actor: string): Promise<void>;
  /** Full id or a unique prefix of at least 4 characters. */
  getSource(idOrPrefix: string): Promise<StoredSource | null>;
  listSources(query: ListSourcesQuery): Promise<{ total: number; items: SourceSummary[] }>;
  search(
    query: string,
    page: { limit: number; offset: number; restrictTo?: string[] | undefined },
  ): Promise<SearchResult>;
  stats(): Promise<Stats>;
  /** Replaces a source's analysis (after an analyzer upgrade) with what it changes, audited. */
  saveAnalysis(sourceId: string, analysis: Analysis, actor: string, changes?: ChangeSet): Promise<void>;
  /** Ids of sources whose analysis is missing or from another analyzer version. */
  sourcesNeedingAnalysis(version: string): Promise<string[]>;
  appendAudit(event: AuditEvent): Promise<AuditEntry>;
  /** Entries in order from `fromSeq`, streamed. */
  auditEntries(fromSeq?: number): AsyncIterable<AuditEntry>;
  auditHead(): Promise<AuditEntry | null>;
  /** The digest of every audited row as stored now, for checking against the audit log. */
  currentRowDigests(): AsyncIterable<RowDigest>;
  /** Refreshes what the database needs to plan queries well, after bulk changes. */
  optimize(): Promise<void>;
  close(): Promise<void>;
}

/** A request the store cannot satisfy, phrased for the person who made it. */
export class StoreError extends Error {
  override name = "StoreError";
  constructor(
    readonly code: "ambiguous-id" | "not-found" | "bad-query",
    message: string,
  ) {
    super(message);
  }
}
