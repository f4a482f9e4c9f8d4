import { type FormEvent, useState } from "react";
import { useLocation } from "wouter";
import {
  CONFIDENCE,
  CONFIDENCE_LEVELS,
  type Confidence,
  LIKELIHOOD_IDS,
  LIKELIHOODS,
  type Likelihood,
  likelihoodBand,
} from "../../../../src/investigate/assessments/estimative.js";
import { assessments } from "../../api/endpoints.js";
import { ActionResult, Field, useAction } from "../../components/Form.js";
import { parseIncidentList } from "../../lib/incidents.js";

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A new assessment in ICD 203 terms: what is judged, how likely, with what confidence, as of when. */
export function AssessmentForm({ onCreated }: { onCreated: () => void }) {
  const [, navigate] = useLocation();
  const [statement, setStatement] = useState("");
  const [ids, setIds] = useState("");
  const [likelihood, setLikelihood] = useState<Likelihood | "">("");
  const [confidence, setConfidence] = useState<Confidence | "">("");
  const [asOf, setAsOf] = useState(today());
  const action = useAction();
  const parsed = parseIncidentList(ids);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (parsed.bad !== null) return;
    const created = await action.run(
      () =>
        assessments.create({
          statement,
          incidentIds: parsed.ids,
          likelihood: likelihood || null,
          confidence: confidence || null,
          asOf,
        }),
      "Draft saved.",
    );
    if (created) {
      onCreated();
      navigate(`/assessments/${created.id}`);
    }
  };
  return (
    <form className="subform" onSubmit={submit} aria-label="New assessment">
      <Field label="Judgement" hint="As a clause: “members of X's forces committed war crimes in Y”.">
        {({ id, describedBy }) => (
          <textarea
            id={id}
            aria-describedby={describedBy}
            rows={3}
            required
            value={statement}
            onChange={(e) => setStatement(e.target.value)}
          />
        )}
      </Field>
      <Field label="Incidents it rests on" hint="Incident ids, e.g. INC-00012, INC-00031.">
        {({ id, describedBy }) => (
          <input
            id={id}
            aria-describedby={describedBy}
            value={ids}
            onChange={(e) => setIds(e.target.value)}
          />
        )}
      </Field>
      {parsed.bad !== null && (
        <p className="form-result error" role="alert">
          “{parsed.bad}” is not an incident id.
        </p>
      )}
      <div className="form-row">
        <Field label="Likelihood (ICD 203)" hint="Can be left open in a draft; needed before review.">
          {({ id, describedBy }) => (
            <select
              id={id}
              aria-describedby={describedBy}
              value={likelihood}
              onChange={(e) => setLikelihood(e.target.value as Likelihood | "")}
            >
              <option value="">Not stated yet</option>
              {LIKELIHOOD_IDS.map((l) => (
                <option key={l} value={l}>
                  {LIKELIHOODS[l].term} ({likelihoodBand(l)})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label="Confidence"
          hint={
            confidence
              ? CONFIDENCE[confidence].definition
              : "How well the information supports the judgement."
          }
        >
          {({ id, describedBy }) => (
            <select
              id={id}
              aria-describedby={describedBy}
              value={confidence}
              onChange={(e) => setConfidence(e.target.value as Confidence | "")}
            >
              <option value="">Not stated yet</option>
              {CONFIDENCE_LEVELS.map((c) => (
                <option key={c} value={c}>
                  {CONFIDENCE[c].label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Based on information as of">
          {({ id }) => (
            <input id={id} type="date" required value={asOf} onChange={(e) => setAsOf(e.target.value)} />
          )}
        </Field>
      </div>
      <button type="submit" className="button" disabled={action.pending || parsed.bad !== null}>
        Save draft
      </button>
      <ActionResult state={action} />
    </form>
  );
}
