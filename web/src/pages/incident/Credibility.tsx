import { type FormEvent, useState } from "react";
import { CREDIBILITY, CREDIBILITY_GRADES } from "../../../../src/investigate/grading/admiralty.js";
import { incidents } from "../../api/endpoints.js";
import type { IncidentView } from "../../api/types.js";
import { ActionResult, Field, NoteField, useAction } from "../../components/Form.js";
import { claimLabel, claimOptions } from "../../lib/claims.js";
import { formatMoment } from "../../lib/format.js";

function GradeForm({ view, onDone }: { view: IncidentView; onDone: () => void }) {
  const options = claimOptions(view.summary);
  const [claim, setClaim] = useState(options[0]?.value ?? "event");
  const [grade, setGrade] = useState(String(view.credibility.suggested.grade));
  const [note, setNote] = useState("");
  const action = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await action.run(
      () => incidents.grade(view.incident.id, { claim, grade: Number(grade), note }),
      "Grade recorded.",
    );
    if (ok !== undefined) {
      setNote("");
      onDone();
    }
  };
  return (
    <form className="subform" onSubmit={submit} aria-label="Grade a claim">
      <h3>Grade a claim</h3>
      <div className="form-row">
        <Field label="Claim">
          {({ id }) => (
            <select id={id} value={claim} onChange={(e) => setClaim(e.target.value)}>
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Credibility">
          {({ id }) => (
            <select id={id} value={grade} onChange={(e) => setGrade(e.target.value)}>
              {CREDIBILITY_GRADES.map((g) => (
                <option key={g} value={g}>
                  {g} — {CREDIBILITY[g].label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <NoteField value={note} onChange={setNote} />
      <button type="submit" className="button" disabled={action.pending}>
        Record grade
      </button>
      <ActionResult state={action} />
    </form>
  );
}

/** The machine's suggested credibility, and the grades people set. */
export function Credibility({
  view,
  canEdit,
  onChanged,
}: {
  view: IncidentView;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const { suggested, graded } = view.credibility;
  return (
    <section className="panel" aria-labelledby="credibility">
      <h2 id="credibility">Credibility</h2>
      <div className="suggestion" data-testid="credibility-suggestion">
        <p>
          <span className="label-suggestion">Suggestion</span> Credibility{" "}
          <strong>
            {suggested.grade} — {suggested.label}
          </strong>
          , because:
        </p>
        <ul>
          {suggested.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
        <p className="hint">A starting point computed from corroboration; an analyst sets the grade.</p>
      </div>
      <h3>Grades set by analysts</h3>
      {graded.length === 0 ? (
        <p>No claim has been graded yet.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Claim</th>
              <th scope="col">Grade</th>
              <th scope="col">Why</th>
              <th scope="col">By</th>
            </tr>
          </thead>
          <tbody>
            {graded.map((g) => (
              <tr key={`${g.claim}:${g.setAt}`} data-testid="graded-claim">
                <td>{claimLabel(g.claim)}</td>
                <td>
                  {g.grade} — {CREDIBILITY[g.grade as keyof typeof CREDIBILITY]?.label ?? "unknown"}
                </td>
                <td className="pre-line">{g.note}</td>
                <td>
                  {g.setBy}
                  <span className="subtle"> {formatMoment(g.setAt)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {canEdit && <GradeForm view={view} onDone={onChanged} />}
    </section>
  );
}
