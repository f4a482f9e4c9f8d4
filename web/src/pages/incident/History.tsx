import type { IncidentView } from "../../api/types.js";
import { formatMoment, humanize, STATUS_LABELS } from "../../lib/format.js";

/** Every decision taken on the incident, newest first, with who took it and why. */
export function History({ view }: { view: IncidentView }) {
  const rows = [...view.history].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section className="panel" aria-labelledby="history">
      <h2 id="history">Review history</h2>
      {rows.length === 0 ? (
        <p>No decision has been recorded yet.</p>
      ) : (
        <ol className="history">
          {rows.map((h) => (
            <li key={`${h.at}:${h.kind}:${h.actor}`} data-testid="history-entry">
              <p>
                <strong>{humanize(h.kind)}</strong>
                {h.fromStatus && h.toStatus && h.fromStatus !== h.toStatus && (
                  <>
                    : {STATUS_LABELS[h.fromStatus]} → {STATUS_LABELS[h.toStatus]}
                  </>
                )}{" "}
                <span className="subtle">
                  by {h.actor} ({h.role}), {formatMoment(h.at)}
                </span>
              </p>
              {h.note && <p className="pre-line note">{h.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
