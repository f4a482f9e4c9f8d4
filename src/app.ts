import { join } from "node:path";
import { analyze } from "./analyze/index.js";
import { type AuthService, createAuthService } from "./auth/index.js";
import { captureInputs, type PlannedInput, planInputs } from "./capture/index.js";
import type { Config } from "./config.js";
import { extract } from "./extract/index.js";
import { openInvestigation } from "./investigate/incidents/investigation.js";
import {
  emptySummary,
  type IngestDeps,
  type IngestEvent,
  type IngestSummary,
  type Investigation,
  ingestAll,
  tally,
} from "./pipeline/ingest.js";
import type { BlobStore } from "./store/blobs/blob-store.js";
import { FsBlobStore } from "./store/blobs/fs-blob-store.js";
import { SqliteAuthRepository } from "./store/sqlite/auth-repository.js";
import { SqliteStore } from "./store/sqlite/sqlite-store.js";
import type { Store } from "./store/store.js";

export interface IngestOptions {
  stdin?: NodeJS.ReadableStream;
  /** Who is ingesting, when not the configured actor (e.g. the user logged in to the web app). */
  actor?: string;
  /** Called once the inputs are expanded, with the number of items to expect (at least). */
  onPlanned?: (count: number) => void;
  onEvent?: (event: IngestEvent) => void;
}

/** A running Dossier: the store, the preserved originals, accounts, and the operations over them. */
export interface Dossier {
  config: Config;
  store: Store;
  blobs: BlobStore;
  auth: AuthService;
  /** Incremental merging; `reset()` after changing incidents or constraints by hand. */
  investigation: Investigation;
  /** Files, folders, URLs and "-" as given on a command line. */
  ingest(inputs: string[], options?: IngestOptions): Promise<IngestSummary>;
  /** Inputs already planned, e.g. files uploaded through the API. */
  ingestPlanned(planned: PlannedInput[], options?: IngestOptions): Promise<IngestSummary>;
  close(): Promise<void>;
}

/**
 * The composition root: the only place that chooses implementations (SQLite store,
 * file-system blobs, the extractor and analyzer, accounts) and wires them together.
 */
export function openDossier(config: Config): Dossier {
  const store = new SqliteStore({ path: join(config.dataDir, "dossier.db") });
  const blobs = new FsBlobStore(join(config.dataDir, "blobs"));
  const investigation = openInvestigation(store);
  const auth = createAuthService({
    repo: new SqliteAuthRepository(store),
    audit: (event) => store.appendAudit(event),
  });
  const depsFor = (actor: string): IngestDeps => ({
    store,
    blobs,
    investigation,
    extract,
    analyze: (doc) => analyze(doc.text, { publishedAt: doc.publishedAt, lang: doc.lang }),
    actor,
  });

  async function ingestPlanned(planned: PlannedInput[], options: IngestOptions = {}): Promise<IngestSummary> {
    options.onPlanned?.(planned.length);
    const actor = options.actor ?? config.actor;
    const results = captureInputs(planned, {
      config,
      actor,
      ...(options.stdin ? { stdin: options.stdin } : {}),
    });
    const summary = emptySummary();
    for await (const event of ingestAll(results, depsFor(actor))) {
      tally(summary, event);
      options.onEvent?.(event);
    }
    if (summary.ingested > 0) await store.optimize();
    return summary;
  }

  return {
    config,
    store,
    blobs,
    auth,
    investigation,
    ingestPlanned,
    async ingest(inputs, options = {}) {
      return ingestPlanned(await planInputs(inputs), options);
    },
    close: () => store.close(),
  };
}
