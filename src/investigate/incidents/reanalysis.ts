import type { Analysis } from "../../domain/analysis.js";
import type { Store, StoredSource } from "../../store/store.js";
import { CaseIndex } from "./case-index.js";
import { incidentLookup } from "./investigation.js";

export interface ReanalysisResult {
  reanalyzed: number;
  failed: { id: string; reason: string }[];
}

/**
 * Re-runs analysis on sources and replans their incident mentions: their old mentions leave
 * their incidents (which are recomputed), the new ones are merged as if just ingested, with
 * analysts' pins and detachments still honoured. The merge index is built once for the whole
 * batch, without the batch's own mentions.
 */
export async function reanalyzeSources(options: {
  store: Store;
  ids: string[];
  analyze: (source: StoredSource) => Analysis;
  actor: string;
  now?: () => Date;
  onProgress?: (done: number) => void;
}): Promise<ReanalysisResult> {
  const { store, ids, actor } = options;
  const index = CaseIndex.fromState(await store.loadMergeState(), new Set(ids));
  const lookup = incidentLookup(store);
  const failed: ReanalysisResult["failed"] = [];
  for (const [i, id] of ids.entries()) {
    try {
      const source = await store.getSource(id);
      if (source === null) throw new Error("the source is gone");
      const analysis = options.analyze(source);
      const plan = await index.plan(
        {
          sourceId: source.id,
          text: source.text,
          publishedAt: source.publishedAt,
          analysis,
          actor,
          now: (options.now?.() ?? new Date()).toISOString(),
          newSource: false,
          previous: await store.membershipsOfSource(source.id),
        },
        lookup,
      );
      await store.saveAnalysis(source.id, analysis, actor, plan.changes);
    } catch (error) {
      failed.push({ id, reason: error instanceof Error ? error.message : String(error) });
    }
    options.onProgress?.(i + 1);
  }
  return { reanalyzed: ids.length - failed.length, failed };
}
