import { type FormEvent, useState } from "react";
import { withQuery } from "../api/client.js";
import { audit } from "../api/endpoints.js";
import type { AuditPage as AuditEntries, AuditReport } from "../api/types.js";
import { useApi } from "../api/use-api.js";
import { ActionResult, Field, useAction } from "../components/Form.js";
import { Page } from "../components/Page.js";
import { Async, Empty } from "../components/States.js";
import { formatCount, formatMoment } from "../lib/format.js";
import { useFilters } from "../lib/use-filters.js";

const PAGE = 100;

function problemText(p: NonNullable<AuditReport["chain"]>): string {
  switch (p.kind) {
    case "gap":
      return `entry ${p.expectedSeq} is missing (the next entry found is ${p.seq})`;
    case "broken-link":
      return `entry ${p.seq} does not link to entry ${p.seq - 1}: the log was edited`;
    case "hash-mismatch":
      return `entry ${p.seq} was altered: its contents no longer match its hash`;
  }
}

function Report({ report }: { report: AuditReport }) {
  return (
    <div
      className={`verify-report ${report.ok ? "ok" : "bad"}`}
      role="status"
      data-testid="audit-verify-result"
    >
      <p className="state-title">
        {report.ok
          ? "The log is intact and every record matches it."
          : "Problems found: the data or the log was changed outside Dossier."}
      </p>
      <ul>
        <li>{formatCount(report.entries)} entries checked in the hash chain.</li>
        {report.head && (
          <li>
            Head: entry {report.head.seq}, <code className="hash">{report.head.hash}</code>
          </li>
        )}
        {report.chain && <li>Chain: {problemText(report.chain)}.</li>}
        {report.anchor && (
          <li>
            Published head {report.anchor.seq}:{" "}
            {report.anchor.ok ? "still in the log, unchanged" : report.anchor.reason}
          </li>
        )}
        <li>
          {formatCount(report.rowsChecked)} stored records checked against the log
          {report.rowProblemCount > 0
            ? `; ${formatCount(report.rowProblemCount)} do not match:`
            : ", all match."}
        </li>
      </ul>
      {report.rowProblems.length > 0 && (
        <ul>
          {report.rowProblems.map((r) => (
            <li key={`${r.table}:${r.key}`}>
              {r.table} {r.key}: {r.kind}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Verify() {
  const [head, setHead] = useState("");
  const [report, setReport] = useState<AuditReport | null>(null);
  const action = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setReport(null);
    const r = await action.run(() => audit.verify(head.trim() || undefined), "");
    if (r) setReport(r);
  };
  return (
    <section className="panel" aria-labelledby="verify">
      <h2 id="verify">Verify</h2>
      <p>Recomputes every entry's hash and checks every stored record against the log.</p>
      <form onSubmit={submit} className="subform">
        <Field
          label="Published head (optional)"
          hint="seq:hash as published earlier; the log must still contain exactly that entry."
        >
          {({ id, describedBy }) => (
            <input
              id={id}
              aria-describedby={describedBy}
              value={head}
              onChange={(e) => setHead(e.target.value)}
              spellCheck={false}
            />
          )}
        </Field>
        <button type="submit" className="button" disabled={action.pending}>
          {action.pending ? "Verifying…" : "Verify the audit log"}
        </button>
        <ActionResult state={{ ...action, done: null }} />
      </form>
      {report && <Report report={report} />}
    </section>
  );
}

function Entries({ from, onFrom, head }: { from: number; onFrom: (from: number) => void; head: number }) {
  const result = useApi<AuditEntries>(withQuery("/api/audit", { from, limit: PAGE }));
  return (
    <section className="panel" aria-labelledby="log">
      <h2 id="log">Log</h2>
      <nav className="pager" aria-label="Log pages">
        <button
          type="button"
          className="button secondary"
          disabled={from <= 1}
          onClick={() => onFrom(Math.max(1, from - PAGE))}
        >
          Older
        </button>
        <span>
          Entries {formatCount(from)}–{formatCount(Math.min(head, from + PAGE - 1))} of {formatCount(head)}
        </span>
        <button
          type="button"
          className="button secondary"
          disabled={from + PAGE > head}
          onClick={() => onFrom(from + PAGE)}
        >
          Newer
        </button>
      </nav>
      <Async result={result} label="Loading entries…">
        {({ entries }) => (
          <table className="data-table audit-table">
            <caption className="visually-hidden">Audit log entries, newest first</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  #
                </th>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {[...entries].reverse().map((e) => (
                <tr key={e.seq} data-testid="audit-entry">
                  <td className="num">{e.seq}</td>
                  <td>{formatMoment(e.at)}</td>
                  <td>{e.actor}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>
                    <details>
                      <summary>Payload and hash</summary>
                      <pre className="payload">{JSON.stringify(e.payload, null, 2)}</pre>
                      <p className="hash-line">
                        hash <code className="hash">{e.hash}</code>
                      </p>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Async>
    </section>
  );
}

export function AuditPage() {
  const { params, setParam } = useFilters();
  const first = useApi<AuditEntries>("/api/audit?from=1&limit=1");
  return (
    <Page title="Audit log" lead="Every change, in order, each entry chained to the one before by its hash.">
      <Verify />
      <Async result={first} label="Loading the log…">
        {({ head }) => {
          if (head === null) return <Empty>The log is empty.</Empty>;
          const asked = Number(params.get("from"));
          const from = Number.isInteger(asked) && asked >= 1 ? asked : Math.max(1, head.seq - PAGE + 1);
          return <Entries from={from} head={head.seq} onFrom={(f) => setParam("from", String(f))} />;
        }}
      </Async>
    </Page>
  );
}
