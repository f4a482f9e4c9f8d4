import { type FormEvent, useState } from "react";
import {
  RELIABILITY,
  RELIABILITY_GRADES,
  type Reliability,
} from "../../../src/investigate/grading/admiralty.js";
import { outlets } from "../api/endpoints.js";
import type { Items, OutletGradeRow } from "../api/types.js";
import { useApi } from "../api/use-api.js";
import { ActionResult, Field, NoteField, useAction } from "../components/Form.js";
import { Page } from "../components/Page.js";
import { Async, Empty } from "../components/States.js";
import { formatMoment } from "../lib/format.js";

function GradeForm({ onDone }: { onDone: () => void }) {
  const [outlet, setOutlet] = useState("");
  const [grade, setGrade] = useState<Reliability>("B");
  const [note, setNote] = useState("");
  const action = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await action.run(
      () => outlets.grade({ outlet: outlet.trim(), grade, note }),
      `Graded ${outlet.trim()} ${grade}.`,
    );
    if (done !== undefined) {
      setOutlet("");
      setNote("");
      onDone();
    }
  };
  return (
    <form className="subform" onSubmit={submit} aria-label="Grade an outlet">
      <h2>Grade an outlet</h2>
      <div className="form-row">
        <Field label="Outlet" hint="The name or web site, e.g. example-news.org.">
          {({ id, describedBy }) => (
            <input
              id={id}
              aria-describedby={describedBy}
              required
              value={outlet}
              onChange={(e) => setOutlet(e.target.value)}
            />
          )}
        </Field>
        <Field label="Reliability" hint={RELIABILITY[grade].definition}>
          {({ id, describedBy }) => (
            <select
              id={id}
              aria-describedby={describedBy}
              value={grade}
              onChange={(e) => setGrade(e.target.value as Reliability)}
            >
              {RELIABILITY_GRADES.map((g) => (
                <option key={g} value={g}>
                  {g} — {RELIABILITY[g].label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <NoteField value={note} onChange={setNote} />
      <button type="submit" className="button" disabled={action.pending}>
        Save grade
      </button>
      <ActionResult state={action} />
    </form>
  );
}

export function OutletsPage() {
  const result = useApi<Items<OutletGradeRow>>("/api/outlets");
  return (
    <Page
      title="Outlets"
      lead="How reliable the team judges each outlet (Admiralty code, A to F). Sources from ungraded outlets count as F: cannot be judged."
    >
      <section className="panel">
        <GradeForm onDone={() => void result.mutate()} />
      </section>
      <Async result={result} label="Loading grades…">
        {({ items }) =>
          items.length === 0 ? (
            <Empty>No outlet has been graded yet.</Empty>
          ) : (
            <table className="data-table">
              <caption className="visually-hidden">Outlet grades</caption>
              <thead>
                <tr>
                  <th scope="col">Outlet</th>
                  <th scope="col">Reliability</th>
                  <th scope="col">Why</th>
                  <th scope="col">Set by</th>
                </tr>
              </thead>
              <tbody>
                {items.map((o) => (
                  <tr key={o.key} data-testid="outlet-grade">
                    <th scope="row">{o.key}</th>
                    <td>
                      <span className={`grade grade-${o.grade}`}>{o.grade}</span>{" "}
                      {RELIABILITY[o.grade as Reliability]?.label ?? ""}
                    </td>
                    <td className="pre-line">{o.note}</td>
                    <td>
                      {o.setBy} <span className="subtle">{formatMoment(o.setAt)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Async>
    </Page>
  );
}
