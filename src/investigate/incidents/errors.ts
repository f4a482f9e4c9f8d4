import { WORKFLOW_ERRORS, type WorkflowError } from "../review/roles.js";

/** Refusals of case work besides the workflow's own, with the HTTP status each maps to. */
export const CASE_ERRORS = {
  ...WORKFLOW_ERRORS,
  "incident-not-found": 404,
  "mention-not-found": 404,
  "source-not-found": 404,
  "assessment-not-found": 404,
  "invalid-change": 400,
} as const;

export type CaseErrorId = keyof typeof CASE_ERRORS;

/** A request the rules refuse, phrased for the person who made it. */
export class CaseError extends Error {
  override name = "CaseError";
  constructor(
    readonly id: CaseErrorId,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }

  static from(error: WorkflowError): CaseError {
    return new CaseError(error.id, error.message, error.details);
  }

  get status(): number {
    return CASE_ERRORS[this.id];
  }
}

/** The value of a pure rule's result, or its refusal thrown as a CaseError. */
export function unwrap<T extends object>(
  result: ({ ok: true } & T) | { ok: false; error: WorkflowError },
): T {
  if (!result.ok) throw CaseError.from(result.error);
  return result;
}
