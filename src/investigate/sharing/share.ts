import type { ShareRow } from "../../store/investigation.js";
import { CaseError, unwrap } from "../incidents/errors.js";
import { commit, loadIncident, nowIso, type OperationContext } from "../incidents/operations/context.js";
import { checkNote, REVIEWERS } from "../review/roles.js";

/**
 * Shares incidents with a partner institution (read-only access to them and their sources).
 * Deciding what leaves the organisation is a reviewer's decision, with a note.
 */
export async function shareIncidents(
  ctx: OperationContext,
  request: { partnerId: string; incidentIds: string[]; includeSensitive: boolean; note: string },
): Promise<ShareRow[]> {
  if (!REVIEWERS.includes(ctx.actor.role)) {
    throw new CaseError("role-not-permitted", "only reviewers and admins may share incidents with partners");
  }
  const note = unwrap(checkNote(request.note)).note;
  const partnerId = request.partnerId.trim();
  if (partnerId === "") throw new CaseError("invalid-change", "name the partner to share with");
  if (request.incidentIds.length === 0)
    throw new CaseError("invalid-change", "name at least one incident to share");
  for (const id of request.incidentIds) await loadIncident(ctx, id);
  const rows = request.incidentIds.map((incidentId) => ({
    incidentId,
    partnerId,
    includeSensitive: request.includeSensitive,
    sharedBy: ctx.actor.id,
    sharedAt: nowIso(ctx),
  }));
  await commit(ctx, { shares: rows }, "share.grant", {
    partnerId,
    incidentIds: request.incidentIds,
    includeSensitive: request.includeSensitive,
    note,
  });
  return rows;
}

export async function unshareIncident(
  ctx: OperationContext,
  request: { partnerId: string; incidentId: string; note: string },
): Promise<void> {
  if (!REVIEWERS.includes(ctx.actor.role)) {
    throw new CaseError("role-not-permitted", "only reviewers and admins may stop sharing incidents");
  }
  const note = unwrap(checkNote(request.note)).note;
  await commit(
    ctx,
    { removeShares: [{ incidentId: request.incidentId, partnerId: request.partnerId }] },
    "share.revoke",
    { ...request, note },
  );
}
