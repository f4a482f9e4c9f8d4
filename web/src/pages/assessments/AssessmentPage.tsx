import { type FormEvent, useState } from "react";
import { Link } from "wouter";
import { assessments } from "../../api/endpoints.js";
import type { AssessmentDetail } from "../../api/types.js";
import { useApi } from "../../api/use-api.js";
import { useUser } from "../../auth/session.js";
import { ActionResult, NoteField, useAction } from "../../components/Form.js";
import { Page } from "../../components/Page.js";
import { Async } from "../../components/States.js";
import { ASSESSMENT_STATUS_LABELS, assessmentSteps, STEP_LABELS, type Step } from "../../lib/assessments.js";
import { formatMoment, humanize } from "../../lib/format.js";

function Steps({ detail, onChanged }: { detail: AssessmentDetail; onChanged: () => void }) {
  const { user, can } = useUser();
  const steps = assessmentSteps(detail.assessment, user.username, can);
  const [step, setStep] = useState<Step | null>(null);
  const [note, setNote] = useState("");
  const action = useAction();
  if (steps.length === 0) return null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (step === null) return;
    const done = await action.run(
      () => assessments.step(detail.assessment.id, step, note),
      STEP_LABELS[step].done,
    );
    if (done) {
      setStep(null);
      setNote("");
      onChanged();
    }
  };
  return (
    <section className="panel" aria-labelledby="steps">
      <h2 id="steps">Review</h2>
      <form onSubmit={submit} className="subform">
        <fieldset>
          <legend>What to do</legend>
          {steps.map((s) => (
            <label key={s} className="radio">
              <input type="radio" name="step" checked={step === s} onChange={() => setStep(s)} required />
              <span>
                <strong>{STEP_LABELS[s].button}</strong> — {STEP_LABELS[s].hint}
              </span>
            </label>
          ))}
        </fieldset>
        <NoteField value={note} onChange={setNote} />
        <button type="submit" className="button" disabled={action.pending || step === null}>
          {step ? STEP_LABELS[step].button : "Choose what to do"}
        </button>
        <ActionResult state={action} />
      </form>
    </section>
  );
}

export function AssessmentPage({ id }: { id: string }) {
  const result = useApi<AssessmentDetail>(`/api/assessments/${encodeURIComponent(id)}`);
  return (
    <Page title={`Assessment ${id}`}>
      <p className="breadcrumb">
        <Link href="/assessments">All assessments</Link>
      </p>
      <Async result={result} label="Loading the assessment…">
        {(detail) => {
          const a = detail.assessment;
          return (
            <>
              <section className="panel">
                <p>
                  <span className={`badge assessment-${a.status}`}>{ASSESSMENT_STATUS_LABELS[a.status]}</span>{" "}
                  <span className="subtle">written by {a.author}</span>
                </p>
                <blockquote className="assessment-text">{a.rendered}</blockquote>
                {a.thirdParty && (
                  <p>
                    Stated in{" "}
                    <Link href={`/sources/${a.thirdParty.sourceId}`}>source {a.thirdParty.sourceId}</Link>: “
                    {a.thirdParty.span.text}”
                  </p>
                )}
                <p>
                  Incidents:{" "}
                  {a.incidentIds.length === 0
                    ? "none named"
                    : a.incidentIds.map((i, n) => (
                        <span key={i}>
                          {n > 0 && ", "}
                          <Link href={`/incidents/${i}`}>{i}</Link>
                        </span>
                      ))}
                </p>
                {a.signOffs.length > 0 && (
                  <ul className="plain">
                    {a.signOffs.map((s) => (
                      <li key={`${s.reviewer}:${s.at}`}>
                        Signed off by {s.reviewer}, {formatMoment(s.at)}: {s.note}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
              <Steps detail={detail} onChanged={() => void result.mutate()} />
              <section className="panel" aria-labelledby="assessment-history">
                <h2 id="assessment-history">History</h2>
                <ol className="history">
                  {detail.events.map((e) => (
                    <li key={`${e.at}:${e.action}`}>
                      <strong>{humanize(e.action)}</strong>{" "}
                      <span className="subtle">
                        by {e.actor} ({e.role}), {formatMoment(e.at)}
                      </span>
                      {e.note && <p className="pre-line note">{e.note}</p>}
                    </li>
                  ))}
                </ol>
              </section>
            </>
          );
        }}
      </Async>
    </Page>
  );
}
