import type { CapturedItem, CaptureFailure, CaptureResult, Content } from "../capture/types.js";
import type { Analysis } from "../domain/analysis.js";
import type { CaptureHints } from "../domain/capture.js";
import type { ExtractedDocument } from "../domain/document.js";
import { sourceIdFor } from "../domain/source.js";
import type { Plan, PlanInput } from "../investigate/incidents/case-index.js";
import type { BlobStore } from "../store/blobs/blob-store.js";
import type { Store } from "../store/store.js";

/** Incremental merging: what a new source changes in syndication groups and incidents. */
export interface Investigation {
  plan(input: PlanInput): Promise<Plan>;
  /** Called when a plan could not be stored: the in-memory indexes no longer match the store. */
  reset(): void;
}

export interface IngestDeps {
  store: Store;
  blobs: BlobStore;
  extract: (content: Content, hints: CaptureHints) => ExtractedDocument;
  analyze: (doc: ExtractedDocument) => Analysis;
  investigation?: Investigation;
  actor: string;
  now?: () => Date;
}

export type IngestEvent =
  | { kind: "ingested"; label: string; sourceId: string; title: string | null; warning?: string }
  | { kind: "duplicate"; label: string; sourceId: string }
  | { kind: "failed"; label: string; reason: string };

function message(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0] ?? text;
}

function failed(failure: CaptureFailure): IngestEvent {
  return { kind: "failed", label: failure.label, reason: failure.reason };
}

/**
 * Takes one captured item through extract → analyze → store. Identical bytes already held
 * are recognised before any work is done. The original is written to the blob store before
 * the database transaction: if that transaction fails the blob is left unreferenced, which
 * is harmless (content-addressed, reused by the next attempt) whereas the reverse order
 * could leave a source whose original is missing.
 */
export async function ingestItem(item: CapturedItem, deps: IngestDeps): Promise<IngestEvent> {
  const { capture } = item;
  const existing = await deps.store.sourceIdForCapture(capture.sha256);
  if (existing !== null) {
    await deps.store.recordSighting(capture.sha256, capture.origin, deps.actor);
    return { kind: "duplicate", label: item.label, sourceId: existing };
  }
  let document: ExtractedDocument;
  try {
    document = deps.extract(item.content, item.hints);
  } catch (error) {
    return { kind: "failed", label: item.label, reason: message(error) };
  }
  // Originals are sacred: an analyzer bug must not cost the capture. The source is kept
  // without analysis and `dossier reanalyze` picks it up once the analyzer is fixed.
  let analysis: Analysis | null = null;
  let warning: string | undefined;
  try {
    analysis = deps.analyze(document);
  } catch (error) {
    warning = `analysis failed, stored without it: ${message(error)}`;
  }
  try {
    const plan = await deps.investigation?.plan({
      sourceId: sourceIdFor(capture.sha256),
      text: document.text,
      publishedAt: document.publishedAt,
      analysis,
      actor: deps.actor,
      now: (deps.now?.() ?? new Date()).toISOString(),
      newSource: true,
    });
    await deps.blobs.put(capture.sha256, item.original);
    const outcome = await deps.store.ingest(
      { capture, document, analysis, ...(plan && { changes: plan.changes, auditDetail: plan.detail }) },
      deps.actor,
    );
    if (outcome.status === "duplicate")
      return { kind: "duplicate", label: item.label, sourceId: outcome.sourceId };
    const event: IngestEvent = {
      kind: "ingested",
      label: item.label,
      sourceId: outcome.sourceId,
      title: document.title,
    };
    return warning === undefined ? event : { ...event, warning };
  } catch (error) {
    deps.investigation?.reset();
    return { kind: "failed", label: item.label, reason: `could not be stored: ${message(error)}` };
  }
}

/** Ingests every captured item in order, one at a time, reporting each outcome. */
export async function* ingestAll(
  results: AsyncIterable<CaptureResult>,
  deps: IngestDeps,
): AsyncIterable<IngestEvent> {
  for await (const result of results) {
    yield result.ok ? await ingestItem(result.item, deps) : failed(result.failure);
  }
}

export interface IngestSummary {
  ingested: number;
  duplicates: number;
  failed: { label: string; reason: string }[];
  warnings: { label: string; warning: string }[];
}

export function emptySummary(): IngestSummary {
  return { ingested: 0, duplicates: 0, failed: [], warnings: [] };
}

/** Counts one event into a running summary (mutated in place: batches can be large). */
export function tally(summary: IngestSummary, event: IngestEvent): void {
  switch (event.kind) {
    case "ingested":
      summary.ingested++;
      if (event.warning) summary.warnings.push({ label: event.label, warning: event.warning });
      return;
    case "duplicate":
      summary.duplicates++;
      return;
    case "failed":
      summary.failed.push({ label: event.label, reason: event.reason });
      return;
  }
}
