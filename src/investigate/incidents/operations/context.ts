import type { Incident } from "../../../domain/incident.js";
import type { ChangeSet, HistoryRow, IncidentDetail, IncidentWrite } from "../../../store/investigation.js";
import type { Store } from "../../../store/store.js";
import { type MentionRecord, summarizeIncident } from "../../merge/index.js";
import type { Actor } from "../../review/roles.js";
import { STAFF } from "../../review/roles.js";
import { CaseError } from "../errors.js";
import { incidentFacets, regrouped } from "../records.js";

/** What every analyst operation needs: the store, who acts, the clock. */
export interface OperationContext {
  store: Store;
  actor: Actor;
  now?: () => Date;
  /** Called after memberships or constraints changed, so incremental merging reloads them. */
  onMembershipChanged?: () => void;
}

export function nowIso(ctx: OperationContext): string {
  return (ctx.now?.() ?? new Date()).toISOString();
}

export function requireStaff(ctx: OperationContext): void {
  if (!STAFF.includes(ctx.actor.role))
    throw new CaseError("read-only-role", `the ${ctx.actor.role} role is read-only`);
}

export async function loadIncident(ctx: OperationContext, id: string): Promise<IncidentDetail> {
  const detail = await ctx.store.getIncident(id);
  if (detail === null) throw new CaseError("incident-not-found", `no incident ${id}`);
  if (detail.incident.mergedInto !== null) {
    throw new CaseError(
      "invalid-change",
      `${id} was merged into ${detail.incident.mergedInto}; work on that one`,
    );
  }
  return detail;
}

/**
 * The incident written back with its summary and facets recomputed from the given members
 * and hand-attached sources, on top of `incident` (which carries any edited fields).
 */
export async function rewrite(
  ctx: OperationContext,
  incident: Incident,
  records: MentionRecord[],
  manualSourceIds: string[],
): Promise<IncidentWrite> {
  const groups = await ctx.store.groupsOfSources([...records.map((r) => r.sourceId), ...manualSourceIds]);
  const groupOf = (s: string) => groups.get(s) ?? s;
  const current = regrouped(records, groupOf);
  const summary = current.length > 0 ? summarizeIncident(current) : null;
  const manual = manualSourceIds.map((sourceId) => ({ sourceId, group: groupOf(sourceId) }));
  return {
    ...incident,
    summary,
    ...incidentFacets({
      summary,
      overrides: incident.overrides,
      manual,
      published: records.map((r) => r.publishedAt),
    }),
    updatedAt: nowIso(ctx),
  };
}

export function history(
  ctx: OperationContext,
  incident: Incident,
  entry: Partial<HistoryRow> & { kind: string; note: string },
): HistoryRow {
  return {
    incidentId: incident.id,
    fromStatus: incident.status,
    toStatus: incident.status,
    actor: ctx.actor.id,
    role: ctx.actor.role,
    detail: {},
    at: nowIso(ctx),
    ...entry,
  };
}

/** Applies a change set with its audit entry and returns the incident as stored after it. */
export async function commit(
  ctx: OperationContext,
  changes: ChangeSet,
  action: string,
  payload: Record<string, unknown>,
): Promise<void> {
  await ctx.store.applyChanges(changes, {
    actor: ctx.actor.id,
    action,
    payload: { role: ctx.actor.role, ...payload },
  });
  if (changes.memberships || changes.constraints || changes.removeMemberships) ctx.onMembershipChanged?.();
}
