import { Link } from "wouter";
import type { Incident } from "../api/types.js";
import { casualties, incidentDate, incidentTitle } from "../lib/incidents.js";
import { StatusBadge } from "./StatusBadge.js";

/** Incidents as a table; each row's title links to the incident page. */
export function IncidentTable({
  incidents,
  caption,
  rowTestId = "incident-row",
  showAssignee = false,
}: {
  incidents: readonly Incident[];
  caption: string;
  rowTestId?: string;
  showAssignee?: boolean;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Incident</th>
            <th scope="col">Date</th>
            <th scope="col">Place</th>
            <th scope="col">Status</th>
            {showAssignee && <th scope="col">Assigned to</th>}
            <th scope="col" className="num">
              <abbr title="Independent sources (copies of one report count once) / all sources">Sources</abbr>
            </th>
            <th scope="col" className="num">
              Killed
            </th>
            <th scope="col" className="num">
              Injured
            </th>
          </tr>
        </thead>
        <tbody>
          {incidents.map((i) => (
            <tr key={i.id} data-testid={rowTestId} data-incident-id={i.id}>
              <th scope="row">
                <Link href={`/incidents/${i.id}`}>{incidentTitle(i)}</Link>
                <span className="subtle">
                  {" "}
                  {i.id}
                  {i.title && i.eventType ? ` · ${i.eventType}` : ""}
                  {i.flags.length > 0
                    ? ` · ${i.flags.length} sensitivity flag${i.flags.length === 1 ? "" : "s"}`
                    : ""}
                </span>
              </th>
              <td>{incidentDate(i)}</td>
              <td>{i.placeName ?? "unknown"}</td>
              <td>
                <StatusBadge status={i.status} />
              </td>
              {showAssignee && <td>{i.assignee ?? "nobody"}</td>}
              <td className="num">
                {i.independentSources} / {i.sources}
              </td>
              <td className="num">{casualties(i.killed)}</td>
              <td className="num">{casualties(i.injured)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
