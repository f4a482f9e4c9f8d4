import { Link } from "wouter";
import { INCIDENT_STATUSES } from "../../../src/investigate/review/workflow.js";
import type { Dashboard, IncidentCounts, IncidentStatusId, Stats } from "../api/types.js";
import { useApi } from "../api/use-api.js";
import { useUser } from "../auth/session.js";
import { BarList } from "../components/charts/BarList.js";
import { MonthChart } from "../components/charts/MonthChart.js";
import { Page } from "../components/Page.js";
import { Async, Empty } from "../components/States.js";
import { formatBytes, formatCount, formatDay, STATUS_LABELS } from "../lib/format.js";
import { colourFor, OTHER_COLOUR } from "../lib/palette.js";
import { fillMonths } from "../lib/timeline.js";

function Figure({ label, value, href }: { label: string; value: string; href?: string }) {
  return (
    <div className="stat">
      <dt>{label}</dt>
      <dd>{href ? <Link href={href}>{value}</Link> : value}</dd>
    </div>
  );
}

function Overview({ sources, incidents }: { sources: Stats; incidents: IncidentCounts }) {
  const total = Object.values(incidents.byStatus).reduce((a, b) => a + b, 0);
  return (
    <dl className="stats" aria-label="What Dossier holds">
      <Figure label="Incidents" value={formatCount(total)} href="/incidents" />
      <Figure label="Sources" value={formatCount(sources.sources)} href="/sources" />
      <Figure
        label="Preserved originals"
        value={`${formatCount(sources.captures)} (${formatBytes(sources.bytes)})`}
      />
      <Figure label="Words of text" value={formatCount(sources.words)} />
      <Figure
        label="Published"
        value={
          sources.published.first
            ? `${formatDay(sources.published.first)} – ${formatDay(sources.published.last)}`
            : "unknown"
        }
      />
      <Figure label="Audit log entries" value={formatCount(sources.auditEntries)} />
    </dl>
  );
}

function Charts({ incidents }: { incidents: IncidentCounts }) {
  const statusBars = INCIDENT_STATUSES.map((s: IncidentStatusId) => ({
    key: s,
    label: STATUS_LABELS[s],
    value: incidents.byStatus[s] ?? 0,
    colour: colourFor("status", s),
    href: `/incidents?status=${s}`,
  }));
  const typeBars = Object.entries(incidents.byEventType)
    .sort((a, b) => b[1] - a[1])
    .map(([type, n]) => ({
      key: type,
      label: type === "unknown" ? "Type not known" : type,
      value: n,
      colour: type === "unknown" ? OTHER_COLOUR : colourFor("type", type),
      ...(type !== "unknown" && { href: `/incidents?type=${encodeURIComponent(type)}` }),
    }));
  const months = fillMonths(incidents.byMonth, (month) => ({ month, incidents: 0, killed: 0, injured: 0 }));
  return (
    <>
      <div className="grid-2">
        <section className="panel" aria-labelledby="by-status">
          <h2 id="by-status">Incidents by review status</h2>
          <BarList bars={statusBars} label="Incidents by status" />
        </section>
        <section className="panel" aria-labelledby="by-type">
          <h2 id="by-type">Incidents by event type</h2>
          {typeBars.length === 0 ? (
            <Empty>No incidents yet.</Empty>
          ) : (
            <BarList bars={typeBars} label="Incidents by event type" />
          )}
        </section>
      </div>
      <section className="panel" aria-labelledby="over-time">
        <h2 id="over-time">Incidents over time</h2>
        <p className="hint">By the month each incident began; incidents without a date are left out.</p>
        {months.length === 0 ? (
          <Empty>No dated incidents yet.</Empty>
        ) : (
          <MonthChart rows={months} series={["incidents"]} />
        )}
      </section>
      <section className="panel" aria-labelledby="casualties">
        <h2 id="casualties">Casualties reported over time</h2>
        <p className="hint">
          The least figure the sources claim for each incident, added up per month. Reported figures, not
          verified counts.
        </p>
        {months.length === 0 ? (
          <Empty>No dated incidents yet.</Empty>
        ) : (
          <MonthChart rows={months} series={["killed", "injured"]} />
        )}
      </section>
    </>
  );
}

export function DashboardPage() {
  const { can } = useUser();
  const result = useApi<Dashboard>("/api/dashboard");
  return (
    <Page title="Dashboard">
      <Async result={result} label="Loading the figures…">
        {(data) => {
          if (data.sources === null) {
            return (
              <section className="panel">
                <p>
                  <Link href="/incidents">{formatCount(data.incidents.shared)} incidents</Link> have been
                  shared with your institution.
                </p>
              </section>
            );
          }
          const counts = data.incidents as IncidentCounts;
          if (data.sources.sources === 0) {
            return (
              <Empty>
                <p>Nothing has been ingested yet.</p>
                {can.edit && (
                  <p>
                    <Link href="/ingest">Ingest reports</Link> (files or web pages) to find the incidents they
                    describe.
                  </p>
                )}
              </Empty>
            );
          }
          return (
            <>
              <Overview sources={data.sources} incidents={counts} />
              <Charts incidents={counts} />
            </>
          );
        }}
      </Async>
    </Page>
  );
}
