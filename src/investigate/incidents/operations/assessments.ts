import { thirdPartyFromMention } from "../../assessments/third-party.js";
import type { Assessment } from "../../assessments/types.js";
import {
  type AssessmentResult,
  createAssessment,
  returnToDraft,
  signOff,
  submitForReview,
  withdraw,
} from "../../assessments/workflow.js";
import { CaseError, unwrap } from "../errors.js";
import { commit, loadIncident, nowIso, type OperationContext } from "./context.js";

async function store(
  ctx: OperationContext,
  result: AssessmentResult,
  createdAt: string | null,
): Promise<Assessment> {
  const { next, event } = unwrap(result);
  const at = nowIso(ctx);
  await commit(
    ctx,
    {
      assessments: [{ assessment: next, createdAt: createdAt ?? at, updatedAt: at }],
      assessmentEvents: [
        {
          assessmentId: next.id,
          action: event.action,
          fromStatus: event.from,
          toStatus: event.to,
          actor: ctx.actor.id,
          role: ctx.actor.role,
          note: event.note,
          at,
        },
      ],
    },
    `assessment.${event.action}`,
    { assessmentId: next.id, from: event.from, to: event.to, note: event.note },
  );
  return next;
}

async function load(ctx: OperationContext, id: string) {
  const found = await ctx.store.getAssessment(id);
  if (found === null) throw new CaseError("assessment-not-found", `no assessment ${id}`);
  return found;
}

const assessmentId = (seq: number) => `ASM-${String(seq).padStart(4, "0")}`;

/** Records a new assessment (a draft) after checking that its incidents exist. */
export async function recordAssessment(ctx: OperationContext, input: unknown): Promise<Assessment> {
  const ids = (input as { incidentIds?: unknown })?.incidentIds;
  if (Array.isArray(ids)) for (const id of ids) if (typeof id === "string") await loadIncident(ctx, id);
  const id = assessmentId(await ctx.store.nextAssessmentSeq());
  return store(ctx, createAssessment(input, { id, actor: ctx.actor, today: nowIso(ctx).slice(0, 10) }), null);
}

/** Records a finding a source states (one of its analysis' assessments) as a third party's assessment. */
export async function recordThirdParty(
  ctx: OperationContext,
  request: { sourceId: string; index: number; incidentIds?: string[] },
): Promise<Assessment> {
  const source = await ctx.store.getSource(request.sourceId);
  if (source === null) throw new CaseError("source-not-found", `no source ${request.sourceId}`);
  const mention = source.analysis?.assessments[request.index];
  if (mention === undefined) {
    throw new CaseError("mention-not-found", `source ${source.id} has no assessment number ${request.index}`);
  }
  const asOf = source.publishedAt ?? source.capture.retrievedAt;
  return recordAssessment(
    ctx,
    thirdPartyFromMention({
      mention,
      sourceId: source.id,
      asOf,
      ...(request.incidentIds && { incidentIds: request.incidentIds }),
    }),
  );
}

export type AssessmentStep = "submit" | "return" | "sign-off" | "withdraw";

/** Moves an assessment along draft → under review → signed off (or back, or withdrawn). */
export async function stepAssessment(
  ctx: OperationContext,
  id: string,
  step: AssessmentStep,
  note: string,
): Promise<Assessment> {
  const { assessment, events } = await load(ctx, id);
  const at = nowIso(ctx);
  const createdAt = events[0]?.at ?? at;
  const request = { actor: ctx.actor, note, at };
  const result =
    step === "submit"
      ? submitForReview(assessment, request)
      : step === "return"
        ? returnToDraft(assessment, request)
        : step === "sign-off"
          ? signOff(assessment, request)
          : withdraw(assessment, request);
  return store(ctx, result, createdAt);
}
