import { Link, useLocation } from "wouter";
import {
  contentWarnings,
  isSensitivityFlag,
  SENSITIVITY_FLAGS,
} from "../../../../src/investigate/review/sensitivity.js";
import type { IncidentView } from "../../api/types.js";
import { useApi, useRefreshLists } from "../../api/use-api.js";
import { useUser } from "../../auth/session.js";
import { Page } from "../../components/Page.js";
import { Async } from "../../components/States.js";
import { StatusBadge } from "../../components/StatusBadge.js";
import { incidentTitle } from "../../lib/incidents.js";
import { Conflicts } from "./Conflicts.js";
import { Credibility } from "./Credibility.js";
import { EditForm } from "./EditForm.js";
import { Evidence } from "./Evidence.js";
import { Facts } from "./Facts.js";
import { History } from "./History.js";
import { Legal } from "./Legal.js";
import { AttachSourceForm, FlagsForm, MergeForm } from "./Manage.js";
import { AssignForm, StatusForm } from "./ReviewForm.js";
import { SourcesSection } from "./SourcesSection.js";

function Flags({ flags }: { flags: string[] }) {
  const known = flags.filter(isSensitivityFlag);
  const warnings = contentWarnings(known);
  return (
    <>
      {warnings.length > 0 && (
        <p className="notice warning" role="note">
          Content warning: {warnings.join(", ")}.
        </p>
      )}
      {known.length > 0 && (
        <ul className="flag-list" aria-label="Sensitivity flags">
          {known.map((f) => (
            <li
              key={f}
              className={`badge flag flag-${SENSITIVITY_FLAGS[f].tier}`}
              title={SENSITIVITY_FLAGS[f].description}
            >
              {SENSITIVITY_FLAGS[f].label}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Body({ view, reload }: { view: IncidentView; reload: () => void }) {
  const { user, can } = useUser();
  const [, navigate] = useLocation();
  const { incident } = view;
  if (incident.mergedInto) {
    return (
      <p className="notice" role="note">
        This incident was merged into{" "}
        <Link href={`/incidents/${incident.mergedInto}`}>{incident.mergedInto}</Link>.
      </p>
    );
  }
  return (
    <>
      <Flags flags={incident.flags} />
      <div className="incident-layout">
        <div className="incident-main">
          <section className="panel" aria-labelledby="facts">
            <h2 id="facts">What the sources say</h2>
            <Facts view={view} />
          </section>
          <Conflicts view={view} />
          <SourcesSection view={view} />
          <Evidence
            view={view}
            canEdit={can.edit}
            onChanged={reload}
            onSplit={(id) => navigate(`/incidents/${id}`)}
          />
          <Credibility view={view} canEdit={can.edit} onChanged={reload} />
          <Legal view={view} />
          {!can.partner && <History view={view} />}
        </div>
        {can.edit && (
          <aside className="incident-side" aria-label="Review and case work">
            <section className="panel" aria-labelledby="review">
              <h2 id="review">Review</h2>
              <StatusForm view={view} onChanged={reload} />
              <AssignForm view={view} user={user} onChanged={reload} />
            </section>
            <section className="panel" aria-labelledby="casework">
              <h2 id="casework">Case work</h2>
              <FlagsForm view={view} onChanged={reload} />
              <MergeForm view={view} onChanged={reload} />
              <AttachSourceForm view={view} onChanged={reload} />
              <EditForm view={view} onChanged={reload} />
            </section>
          </aside>
        )}
      </div>
    </>
  );
}

export function IncidentPage({ id }: { id: string }) {
  const result = useApi<IncidentView>(`/api/incidents/${encodeURIComponent(id)}`);
  const refreshLists = useRefreshLists();
  const reload = () => {
    void result.mutate();
    refreshLists();
  };
  const view = result.data;
  const title = view ? incidentTitle(view.incident) : id;
  return (
    <Page
      title={view ? `${view.incident.id} ${title}` : id}
      heading={
        view ? (
          <>
            {title} <span className="subtle heading-id">{view.incident.id}</span>
          </>
        ) : (
          id
        )
      }
      actions={view && <StatusBadge status={view.incident.status} />}
    >
      <p className="breadcrumb">
        <Link href="/incidents">All incidents</Link>
      </p>
      <Async result={result} label="Loading the incident…">
        {(v) => <Body key={v.incident.id} view={v} reload={reload} />}
      </Async>
    </Page>
  );
}
