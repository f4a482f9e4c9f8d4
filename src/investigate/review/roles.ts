/**
 * Who does what. Admins hold every reviewer permission as well as running the system: small
 * teams often have one senior person doing both, and every act is audited with the actor's role,
 * so separating them would add accounts without adding accountability.
 */
export const ROLES = ["admin", "investigator", "reviewer", "partner"] as const;

export type Role = (typeof ROLES)[number];

export interface Actor {
  id: string;
  role: Role;
}

/** Roles that may change incidents at all (partners only read what is shared with them). */
export const STAFF: readonly Role[] = ["investigator", "reviewer", "admin"];

/** Roles that may take decisions a second pair of eyes must take: verify, reject, overturn. */
export const REVIEWERS: readonly Role[] = ["reviewer", "admin"];

/**
 * Every refusal the review and assessment rules can give, with the HTTP status the API should
 * answer it with, so the server's error catalogue can take them over unchanged.
 */
export const WORKFLOW_ERRORS = {
  "read-only-role": 403,
  "role-not-permitted": 403,
  "not-assignee": 403,
  "author-cannot-sign-off": 403,
  "note-required": 400,
  "note-too-long": 400,
  "invalid-assignee": 400,
  "unknown-flag": 400,
  "invalid-assessment": 400,
  "transition-not-allowed": 409,
  "same-status": 409,
  "incomplete-assessment": 409,
} as const;

export type WorkflowErrorId = keyof typeof WORKFLOW_ERRORS;

export interface WorkflowError {
  id: WorkflowErrorId;
  message: string;
  /** Per-field problems, for validation errors: where and what. */
  details?: { path: string; message: string }[];
}

export type Failure = { ok: false; error: WorkflowError };

export type Result<T> = ({ ok: true } & T) | Failure;

export function fail(id: WorkflowErrorId, message: string): Failure {
  return { ok: false, error: { id, message } };
}

export const MAX_NOTE_LENGTH = 10_000;

/** The note trimmed, or the refusal when it is empty or too long. */
export function checkNote(note: string | undefined): { ok: true; note: string } | Failure {
  const trimmed = (note ?? "").trim();
  if (trimmed === "") return fail("note-required", "a note saying why is required");
  if (trimmed.length > MAX_NOTE_LENGTH) {
    return fail("note-too-long", `the note is longer than ${MAX_NOTE_LENGTH} characters`);
  }
  return { ok: true, note: trimmed };
}
