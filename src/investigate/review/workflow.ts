import {
  type Actor,
  checkNote,
  type Failure,
  fail,
  REVIEWERS,
  type Result,
  type Role,
  STAFF,
} from "./roles.js";

export const INCIDENT_STATUSES = [
  "new",
  "in_review",
  "corroborated",
  "verified",
  "disputed",
  "rejected",
] as const;

export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export interface TransitionRule {
  from: IncidentStatus;
  to: IncidentStatus;
  roles: readonly Role[];
  meaning: string;
}

/**
 * Every status change the workflow allows; anything else is refused. Investigators build the
 * case (start review, corroborate, raise a dispute, reopen a dispute); decisions that close it
 * or overturn a closed one (verify, reject, leave verified, reopen rejected) need a reviewer.
 */
export const TRANSITIONS: readonly TransitionRule[] = [
  { from: "new", to: "in_review", roles: STAFF, meaning: "start reviewing the incident" },
  {
    from: "new",
    to: "rejected",
    roles: REVIEWERS,
    meaning: "not an incident to keep (not an event, out of scope)",
  },
  {
    from: "in_review",
    to: "corroborated",
    roles: STAFF,
    meaning: "independent sources agree on the core facts",
  },
  {
    from: "in_review",
    to: "verified",
    roles: REVIEWERS,
    meaning: "verified by review (e.g. geolocation, documents) without waiting for corroboration",
  },
  { from: "in_review", to: "disputed", roles: STAFF, meaning: "credible sources contradict the core facts" },
  {
    from: "in_review",
    to: "rejected",
    roles: REVIEWERS,
    meaning: "the review shows the report is unfounded",
  },
  {
    from: "corroborated",
    to: "verified",
    roles: REVIEWERS,
    meaning: "a reviewer confirms the corroborated facts",
  },
  {
    from: "corroborated",
    to: "in_review",
    roles: STAFF,
    meaning: "corroboration withdrawn (e.g. the sources turned out to be copies of one report)",
  },
  {
    from: "corroborated",
    to: "disputed",
    roles: STAFF,
    meaning: "credible sources contradict the core facts",
  },
  {
    from: "corroborated",
    to: "rejected",
    roles: REVIEWERS,
    meaning: "the review shows the report is unfounded",
  },
  {
    from: "verified",
    to: "disputed",
    roles: REVIEWERS,
    meaning: "new evidence contradicts a verified incident",
  },
  {
    from: "verified",
    to: "in_review",
    roles: REVIEWERS,
    meaning: "reopen a verified incident for re-examination",
  },
  { from: "disputed", to: "in_review", roles: STAFF, meaning: "reopen with new evidence" },
  {
    from: "disputed",
    to: "verified",
    roles: REVIEWERS,
    meaning: "a reviewer resolves the dispute in favour of the report",
  },
  {
    from: "disputed",
    to: "rejected",
    roles: REVIEWERS,
    meaning: "a reviewer resolves the dispute against the report",
  },
  { from: "rejected", to: "in_review", roles: REVIEWERS, meaning: "reopen a rejected incident" },
];

export interface ReviewState {
  status: IncidentStatus;
  /** Id of the user the incident is assigned to, or null. */
  assignee: string | null;
}

export interface TransitionRequest {
  to: IncidentStatus;
  note: string;
  actor: Actor;
  /** New assignee: an id, null to unassign, absent to keep (or to claim it when starting review). */
  assignee?: string | null;
}

export interface HistoryEntry {
  kind: "transition" | "assignment";
  from: IncidentStatus;
  to: IncidentStatus;
  note: string;
  actor: Actor;
  assigneeBefore: string | null;
  assigneeAfter: string | null;
}

export type ReviewResult = Result<{ next: ReviewState; historyEntry: HistoryEntry }>;

export function ruleFor(from: IncidentStatus, to: IncidentStatus): TransitionRule | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.to === to);
}

const isReviewer = (role: Role) => REVIEWERS.includes(role);

/** Refuses partners, and investigators acting on someone else's incident. */
function checkActor(state: ReviewState, actor: Actor): Failure | null {
  if (!STAFF.includes(actor.role)) return fail("read-only-role", `the ${actor.role} role is read-only`);
  if (!isReviewer(actor.role) && state.assignee !== null && state.assignee !== actor.id) {
    return fail("not-assignee", `the incident is assigned to ${state.assignee}; ask them or a reviewer`);
  }
  return null;
}

/** The assignee after the change, or the refusal. Investigators may only take or release it themselves. */
function resolveAssignee(
  state: ReviewState,
  actor: Actor,
  requested: string | null | undefined,
  claim: boolean,
): { ok: true; assignee: string | null } | Failure {
  if (requested === undefined) {
    return { ok: true, assignee: claim && state.assignee === null ? actor.id : state.assignee };
  }
  if (requested !== null && requested.trim() === "")
    return fail("invalid-assignee", "the assignee id is empty");
  if (!isReviewer(actor.role) && requested !== null && requested !== actor.id) {
    return fail("role-not-permitted", "investigators may assign incidents only to themselves");
  }
  return { ok: true, assignee: requested };
}

/**
 * Applies one status change to an incident's review state, or says why it is refused. Pure:
 * the caller stores `next`, appends `historyEntry` to the incident's history and the audit log.
 */
export function transition(state: ReviewState, request: TransitionRequest): ReviewResult {
  const { actor, to } = request;
  const refused = checkActor(state, actor);
  if (refused) return refused;
  if (to === state.status) return fail("same-status", `the incident is already ${to}`);
  const rule = ruleFor(state.status, to);
  if (!rule) return fail("transition-not-allowed", `an incident cannot go from ${state.status} to ${to}`);
  if (!rule.roles.includes(actor.role)) {
    return fail(
      "role-not-permitted",
      `only ${rule.roles.join(" or ")} may move an incident from ${state.status} to ${to}`,
    );
  }
  const note = checkNote(request.note);
  if (!note.ok) return note;
  const assignee = resolveAssignee(state, actor, request.assignee, to === "in_review");
  if (!assignee.ok) return assignee;
  return {
    ok: true,
    next: { status: to, assignee: assignee.assignee },
    historyEntry: {
      kind: "transition",
      from: state.status,
      to,
      note: note.note,
      actor,
      assigneeBefore: state.assignee,
      assigneeAfter: assignee.assignee,
    },
  };
}

export interface AssignRequest {
  assignee: string | null;
  actor: Actor;
  /** Optional: handing over work needs no justification, but one can be given. */
  note?: string;
}

/** Changes only the assignee, under the same rules as a transition's `assignee`. */
export function assign(state: ReviewState, request: AssignRequest): ReviewResult {
  const refused = checkActor(state, request.actor);
  if (refused) return refused;
  const assignee = resolveAssignee(state, request.actor, request.assignee, false);
  if (!assignee.ok) return assignee;
  return {
    ok: true,
    next: { status: state.status, assignee: assignee.assignee },
    historyEntry: {
      kind: "assignment",
      from: state.status,
      to: state.status,
      note: (request.note ?? "").trim(),
      actor: request.actor,
      assigneeBefore: state.assignee,
      assigneeAfter: assignee.assignee,
    },
  };
}

/** The changes this actor may make now, for the buttons a UI offers. */
export function allowedTransitions(state: ReviewState, actor: Actor): TransitionRule[] {
  if (checkActor(state, actor)) return [];
  return TRANSITIONS.filter((t) => t.from === state.status && t.roles.includes(actor.role));
}
