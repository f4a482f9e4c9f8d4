import { type Actor, checkNote, type Failure, fail, REVIEWERS, type Result, STAFF } from "../review/roles.js";
import type { Assessment, AssessmentInput, AssessmentStatus } from "./types.js";
import { validateAssessmentInput } from "./validate.js";

// draft → under_review → signed_off, any of them → withdrawn, under_review → draft to send it
// back. A sign-off must come from a reviewer (or admin) other than the author: ICD 203 review
// is independent, and a self-approved judgement is exactly what sign-off exists to prevent.

export type AssessmentResult = Result<{ next: Assessment; event: AssessmentEvent }>;

export interface AssessmentEvent {
  action: "create" | "edit" | "submit" | "return" | "sign-off" | "withdraw";
  from: AssessmentStatus | null;
  to: AssessmentStatus;
  actor: Actor;
  note: string;
}

function staffOnly(actor: Actor): Failure | null {
  return STAFF.includes(actor.role) ? null : fail("read-only-role", `the ${actor.role} role is read-only`);
}

const isReviewer = (actor: Actor) => REVIEWERS.includes(actor.role);

function authorOrReviewer(a: Assessment, actor: Actor, what: string): Failure | null {
  if (actor.id === a.author || isReviewer(actor)) return null;
  return fail("role-not-permitted", `only the author or a reviewer may ${what}`);
}

function inStatus(a: Assessment, allowed: readonly AssessmentStatus[], action: string): Failure | null {
  if (allowed.includes(a.status)) return null;
  return fail(
    "transition-not-allowed",
    `cannot ${action} an assessment that is ${a.status.replace("_", " ")}`,
  );
}

function ok(a: Assessment, next: Assessment, event: Omit<AssessmentEvent, "from" | "to">): AssessmentResult {
  return { ok: true, next, event: { ...event, from: a.status, to: next.status } };
}

export function createAssessment(
  input: unknown,
  options: { id: string; actor: Actor; today: string },
): AssessmentResult {
  const refused = staffOnly(options.actor);
  if (refused) return refused;
  const valid = validateAssessmentInput(input, options);
  if (!valid.ok) return valid;
  const next: Assessment = {
    ...valid.value,
    id: options.id,
    author: options.actor.id,
    status: "draft",
    signOffs: [],
    withdrawal: null,
  };
  return {
    ok: true,
    next,
    event: { action: "create", from: null, to: "draft", actor: options.actor, note: "" },
  };
}

/** Replaces a draft's content; anything past draft is fixed (withdraw it and write a new one). */
export function editDraft(
  a: Assessment,
  input: unknown,
  options: { actor: Actor; today: string },
): AssessmentResult {
  const refused =
    staffOnly(options.actor) ??
    inStatus(a, ["draft"], "edit") ??
    authorOrReviewer(a, options.actor, "edit it");
  if (refused) return refused;
  const valid = validateAssessmentInput(input, options);
  if (!valid.ok) return valid;
  return ok(a, { ...a, ...valid.value }, { action: "edit", actor: options.actor, note: "" });
}

function missingEstimate(a: AssessmentInput): Failure | null {
  if (a.thirdParty !== null || (a.likelihood !== null && a.confidence !== null)) return null;
  return fail("incomplete-assessment", "state a likelihood and a confidence before submitting for review");
}

export function submitForReview(a: Assessment, request: { actor: Actor; note?: string }): AssessmentResult {
  const { actor } = request;
  const refused =
    staffOnly(actor) ??
    inStatus(a, ["draft"], "submit") ??
    authorOrReviewer(a, actor, "submit it") ??
    missingEstimate(a);
  if (refused) return refused;
  return ok(
    a,
    { ...a, status: "under_review" },
    { action: "submit", actor, note: (request.note ?? "").trim() },
  );
}

export function returnToDraft(a: Assessment, request: { actor: Actor; note: string }): AssessmentResult {
  const { actor } = request;
  const refused =
    staffOnly(actor) ?? inStatus(a, ["under_review"], "return") ?? authorOrReviewer(a, actor, "return it");
  if (refused) return refused;
  const note = checkNote(request.note);
  if (!note.ok) return note;
  return ok(a, { ...a, status: "draft" }, { action: "return", actor, note: note.note });
}

export function signOff(
  a: Assessment,
  request: { actor: Actor; note: string; at: string },
): AssessmentResult {
  const { actor } = request;
  const refused = staffOnly(actor) ?? inStatus(a, ["under_review"], "sign off");
  if (refused) return refused;
  if (!isReviewer(actor))
    return fail("role-not-permitted", "only a reviewer or admin may sign off an assessment");
  if (actor.id === a.author) {
    return fail(
      "author-cannot-sign-off",
      "the author cannot sign off their own assessment; another reviewer must",
    );
  }
  const note = checkNote(request.note);
  if (!note.ok) return note;
  const signOffs = [...a.signOffs, { reviewer: actor.id, note: note.note, at: request.at }];
  return ok(a, { ...a, status: "signed_off", signOffs }, { action: "sign-off", actor, note: note.note });
}

/** Withdrawing a signed-off assessment overturns a reviewer's decision, so it needs a reviewer too. */
export function withdraw(
  a: Assessment,
  request: { actor: Actor; note: string; at: string },
): AssessmentResult {
  const { actor } = request;
  const refused =
    staffOnly(actor) ??
    inStatus(a, ["draft", "under_review", "signed_off"], "withdraw") ??
    (a.status === "signed_off" && !isReviewer(actor)
      ? fail("role-not-permitted", "only a reviewer or admin may withdraw a signed-off assessment")
      : authorOrReviewer(a, actor, "withdraw it"));
  if (refused) return refused;
  const note = checkNote(request.note);
  if (!note.ok) return note;
  const withdrawal = { by: actor.id, note: note.note, at: request.at };
  return ok(a, { ...a, status: "withdrawn", withdrawal }, { action: "withdraw", actor, note: note.note });
}
