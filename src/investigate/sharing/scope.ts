import type { IncidentQuery } from "../../store/investigation.js";
import type { Store } from "../../store/store.js";
import type { Role } from "../review/roles.js";
import { SENSITIVITY_FLAG_IDS, type SensitivityFlag, visibleTo } from "../review/sensitivity.js";

/** Who is looking: a staff member, or a partner institution's user. */
export interface Viewer {
  id: string;
  role: Role;
  partnerId: string | null;
}

/**
 * What a viewer may see, as filters the store applies in its queries (so totals and pages
 * stay right). Staff see everything except incidents carrying flags above their role;
 * partners see only incidents shared with them, flagged ones only when shared explicitly
 * with their sensitive material, and only the sources behind those incidents.
 */
export interface Scope {
  partner: boolean;
  incidents: Pick<IncidentQuery, "ids" | "hideFlags">;
  /** Undefined: every source. */
  sources: string[] | undefined;
}

export async function scopeFor(store: Store, viewer: Viewer): Promise<Scope> {
  if (viewer.role !== "partner") {
    const hideFlags = SENSITIVITY_FLAG_IDS.filter((f) => !visibleTo(viewer.role, [f], false));
    return { partner: false, incidents: { hideFlags }, sources: undefined };
  }
  const shares = viewer.partnerId === null ? [] : await store.listShares(viewer.partnerId);
  const explicit = new Map(shares.map((s) => [s.incidentId, s.includeSensitive]));
  // One query for the flags of every shared incident (merged-away ones are left out by it).
  const { items } = await store.listIncidents({
    limit: Math.max(1, shares.length),
    offset: 0,
    ids: [...explicit.keys()],
  });
  const ids = items
    .filter((i) => visibleTo("partner", i.flags as SensitivityFlag[], explicit.get(i.id) ?? false))
    .map((i) => i.id);
  return { partner: true, incidents: { ids }, sources: await store.sourcesOfIncidents(ids) };
}

export function canSeeIncident(scope: Scope, incident: { id: string; flags: string[] }): boolean {
  if (scope.incidents.ids !== undefined && !scope.incidents.ids.includes(incident.id)) return false;
  return !incident.flags.some((f) => scope.incidents.hideFlags?.includes(f));
}

export function canSeeSource(scope: Scope, sourceId: string): boolean {
  return scope.sources === undefined || scope.sources.includes(sourceId);
}
