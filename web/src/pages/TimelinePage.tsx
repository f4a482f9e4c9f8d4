import { useMemo } from "react";
import { Link } from "wouter";
import type { Incident } from "../api/types.js";
import { useIncidentSet } from "../api/use-api.js";
import { FilterBar, ViewSwitch } from "../components/FilterBar.js";
import { IncidentSetNotice } from "../components/IncidentSetNotice.js";
import { Page } from "../components/Page.js";
import { Async, Empty } from "../components/States.js";
import { StatusBadge } from "../components/StatusBadge.js";
import { countAxis } from "../lib/chart.js";
import { formatCount, formatDay, formatMonth, plural } from "../lib/format.js";
import { casualties, incidentDate, incidentTitle } from "../lib/incidents.js";
import { colourFor } from "../lib/palette.js";
import { type Bin, extent, groupByMonth, histogram, unitFor, zoomOut } from "../lib/timeline.js";
import { useFilters } from "../lib/use-filters.js";

const W = 900;
const H = 120;

function binLabel(b: Bin): string {
  if (b.from === b.to) return formatDay(b.from);
  if (b.key.length === 7) return formatMonth(b.key);
  return b.key;
}

/** Bars per day, month or year; each bar is a button that narrows the dates to it. */
function Overview({ bins, onZoom }: { bins: Bin[]; onZoom: (b: Bin) => void }) {
  const axis = countAxis(Math.max(0, ...bins.map((b) => b.count)));
  const slot = W / Math.max(1, bins.length);
  return (
    <div className="timeline-overview">
      <svg viewBox={`0 0 ${W} ${H}`} className="chart-svg" aria-hidden="true" focusable="false">
        {bins.map((b, i) => {
          const h = (b.count / axis.max) * (H - 4);
          return (
            <rect
              key={b.key}
              x={i * slot + 1}
              y={H - h}
              width={Math.max(1, slot - 2)}
              height={h}
              fill="#0072B2"
            />
          );
        })}
      </svg>
      <ul className="timeline-bins" aria-label="Zoom in on a period">
        {bins
          .filter((b) => b.count > 0)
          .map((b) => (
            <li key={b.key}>
              <button type="button" className="link-button" onClick={() => onZoom(b)}>
                {binLabel(b)} ({formatCount(b.count)})
              </button>
            </li>
          ))}
      </ul>
    </div>
  );
}

function Entry({ incident }: { incident: Incident }) {
  return (
    <li className="timeline-entry" data-testid="timeline-entry">
      <svg
        className="timeline-dot"
        width="12"
        height="12"
        viewBox="0 0 12 12"
        aria-hidden="true"
        focusable="false"
      >
        <circle cx="6" cy="6" r="5" fill={colourFor("type", incident.eventType ?? "")} />
      </svg>
      <span className="timeline-date">{incidentDate(incident)}</span>
      <span className="timeline-title">
        <Link href={`/incidents/${incident.id}`}>{incidentTitle(incident)}</Link>{" "}
        <span className="subtle">
          {incident.id}
          {incident.killed ? ` · killed: ${casualties(incident.killed)}` : ""}
          {incident.injured ? ` · injured: ${casualties(incident.injured)}` : ""}
          {` · ${plural(incident.independentSources, "independent source")}`}
        </span>
      </span>
      <StatusBadge status={incident.status} />
    </li>
  );
}

function Timeline({ incidents }: { incidents: readonly Incident[] }) {
  const { filters, setFilters } = useFilters();
  const { months, undated } = useMemo(() => groupByMonth(incidents), [incidents]);
  const range = useMemo(() => {
    const e = extent(incidents);
    if (e === null) return null;
    return { from: filters.from ?? e.from, to: filters.to ?? e.to };
  }, [incidents, filters.from, filters.to]);
  const bins = useMemo(() => (range ? histogram(incidents, range) : []), [incidents, range]);
  const zoomed = filters.from !== null || filters.to !== null;
  return (
    <>
      {range && (
        <section className="panel" aria-labelledby="timeline-overview">
          <div className="panel-header">
            <h2 id="timeline-overview">
              {formatDay(range.from)} – {formatDay(range.to)}{" "}
              <span className="subtle">(by {unitFor(range.from, range.to)})</span>
            </h2>
            <button
              type="button"
              className="button secondary small"
              disabled={!zoomed}
              onClick={() => setFilters({ ...filters, ...zoomOut(filters) })}
            >
              Zoom out
            </button>
          </div>
          <Overview bins={bins} onZoom={(b) => setFilters({ ...filters, from: b.from, to: b.to })} />
        </section>
      )}
      <ol className="timeline" aria-label="Incidents by month">
        {months.map((m) => (
          <li key={m.month} className="timeline-month">
            <h2 id={`month-${m.month}`}>
              {formatMonth(m.month)}{" "}
              <span className="subtle">({plural(m.incidents.length, "incident")})</span>
            </h2>
            <ol className="timeline-entries" aria-labelledby={`month-${m.month}`}>
              {m.incidents.map((i) => (
                <Entry key={i.id} incident={i} />
              ))}
            </ol>
          </li>
        ))}
        {undated.length > 0 && (
          <li className="timeline-month">
            <h2 id="month-undated">
              No date known <span className="subtle">({plural(undated.length, "incident")})</span>
            </h2>
            <ol className="timeline-entries" aria-labelledby="month-undated">
              {undated.map((i) => (
                <Entry key={i.id} incident={i} />
              ))}
            </ol>
          </li>
        )}
      </ol>
    </>
  );
}

export function TimelinePage() {
  const { filters } = useFilters();
  const result = useIncidentSet(filters);
  return (
    <Page title="Timeline" actions={<ViewSwitch current="/timeline" />}>
      <FilterBar />
      <Async result={result} label="Loading incidents…">
        {(set) =>
          set.incidents.length === 0 ? (
            <Empty>No incident matches these filters.</Empty>
          ) : (
            <>
              <IncidentSetNotice set={set} placeFilter={filters.place} />
              <Timeline incidents={set.incidents} />
            </>
          )
        }
      </Async>
    </Page>
  );
}
