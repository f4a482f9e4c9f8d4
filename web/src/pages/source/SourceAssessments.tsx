import type { Analysis } from "../../../../src/domain/analysis.js";
import { assessments } from "../../api/endpoints.js";
import { ActionResult, useAction } from "../../components/Form.js";

/** Findings the source states ("the US government assesses that …"), recordable as third-party assessments. */
export function SourceAssessments({
  sourceId,
  analysis,
  canEdit,
}: {
  sourceId: string;
  analysis: Analysis | null;
  canEdit: boolean;
}) {
  const action = useAction();
  const found = analysis?.assessments ?? [];
  if (found.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="stated-assessments">
      <h2 id="stated-assessments">Findings stated in this source</h2>
      <ol>
        {found.map((a, index) => (
          <li key={`${a.start}:${a.end}`}>
            <p>
              <strong>{a.by?.name ?? "An unnamed party"}</strong> ({a.kind}): “{a.claim.text}”
              {a.hedges.length > 0 && (
                <span className="subtle"> — hedged: {a.hedges.map((h) => h.text).join(", ")}</span>
              )}
            </p>
            {canEdit && (
              <button
                type="button"
                className="button secondary small"
                disabled={action.pending}
                onClick={() =>
                  void action.run(
                    () => assessments.thirdParty({ sourceId, index }),
                    "Recorded as a third-party assessment (see Assessments).",
                  )
                }
              >
                Record as a third-party assessment
              </button>
            )}
          </li>
        ))}
      </ol>
      <ActionResult state={action} />
    </section>
  );
}
