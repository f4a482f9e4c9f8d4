import type { Incident, IncidentStatusId } from "../../../domain/incident.js";
import { changeFlags, type SensitivityFlag } from "../../review/sensitivity.js";
import { assign, transition } from "../../review/workflow.js";
import { unwrap } from "../errors.js";
import { commit, history, loadIncident, nowIso, type OperationContext } from "./context.js";

/** Moves an incident along the review workflow; a note is always required. */
export async function reviewIncident(
  ctx: OperationContext,
  id: string,
  request: { to: IncidentStatusId; note: string; assignee?: string | null },
): Promise<Incident> {
  const { incident, summary } = await loadIncident(ctx, id);
  const { next, historyEntry } = unwrap(
    transition(
      { status: incident.status, assignee: incident.assignee },
      {
        to: request.to,
        note: request.note,
        actor: ctx.actor,
        ...("assignee" in request && { assignee: request.assignee }),
      },
    ),
  );
  const updated = { ...incident, status: next.status, assignee: next.assignee, updatedAt: nowIso(ctx) };
  await commit(
    ctx,
    {
      incidents: [{ ...updated, summary }],
      history: [
        history(ctx, incident, {
          kind: "status",
          toStatus: next.status,
          note: historyEntry.note,
          detail: { assigneeBefore: historyEntry.assigneeBefore, assigneeAfter: historyEntry.assigneeAfter },
        }),
      ],
    },
    "incident.review",
    { incidentId: id, from: incident.status, to: next.status, note: historyEntry.note },
  );
  return updated;
}

/** Changes who an incident is assigned to. */
export async function assignIncident(
  ctx: OperationContext,
  id: string,
  request: { assignee: string | null; note?: string },
): Promise<Incident> {
  const { incident, summary } = await loadIncident(ctx, id);
  const { next, historyEntry } = unwrap(
    assign({ status: incident.status, assignee: incident.assignee }, { ...request, actor: ctx.actor }),
  );
  const updated = { ...incident, assignee: next.assignee, updatedAt: nowIso(ctx) };
  await commit(
    ctx,
    {
      incidents: [{ ...updated, summary }],
      history: [
        history(ctx, incident, {
          kind: "assign",
          note: historyEntry.note,
          detail: { assigneeBefore: historyEntry.assigneeBefore, assigneeAfter: historyEntry.assigneeAfter },
        }),
      ],
    },
    "incident.assign",
    { incidentId: id, assignee: next.assignee },
  );
  return updated;
}

/** Adds or removes sensitivity flags (removing needs a reviewer and a note). */
export async function flagIncident(
  ctx: OperationContext,
  id: string,
  request: { add?: string[]; remove?: string[]; note?: string },
): Promise<Incident> {
  const { incident, summary } = await loadIncident(ctx, id);
  const { next, historyEntry } = unwrap(
    changeFlags(incident.flags as SensitivityFlag[], { ...request, actor: ctx.actor }),
  );
  const updated = { ...incident, flags: next, updatedAt: nowIso(ctx) };
  await commit(
    ctx,
    {
      incidents: [{ ...updated, summary }],
      history: [
        history(ctx, incident, {
          kind: "flags",
          note: historyEntry.note,
          detail: { added: historyEntry.added, removed: historyEntry.removed },
        }),
      ],
    },
    "incident.flags",
    { incidentId: id, added: historyEntry.added, removed: historyEntry.removed },
  );
  return updated;
}
