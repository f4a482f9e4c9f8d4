import { useId, useState } from "react";
import { useIncidentSet } from "../api/use-api.js";
import { useUser } from "../auth/session.js";
import { FilterBar, ViewSwitch } from "../components/FilterBar.js";
import { IncidentSetNotice } from "../components/IncidentSetNotice.js";
import { IncidentTable } from "../components/IncidentTable.js";
import { Page } from "../components/Page.js";
import { Pager, parsePage } from "../components/Pager.js";
import { Async, Empty } from "../components/States.js";
import { activeFilterCount } from "../lib/filters.js";
import { parseSort, SORTS, type SortId, sortIncidents } from "../lib/incidents.js";
import { useFilters } from "../lib/use-filters.js";
import { NewIncidentForm } from "./NewIncidentForm.js";

const PAGE_SIZE = 50;

export function IncidentsPage() {
  const { filters, params, setParam } = useFilters();
  const result = useIncidentSet(filters);
  const sort = parseSort(params.get("sort"));
  const page = parsePage(params.get("page"));
  const id = useId();
  const { can } = useUser();
  const [creating, setCreating] = useState(false);
  return (
    <Page
      title="Incidents"
      actions={
        <>
          {can.edit && (
            <button
              type="button"
              className="button secondary"
              aria-expanded={creating}
              onClick={() => setCreating((c) => !c)}
            >
              {creating ? "Cancel" : "New incident"}
            </button>
          )}
          <ViewSwitch current="/incidents" />
        </>
      }
    >
      {creating && (
        <section className="panel" aria-labelledby={`${id}-new`}>
          <h2 id={`${id}-new`}>New incident</h2>
          <NewIncidentForm />
        </section>
      )}
      <FilterBar />
      <Async result={result} label="Loading incidents…">
        {(set) => {
          if (set.incidents.length === 0) {
            return (
              <Empty>
                {activeFilterCount(filters) > 0
                  ? "No incident matches these filters. Clear some filters to see more."
                  : "No incidents yet. Incidents appear here as reports describing them are ingested."}
              </Empty>
            );
          }
          const sorted = sortIncidents(set.incidents, sort);
          const shown = sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
          return (
            <>
              <div className="list-toolbar">
                <IncidentSetNotice set={set} placeFilter={filters.place} />
                <div className="field inline">
                  <label htmlFor={`${id}-sort`}>Sort by</label>
                  <select
                    id={`${id}-sort`}
                    value={sort}
                    onChange={(e) =>
                      setParam("sort", e.target.value === "date-desc" ? null : (e.target.value as SortId))
                    }
                  >
                    {Object.entries(SORTS).map(([value, label]) => (
                      <option key={value} value={value}>
                        {label}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              <IncidentTable incidents={shown} caption="Incidents matching the filters" />
              <Pager
                page={page}
                pageSize={PAGE_SIZE}
                total={sorted.length}
                onPage={(p) => setParam("page", p === 1 ? null : String(p))}
              />
            </>
          );
        }}
      </Async>
    </Page>
  );
}
