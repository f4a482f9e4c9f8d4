import { useState } from "react";
import { Link } from "wouter";
import type { AssessmentItem, Items } from "../../api/types.js";
import { useApi } from "../../api/use-api.js";
import { useUser } from "../../auth/session.js";
import { Page } from "../../components/Page.js";
import { Async, Empty } from "../../components/States.js";
import { ASSESSMENT_STATUS_LABELS } from "../../lib/assessments.js";
import { AssessmentForm } from "./AssessmentForm.js";

export function AssessmentsPage() {
  const { can } = useUser();
  const result = useApi<Items<AssessmentItem>>("/api/assessments");
  const [writing, setWriting] = useState(false);
  return (
    <Page
      title="Assessments"
      lead="Judgements over incidents, in ICD 203 terms: how likely, with what confidence, on what information. A reviewer other than the author signs them off."
      actions={
        can.edit && (
          <button
            type="button"
            className="button"
            aria-expanded={writing}
            onClick={() => setWriting((w) => !w)}
          >
            {writing ? "Cancel" : "New assessment"}
          </button>
        )
      }
    >
      {writing && (
        <section className="panel" aria-label="New assessment">
          <h2>New assessment</h2>
          <AssessmentForm onCreated={() => void result.mutate()} />
        </section>
      )}
      <Async result={result} label="Loading assessments…">
        {({ items }) =>
          items.length === 0 ? (
            <Empty>No assessment has been written yet.</Empty>
          ) : (
            <ul className="card-list">
              {items.map((a) => (
                <li key={a.id} className="card" data-testid="assessment-row">
                  <p>
                    <Link href={`/assessments/${a.id}`}>{a.id}</Link>{" "}
                    <span className={`badge assessment-${a.status}`}>
                      {ASSESSMENT_STATUS_LABELS[a.status]}
                    </span>
                    {a.thirdParty && <span className="badge neutral">third party</span>}{" "}
                    <span className="subtle">by {a.author}</span>
                  </p>
                  <p>{a.rendered}</p>
                </li>
              ))}
            </ul>
          )
        }
      </Async>
    </Page>
  );
}
