import { createHash } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CapturedItem } from "../../capture/types.js";
import type { Analysis } from "../../domain/analysis.js";
import { type IngestDeps, ingestItem } from "../../pipeline/ingest.js";
import { FsBlobStore } from "../../store/blobs/fs-blob-store.js";
import { SqliteStore } from "../../store/sqlite/sqlite-store.js";
import { buildDocument } from "../../testing/builders.js";
import { buildMention, type MentionSpec } from "../merge/test-builders.js";
import type { Actor } from "../review/roles.js";
import { openInvestigation } from "./investigation.js";
import type { OperationContext } from "./operations/context.js";

/** An analysis whose incident mentions are described by specs (see merge/test-builders.ts). */
export function analysisOf(specs: Omit<MentionSpec, "id">[]): Analysis {
  const figures: Analysis["figures"] = [];
  const incidents = specs.map((spec, i) => {
    const record = buildMention({ ...spec, id: `m${i}` });
    const first = figures.length;
    figures.push(...record.figures);
    return { ...record.mention, figures: record.figures.map((_, j) => first + j) };
  });
  return { version: "test", entities: [], dates: [], quotes: [], figures, incidents, assessments: [] };
}

/**
 * A store with incremental merging, where each ingested text gets the analysis the test
 * gives it: the investigation is tested on its own, whatever the analyzer reads.
 */
export async function caseworkHarness() {
  const dir = await mkdtemp(join(tmpdir(), "dossier-casework-"));
  const store = new SqliteStore({ path: join(dir, "db.sqlite") });
  const blobs = new FsBlobStore(join(dir, "blobs"));
  const investigation = openInvestigation(store);
  const analyses = new Map<string, Analysis>();
  const deps: IngestDeps = {
    store,
    blobs,
    investigation,
    extract: (content) =>
      buildDocument({ paragraphsText: content.text.split("\n\n"), publishedAt: "2024-03-05" }),
    analyze: (doc) => analyses.get(doc.text) ?? analysisOf([]),
    actor: "tester",
  };

  /** Ingests a text with the given incident mentions; returns its source id. */
  async function ingest(text: string, mentions: Omit<MentionSpec, "id">[] = []): Promise<string> {
    analyses.set(text, analysisOf(mentions));
    const original = Buffer.from(text);
    const sha256 = createHash("sha256").update(original).digest("hex");
    const item: CapturedItem = {
      label: `${sha256.slice(0, 6)}.txt`,
      capture: {
        sha256,
        size: original.length,
        mediaType: "text/plain",
        encoding: "identity",
        origin: { kind: "file", path: `${sha256.slice(0, 6)}.txt` },
        retrievedAt: "2024-03-05T10:00:00Z",
        http: null,
        capturedBy: "tester",
      },
      original,
      content: { mediaType: "text/plain", text },
      hints: { url: null, publishedAt: null, outlet: null, title: null },
    };
    const event = await ingestItem(item, deps);
    if (event.kind !== "ingested") throw new Error(`ingest failed: ${JSON.stringify(event)}`);
    return event.sourceId;
  }

  function as(actor: Actor): OperationContext {
    return { store, actor, onMembershipChanged: () => investigation.reset() };
  }

  return { store, ingest, as };
}

/** A report text long enough for near-duplicate detection, about one fictional event. */
export function reportText(seed: string, sentences = 40): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) {
    out.push(
      `Report ${seed} sentence ${i} describes what residents of the fictional town saw on that day number ${i * 7}.`,
    );
  }
  return out.join(" ");
}
