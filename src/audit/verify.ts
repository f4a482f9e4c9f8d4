import type { RowDigest } from "../store/store.js";
import {
  type AuditEntry,
  describeProblem,
  initialVerifyState,
  type VerifyProblem,
  verifyStep,
} from "./chain.js";

/** A row whose stored state the audit log does not vouch for. */
export interface RowProblem {
  table: string;
  key: string;
  kind: "altered" | "unrecorded" | "missing";
}

/** A head hash published earlier ("seq:hash"): the log must still contain exactly that entry. */
export interface Anchor {
  seq: number;
  hash: string;
}

export interface AuditReport {
  ok: boolean;
  entries: number;
  head: { seq: number; hash: string } | null;
  chain: VerifyProblem | null;
  anchor: { seq: number; ok: boolean; reason: string | null } | null;
  rowsChecked: number;
  rowProblems: RowProblem[];
  /** How many row problems there are in all (only the first ones are listed). */
  rowProblemCount: number;
}

const LISTED_PROBLEMS = 20;

export function parseAnchor(text: string): Anchor | null {
  const m = /^(\d+):([0-9a-f]{64})$/i.exec(text.trim());
  return m ? { seq: Number(m[1]), hash: (m[2] as string).toLowerCase() } : null;
}

function rowsOf(entry: AuditEntry): RowDigest[] {
  const rows = (entry.payload as { rows?: unknown } | null)?.rows;
  return Array.isArray(rows) ? (rows as RowDigest[]) : [];
}

/**
 * Checks the log and the data against each other: the hash chain entry by entry (streaming),
 * then every audited row against the digest the last entry that wrote it recorded. An edit
 * made behind Dossier's back shows as an altered, unrecorded or missing row; an edit to the
 * log shows as a broken chain; cutting off the log's tail shows against a published anchor.
 */
export async function verifyAudit(
  source: { entries: AsyncIterable<AuditEntry>; rows: () => AsyncIterable<RowDigest> },
  options: { anchor?: Anchor | null } = {},
): Promise<AuditReport> {
  let state = initialVerifyState();
  const expected = new Map<string, string | null>();
  let anchorEntry: AuditEntry | null = null;
  for await (const entry of source.entries) {
    state = verifyStep(state, entry);
    if (state.problem !== null) break;
    if (options.anchor && entry.seq === options.anchor.seq) anchorEntry = entry;
    for (const r of rowsOf(entry)) expected.set(`${r.t}\u0000${r.k}`, r.d);
  }
  const anchor = options.anchor ? checkAnchor(options.anchor, anchorEntry) : null;
  const problems: RowProblem[] = [];
  let count = 0;
  let checked = 0;
  const note = (p: RowProblem) => {
    count++;
    if (problems.length < LISTED_PROBLEMS) problems.push(p);
  };
  if (state.problem === null) {
    for await (const row of source.rows()) {
      checked++;
      const key = `${row.t}\u0000${row.k}`;
      const want = expected.get(key);
      if (want === undefined || want === null) note({ table: row.t, key: row.k, kind: "unrecorded" });
      else if (want !== row.d) note({ table: row.t, key: row.k, kind: "altered" });
      expected.delete(key);
    }
    for (const [key, digest] of expected) {
      if (digest === null) continue;
      const [table, k] = key.split("\u0000") as [string, string];
      note({ table, key: k, kind: "missing" });
    }
  }
  return {
    ok: state.problem === null && count === 0 && (anchor?.ok ?? true),
    entries: state.checked,
    head: state.last,
    chain: state.problem,
    anchor,
    rowsChecked: checked,
    rowProblems: problems,
    rowProblemCount: count,
  };
}

function checkAnchor(anchor: Anchor, entry: AuditEntry | null): NonNullable<AuditReport["anchor"]> {
  if (entry === null) {
    return {
      seq: anchor.seq,
      ok: false,
      reason: `entry ${anchor.seq} is gone: the log was cut short or rewritten`,
    };
  }
  if (entry.hash !== anchor.hash) {
    return {
      seq: anchor.seq,
      ok: false,
      reason: `entry ${anchor.seq} no longer has the published hash: history was rewritten`,
    };
  }
  return { seq: anchor.seq, ok: true, reason: null };
}

/** One line per problem, for people. */
export function describeReport(report: AuditReport): string[] {
  const lines: string[] = [];
  if (report.chain) lines.push(`audit chain broken: ${describeProblem(report.chain)}`);
  if (report.anchor && !report.anchor.ok)
    lines.push(`published head does not match: ${report.anchor.reason}`);
  const what = {
    altered: "was changed outside Dossier (it no longer matches what the audit log recorded)",
    unrecorded: "is not recorded in the audit log (added outside Dossier)",
    missing: "recorded in the audit log is missing (deleted outside Dossier)",
  };
  for (const p of report.rowProblems) lines.push(`${p.table} row ${p.key} ${what[p.kind]}`);
  if (report.rowProblemCount > report.rowProblems.length) {
    lines.push(`… and ${report.rowProblemCount - report.rowProblems.length} more rows`);
  }
  return lines;
}
