import type { Investigation } from "../../pipeline/ingest.js";
import type { Store } from "../../store/store.js";
import { CaseIndex, type StoredIncidentLookup } from "./case-index.js";

/** The case index, built from the store when first needed and dropped when it may be stale. */
/** Reads an incident's stored fields and hand-attached sources, for recomputing it. */
export function incidentLookup(store: Store): StoredIncidentLookup {
  return async (id) => {
    const detail = await store.getIncident(id);
    if (detail === null) throw new Error(`incident ${id} is in the merge index but not in the store`);
    return { incident: detail.incident, manual: detail.manualSources.map((m) => m.sourceId) };
  };
}

export function openInvestigation(store: Store): Investigation {
  let index: CaseIndex | null = null;
  const lookup = incidentLookup(store);
  return {
    async plan(input) {
      index ??= CaseIndex.fromState(await store.loadMergeState());
      return index.plan(input, lookup);
    },
    reset() {
      index = null;
    },
  };
}
