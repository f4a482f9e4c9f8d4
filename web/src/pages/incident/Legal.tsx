import type { ElementStatus } from "../../../../src/investigate/legal/types.js";
import type { IncidentView } from "../../api/types.js";

const STATUS_WORDS: Record<ElementStatus, string> = {
  supported: "supported by the sources",
  contested: "contested",
  not_established: "not established",
};

/** Rome Statute provisions the reported facts may engage. Always labelled as a suggestion. */
export function Legal({ view }: { view: IncidentView }) {
  const legal = view.legal;
  return (
    <section className="panel" aria-labelledby="legal">
      <h2 id="legal">Legal characterisation</h2>
      <p className="legal-disclaimer" role="note" data-testid="legal-disclaimer">
        <strong>A suggestion for legal review, not a finding.</strong> {legal?.disclaimer}
      </p>
      {legal === null || legal.suggestions.length === 0 ? (
        <p>The reported facts do not point to a provision yet.</p>
      ) : (
        legal.suggestions.map((s) => (
          <article key={s.provision.id} className="provision" data-testid="legal-suggestion">
            <h3>
              <span className="label-suggestion">Suggestion for legal review</span> Article {s.provision.id}:{" "}
              {s.provision.title}
            </h3>
            <p>
              <span className="subtle">
                {s.provision.conflict === "international" ? "International" : "Non-international"} armed
                conflict
                {s.provision.counterpart ? ` (counterpart: ${s.provision.counterpart})` : ""}.
              </span>{" "}
              {s.why}
            </p>
            {s.provision.note && <p className="hint">{s.provision.note}</p>}
            <p className="hint">
              {s.classification.question}
              {s.classification.matchesUserContext === false &&
                " This variant does not match the conflict as recorded."}
            </p>
            <p>
              Elements: {s.counts.supported} supported, {s.counts.contested} contested,{" "}
              {s.counts.not_established} not established.
            </p>
            <ol className="elements">
              {s.elements.map((el) => (
                <li key={el.id} className={`element element-${el.status}`} data-status={el.status}>
                  <span className={`badge element-status-${el.status}`}>{STATUS_WORDS[el.status]}</span>{" "}
                  {el.text}
                  <p className="hint">{el.reason}</p>
                </li>
              ))}
            </ol>
          </article>
        ))
      )}
    </section>
  );
}
