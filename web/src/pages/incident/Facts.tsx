import type { ReactNode } from "react";
import type { Supported } from "../../../../src/investigate/merge/index.js";
import type { IncidentView } from "../../api/types.js";
import { StatusBadge } from "../../components/StatusBadge.js";
import { formatDayRange, formatRange, humanize, plural } from "../../lib/format.js";
import { Backers } from "./Backers.js";

function Row({ label, field, children }: { label: string; field: string; children: ReactNode }) {
  return (
    <div className="fact" data-testid={`incident-field-${field}`}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Support<T>({ value, view }: { value: Supported<T>; view: IncidentView }) {
  return (
    <p className="support">
      <Backers mentionIds={value.supporters} view={view} />
    </p>
  );
}

function Overridden({ children }: { children: ReactNode }) {
  return <p className="override">Set by an analyst. {children}</p>;
}

/** The incident's fields, each with the sources that support it. */
export function Facts({ view }: { view: IncidentView }) {
  const { incident, summary } = view;
  const o = incident.overrides;
  const stance = summary?.stance;
  return (
    <dl className="facts">
      <Row label="Status" field="status">
        <StatusBadge status={incident.status} />
        {incident.assignee && <span className="subtle"> · assigned to {incident.assignee}</span>}
      </Row>
      <Row label="Event type" field="type">
        {incident.eventType ?? "not known"}
        {o.eventType && summary && <Overridden>The sources say {summary.eventType.value}.</Overridden>}
        {summary && !o.eventType && <Support value={summary.eventType} view={view} />}
      </Row>
      <Row label="Place" field="place">
        {incident.placeName ?? "not known"}
        {incident.lat !== null && incident.lon !== null && (
          <span className="subtle">
            {" "}
            ({incident.lat.toFixed(4)}, {incident.lon.toFixed(4)}
            {summary?.place?.value.ref ? `, ${summary.place.value.ref.precision}` : ""})
          </span>
        )}
        {o.place && (
          <Overridden>{summary?.place ? `The sources say ${summary.place.value.name}.` : ""}</Overridden>
        )}
        {summary?.place && !o.place && <Support value={summary.place} view={view} />}
      </Row>
      <Row label="Date" field="date">
        {formatDayRange(incident.dateFrom, incident.dateTo)}
        {summary?.date && <span className="subtle"> (precision: {summary.date.value.precision})</span>}
        {incident.dateBasis === "publication" && (
          <p className="hint">
            No report dates the event: this is the day it was first reported, so it happened then or before.
          </p>
        )}
        {o.date && (
          <Overridden>
            {summary?.date
              ? `The sources say ${formatDayRange(summary.date.value.from, summary.date.value.to)}.`
              : ""}
          </Overridden>
        )}
        {summary?.date && !o.date && <Support value={summary.date} view={view} />}
      </Row>
      {summary && summary.targets.length > 0 && (
        <Row label="What was hit" field="targets">
          <ul className="plain">
            {summary.targets.map((t) => (
              <li key={t.object}>
                {t.object} <span className="subtle">({t.category})</span> —{" "}
                <Backers mentionIds={t.supporters} view={view} />
              </li>
            ))}
          </ul>
        </Row>
      )}
      {summary && summary.perpetrators.length > 0 && (
        <Row label="Alleged perpetrator" field="perpetrator">
          <ul className="plain">
            {summary.perpetrators.map((p) => (
              <li key={p.name}>
                {p.name} — <Backers mentionIds={p.supporters} view={view} />
              </li>
            ))}
          </ul>
        </Row>
      )}
      {summary && summary.figures.length > 0 && (
        <Row label="Casualty figures" field="figures">
          <ul className="plain">
            {summary.figures.map((f) => (
              <li key={`${f.measure}/${f.who}`}>
                {humanize(f.measure)} ({f.who}): <strong>{formatRange(f.low, f.high)}</strong>
                {f.conflict && (
                  <>
                    {" "}
                    <span className="badge conflict">sources disagree</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </Row>
      )}
      {stance && (
        <Row label="Stance of the reports" field="stance">
          {plural(stance.alleged.length, "passage")} allege it, {stance.confirmed.length} confirm it,{" "}
          {stance.denied.length} report a denial
          {stance.denied.some((d) => d.by) && (
            <span>
              {" "}
              (denied by {[...new Set(stance.denied.flatMap((d) => (d.by ? [d.by.name] : [])))].join(", ")})
            </span>
          )}
          .
        </Row>
      )}
      <Row label="Sources" field="sources">
        {plural(incident.independentSources, "independent source")} among {plural(incident.sources, "source")}
      </Row>
      {o.notes && (
        <Row label="Analyst's notes" field="notes">
          <p className="pre-line">{o.notes}</p>
        </Row>
      )}
    </dl>
  );
}
