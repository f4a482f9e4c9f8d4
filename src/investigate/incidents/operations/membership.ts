import type { Incident, IncidentOverrides } from "../../../domain/incident.js";
import { incidentIdFor } from "../../../domain/incident.js";
import type { ConstraintRow, IncidentDetail, Membership } from "../../../store/investigation.js";
import { checkNote } from "../../review/roles.js";
import { CaseError, unwrap } from "../errors.js";
import {
  commit,
  history,
  loadIncident,
  nowIso,
  type OperationContext,
  requireStaff,
  rewrite,
} from "./context.js";

function note(text: string | undefined): string {
  return unwrap(checkNote(text)).note;
}

function moved(
  ctx: OperationContext,
  m: Membership,
  incidentId: string | null,
  how: string,
  why: string,
): Membership {
  return {
    ...m,
    incidentId,
    how,
    score: null,
    reasons: [{ kind: "pinned", detail: why }],
    decidedBy: ctx.actor.id,
    decidedAt: nowIso(ctx),
  };
}

function constraint(
  ctx: OperationContext,
  kind: ConstraintRow["kind"],
  mentionId: string,
  other: string,
): ConstraintRow {
  return { kind, mentionId, other, setBy: ctx.actor.id, setAt: nowIso(ctx) };
}

function manualIds(detail: IncidentDetail): string[] {
  return detail.manualSources.map((m) => m.sourceId);
}

async function newIncident(
  ctx: OperationContext,
  title: string | null,
  overrides: IncidentOverrides,
): Promise<Incident> {
  const nextIncidentSeq = await ctx.store.nextIncidentSeq();
  const at = nowIso(ctx);
  return {
    id: incidentIdFor(nextIncidentSeq),
    seq: nextIncidentSeq,
    status: "new",
    assignee: null,
    title,
    overrides,
    flags: [],
    mergedInto: null,
    eventType: null,
    placeName: null,
    lat: null,
    lon: null,
    dateFrom: null,
    dateTo: null,
    dateBasis: null,
    categories: [],
    sources: 0,
    independentSources: 0,
    killed: null,
    injured: null,
    createdAt: at,
    createdBy: ctx.actor.id,
    updatedAt: at,
  };
}

/**
 * Merges incidents into one: every mention and attached source of the others moves to
 * `intoId` (pinned there, so automatic merging keeps it), and the others point to it.
 */
export async function mergeIncidents(
  ctx: OperationContext,
  intoId: string,
  otherIds: string[],
  reason: string,
): Promise<Incident> {
  requireStaff(ctx);
  const why = note(reason);
  const into = await loadIncident(ctx, intoId);
  const others = await Promise.all(otherIds.filter((id) => id !== intoId).map((id) => loadIncident(ctx, id)));
  if (others.length === 0) throw new CaseError("invalid-change", "name at least one other incident to merge");
  const movedMembers = others.flatMap((o) =>
    o.members.map((m) =>
      moved(ctx, m, intoId, "pinned", `merged from ${o.incident.id} by ${ctx.actor.id}: ${why}`),
    ),
  );
  const manual = [...new Set([...manualIds(into), ...others.flatMap(manualIds)])];
  const target = await rewrite(
    ctx,
    into.incident,
    [...into.members, ...movedMembers].map((m) => m.record),
    manual,
  );
  const emptied = others.map((o) => ({
    ...o.incident,
    mergedInto: intoId,
    updatedAt: nowIso(ctx),
    summary: o.summary,
  }));
  await commit(
    ctx,
    {
      incidents: [target, ...emptied],
      memberships: movedMembers,
      manualSources: others.flatMap((o) => o.manualSources.map((s) => ({ ...s, incidentId: intoId }))),
      removeManualSources: others.flatMap((o) =>
        o.manualSources.map((s) => ({ incidentId: o.incident.id, sourceId: s.sourceId })),
      ),
      constraints: movedMembers.map((m) => constraint(ctx, "pinned", m.mentionId, intoId)),
      history: [
        history(ctx, into.incident, {
          kind: "merge",
          note: why,
          detail: { merged: others.map((o) => o.incident.id) },
        }),
        ...others.map((o) =>
          history(ctx, o.incident, { kind: "merged-into", note: why, detail: { into: intoId } }),
        ),
      ],
    },
    "incident.merge",
    { into: intoId, merged: others.map((o) => o.incident.id), note: why },
  );
  return target;
}

/** Takes mentions out of an incident into a new one; they are never merged back automatically. */
export async function splitIncident(
  ctx: OperationContext,
  id: string,
  mentionIds: string[],
  reason: string,
): Promise<{ from: Incident; created: Incident }> {
  requireStaff(ctx);
  const why = note(reason);
  const detail = await loadIncident(ctx, id);
  const picked = detail.members.filter((m) => mentionIds.includes(m.mentionId));
  const missing = mentionIds.filter((m) => !picked.some((p) => p.mentionId === m));
  if (missing.length > 0) throw new CaseError("mention-not-found", `not in ${id}: ${missing.join(", ")}`);
  if (picked.length === detail.members.length && detail.manualSources.length === 0) {
    throw new CaseError("invalid-change", "a split must leave something in the original incident");
  }
  const fresh = await newIncident(ctx, null, {});
  const movedMembers = picked.map((m) =>
    moved(ctx, m, fresh.id, "pinned", `split from ${id} by ${ctx.actor.id}: ${why}`),
  );
  const rest = detail.members.filter((m) => !mentionIds.includes(m.mentionId));
  const from = await rewrite(
    ctx,
    detail.incident,
    rest.map((m) => m.record),
    manualIds(detail),
  );
  const created = await rewrite(
    ctx,
    fresh,
    movedMembers.map((m) => m.record),
    [],
  );
  await commit(
    ctx,
    {
      incidents: [created, from],
      memberships: movedMembers,
      constraints: movedMembers.flatMap((m) => [
        constraint(ctx, "detached", m.mentionId, id),
        constraint(ctx, "pinned", m.mentionId, fresh.id),
      ]),
      history: [
        history(ctx, detail.incident, {
          kind: "split",
          note: why,
          detail: { mentions: mentionIds, into: fresh.id },
        }),
        history(ctx, created, { kind: "split-from", note: why, detail: { from: id, mentions: mentionIds } }),
      ],
    },
    "incident.split",
    { from: id, created: fresh.id, mentions: mentionIds, note: why },
  );
  return { from, created };
}

/** Takes one mention out of an incident (it does not describe this event); it stays out. */
export async function detachMention(
  ctx: OperationContext,
  id: string,
  mentionId: string,
  reason: string,
): Promise<Incident> {
  requireStaff(ctx);
  const why = note(reason);
  const detail = await loadIncident(ctx, id);
  const member = detail.members.find((m) => m.mentionId === mentionId);
  if (!member) throw new CaseError("mention-not-found", `${mentionId} is not in ${id}`);
  const rest = detail.members.filter((m) => m.mentionId !== mentionId);
  const updated = await rewrite(
    ctx,
    detail.incident,
    rest.map((m) => m.record),
    manualIds(detail),
  );
  await commit(
    ctx,
    {
      incidents: [updated],
      memberships: [moved(ctx, member, null, "detached", `detached from ${id} by ${ctx.actor.id}: ${why}`)],
      constraints: [constraint(ctx, "detached", mentionId, id)],
      history: [history(ctx, detail.incident, { kind: "detach", note: why, detail: { mention: mentionId } })],
    },
    "incident.detach",
    { incidentId: id, mentionId, note: why },
  );
  return updated;
}

/** Attaches a whole source to an incident by hand, e.g. a report the analysis did not read as one. */
export async function attachSource(
  ctx: OperationContext,
  id: string,
  sourceId: string,
  reason: string,
): Promise<Incident> {
  requireStaff(ctx);
  const why = note(reason);
  const detail = await loadIncident(ctx, id);
  const source = await ctx.store.getSource(sourceId);
  if (source === null) throw new CaseError("source-not-found", `no source ${sourceId}`);
  const manual = [...new Set([...manualIds(detail), source.id])];
  const updated = await rewrite(
    ctx,
    detail.incident,
    detail.members.map((m) => m.record),
    manual,
  );
  await commit(
    ctx,
    {
      incidents: [updated],
      manualSources: [
        { incidentId: id, sourceId: source.id, note: why, addedBy: ctx.actor.id, addedAt: nowIso(ctx) },
      ],
      history: [
        history(ctx, detail.incident, { kind: "attach-source", note: why, detail: { source: source.id } }),
      ],
    },
    "incident.attach-source",
    { incidentId: id, sourceId: source.id, note: why },
  );
  return updated;
}

/** Creates an incident by hand, from what the analyst knows and any sources attached to it. */
export async function createIncident(
  ctx: OperationContext,
  request: { title: string; overrides: IncidentOverrides; sourceIds: string[]; note: string },
): Promise<Incident> {
  requireStaff(ctx);
  const why = note(request.note);
  const sources = await Promise.all(request.sourceIds.map((s) => ctx.store.getSource(s)));
  const missing = request.sourceIds.filter((_, i) => sources[i] === null);
  if (missing.length > 0) throw new CaseError("source-not-found", `no source ${missing.join(", ")}`);
  const ids = sources.flatMap((s) => (s ? [s.id] : []));
  const created = await rewrite(
    ctx,
    await newIncident(ctx, request.title.trim() || null, request.overrides),
    [],
    ids,
  );
  await commit(
    ctx,
    {
      incidents: [created],
      manualSources: ids.map((sourceId) => ({
        incidentId: created.id,
        sourceId,
        note: why,
        addedBy: ctx.actor.id,
        addedAt: nowIso(ctx),
      })),
      history: [history(ctx, created, { kind: "create", note: why, detail: { sources: ids } })],
    },
    "incident.create",
    { incidentId: created.id, note: why },
  );
  return created;
}

/** Corrects derived fields by hand (kept apart from what the sources say) or retitles the incident. */
export async function editIncident(
  ctx: OperationContext,
  id: string,
  request: { title?: string | null; overrides?: IncidentOverrides; note: string },
): Promise<Incident> {
  requireStaff(ctx);
  const why = note(request.note);
  const detail = await loadIncident(ctx, id);
  const edited: Incident = {
    ...detail.incident,
    ...(request.title !== undefined && { title: request.title?.trim() || null }),
    overrides: { ...detail.incident.overrides, ...request.overrides },
  };
  const updated = await rewrite(
    ctx,
    edited,
    detail.members.map((m) => m.record),
    manualIds(detail),
  );
  await commit(
    ctx,
    {
      incidents: [updated],
      history: [
        history(ctx, detail.incident, {
          kind: "edit",
          note: why,
          detail: {
            title: request.title,
            overrides: request.overrides,
            before: { title: detail.incident.title, overrides: detail.incident.overrides },
          },
        }),
      ],
    },
    "incident.edit",
    { incidentId: id, note: why },
  );
  return updated;
}
