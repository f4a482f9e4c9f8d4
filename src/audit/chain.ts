import { createHash } from "node:crypto";
import canonicalize from "canonicalize";

/** The hash that precedes the first entry. */
export const GENESIS_HASH = "0".repeat(64);

/** What a caller supplies; sequence, time and hashes are filled in when appending. */
export interface AuditEvent {
  actor: string;
  action: string;
  /** What changed; any JSON value. Kept small: ids and the changed fields, not documents. */
  payload: unknown;
}

export interface AuditEntry extends AuditEvent {
  seq: number;
  at: string;
  prevHash: string;
  hash: string;
}

/**
 * The hash of an entry covers its sequence number, time, actor, action, payload and the
 * previous entry's hash, serialised as RFC 8785 canonical JSON so that any implementation
 * (or a reviewer with a few lines of Python) can recompute it byte for byte.
 */
export function entryHash(entry: Omit<AuditEntry, "hash">): string {
  const body = canonicalize({
    seq: entry.seq,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    payload: entry.payload ?? null,
    prevHash: entry.prevHash,
  });
  if (body === undefined) throw new Error("audit entry cannot be serialised");
  return createHash("sha256").update(body).digest("hex");
}

/** Builds the next entry after `prev` (or the first one when `prev` is null). */
export function nextEntry(
  prev: Pick<AuditEntry, "seq" | "hash"> | null,
  event: AuditEvent,
  at: string,
): AuditEntry {
  const base = {
    seq: prev === null ? 1 : prev.seq + 1,
    at,
    actor: event.actor,
    action: event.action,
    payload: event.payload ?? null,
    prevHash: prev === null ? GENESIS_HASH : prev.hash,
  };
  return { ...base, hash: entryHash(base) };
}

export type VerifyProblem =
  | { kind: "hash-mismatch"; seq: number; expected: string; found: string }
  | { kind: "broken-link"; seq: number; expected: string; found: string }
  | { kind: "gap"; seq: number; expectedSeq: number };

export interface VerifyState {
  checked: number;
  last: Pick<AuditEntry, "seq" | "hash"> | null;
  problem: VerifyProblem | null;
}

export function initialVerifyState(): VerifyState {
  return { checked: 0, last: null, problem: null };
}

/**
 * Checks one more entry against the chain so far. Streaming, so that a million-entry log
 * verifies in constant memory. Stops at the first problem: what follows a broken link
 * cannot be trusted either.
 */
export function verifyStep(state: VerifyState, entry: AuditEntry): VerifyState {
  if (state.problem !== null) return state;
  const expectedSeq = state.last === null ? 1 : state.last.seq + 1;
  if (entry.seq !== expectedSeq) {
    return { ...state, problem: { kind: "gap", seq: entry.seq, expectedSeq } };
  }
  const expectedPrev = state.last === null ? GENESIS_HASH : state.last.hash;
  if (entry.prevHash !== expectedPrev) {
    return {
      ...state,
      problem: { kind: "broken-link", seq: entry.seq, expected: expectedPrev, found: entry.prevHash },
    };
  }
  const recomputed = entryHash(entry);
  if (recomputed !== entry.hash) {
    return {
      ...state,
      problem: { kind: "hash-mismatch", seq: entry.seq, expected: recomputed, found: entry.hash },
    };
  }
  return { checked: state.checked + 1, last: { seq: entry.seq, hash: entry.hash }, problem: null };
}

/** One line for a person: which entry fails and why. */
export function describeProblem(problem: VerifyProblem): string {
  switch (problem.kind) {
    case "gap":
      return `entry ${problem.expectedSeq} is missing (next entry found is ${problem.seq})`;
    case "broken-link":
      return `entry ${problem.seq} does not link to entry ${problem.seq - 1} (its previous-hash differs)`;
    case "hash-mismatch":
      return `entry ${problem.seq} was altered (its contents no longer match its hash)`;
  }
}
