import { join } from "node:path";
import { analyze } from "./analyze/index.js";
import { captureInputs, planInputs } from "./capture/index.js";
import type { Config } from "./config.js";
import { extract } from "./extract/index.js";
import { openInvestigation } from "./investigate/incidents/investigation.js";
import {
  emptySummary,
  type IngestEvent,
  type IngestSummary,
  type Investigation,
  ingestAll,
  tally,
} from "./pipeline/ingest.js";
import type { BlobStore } from "./store/blobs/blob-store.js";
import { FsBlobStore } from "./store/blobs/fs-blob-store.js";
import { SqliteStore } from "./store/sqlite/sqlite-store.js";
import type { Store } from "./store/store.js";

export interface IngestOptions {
  stdin?: NodeJS.ReadableStream;
  /** Called once the inputs are expanded, with the number of items to expect (at least). */
  onPlanned?: (count: number) => void;
  onEvent?: (event: IngestEvent) => void;
}

/** A running Dossier: the store, the preserved originals, and the operations over them. */
export interface Dossier {
  config: Config;
  store: Store;
  blobs: BlobStore;
  /** Incremental merging; `reset()` after changing incidents or constraints by hand. */
  investigation: Investigation;
  ingest(inputs: string[], options?: IngestOptions): Promise<IngestSummary>;
  close(): Promise<void>;
}

/**
 * The composition root: the only place that chooses implementations (SQLite store,
 * file-system blobs, the extractor and analyzer) and wires them together.
 */
export function openDossier(config: Config): Dossier {
  const store = new SqliteStore({ path: join(config.dataDir, "dossier.db") });
  const blobs = new FsBlobStore(join(config.dataDir, "blobs"));
  const investigation = openInvestigation(store);
  const deps = {
    store,
    blobs,
    investigation,
    extract,
    analyze: (doc: { text: string; publishedAt: string | null; lang: string | null }) =>
      analyze(doc.text, { publishedAt: doc.publishedAt, lang: doc.lang }),
    actor: config.actor,
  };
  return {
    config,
    store,
    blobs,
    investigation,
    async ingest(inputs, options = {}) {
      const planned = await planInputs(inputs);
      options.onPlanned?.(planned.length);
      const results = captureInputs(planned, {
        config,
        actor: config.actor,
        ...(options.stdin ? { stdin: options.stdin } : {}),
      });
      const summary = emptySummary();
      for await (const event of ingestAll(results, deps)) {
        tally(summary, event);
        options.onEvent?.(event);
      }
      return summary;
    },
    close: () => store.close(),
  };
}
