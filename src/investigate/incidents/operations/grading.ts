import type { OutletGradeRow } from "../../../store/investigation.js";
import { CREDIBILITY, RELIABILITY } from "../../grading/admiralty.js";
import { reliabilityFor } from "../../grading/reliability.js";
import { checkNote } from "../../review/roles.js";
import { CaseError, unwrap } from "../errors.js";
import { commit, loadIncident, nowIso, type OperationContext, requireStaff } from "./context.js";

/** Sets an outlet's reliability (A–F) for this team; stored under the outlet's normalised key. */
export async function gradeOutlet(
  ctx: OperationContext,
  request: { outlet: string; grade: string; note: string },
): Promise<OutletGradeRow> {
  requireStaff(ctx);
  const grade = request.grade.toUpperCase();
  if (!(grade in RELIABILITY))
    throw new CaseError("invalid-change", `reliability is a letter A–F, not "${request.grade}"`);
  const { key } = reliabilityFor(request.outlet);
  if (key === null) throw new CaseError("invalid-change", "name an outlet, host or URL to grade");
  const note = unwrap(checkNote(request.note)).note;
  const row = { key, grade, note, setBy: ctx.actor.id, setAt: nowIso(ctx) };
  await commit(ctx, { outletGrades: [row] }, "grade.outlet", { key, grade, note });
  return row;
}

/**
 * Sets the credibility (1–6) of one claim of an incident, e.g. "event", "place", "date",
 * "target:maternity hospital", "figure:killed/civilians".
 */
export async function gradeClaim(
  ctx: OperationContext,
  request: { incidentId: string; claim: string; grade: number; note: string },
): Promise<void> {
  requireStaff(ctx);
  if (!(request.grade in CREDIBILITY))
    throw new CaseError("invalid-change", `credibility is 1–6, not ${request.grade}`);
  const claim = request.claim.trim();
  if (claim === "") throw new CaseError("invalid-change", "name the claim being graded");
  await loadIncident(ctx, request.incidentId);
  const note = unwrap(checkNote(request.note)).note;
  await commit(
    ctx,
    {
      claimGrades: [
        {
          incidentId: request.incidentId,
          claim,
          grade: request.grade,
          note,
          setBy: ctx.actor.id,
          setAt: nowIso(ctx),
        },
      ],
    },
    "grade.claim",
    { incidentId: request.incidentId, claim, grade: request.grade, note },
  );
}
