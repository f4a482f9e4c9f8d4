import { Link } from "wouter";
import type { Incident } from "../../api/types.js";
import { StatusBadge } from "../../components/StatusBadge.js";
import { formatCount, plural } from "../../lib/format.js";
import { incidentDate, incidentTitle, sortIncidents } from "../../lib/incidents.js";
import type { Selection } from "./MapPage.js";

const LIST_LIMIT = 200;

function Row({ incident, onShow }: { incident: Incident; onShow?: (i: Incident) => void }) {
  return (
    <li className="map-list-item">
      <Link href={`/incidents/${incident.id}`}>{incidentTitle(incident)}</Link>
      <span className="subtle">
        {" "}
        {incident.id} · {incidentDate(incident)}
      </span>{" "}
      <StatusBadge status={incident.status} />
      {onShow && incident.lat !== null && (
        <button type="button" className="link-button" onClick={() => onShow(incident)}>
          Show on map<span className="visually-hidden">: {incident.id}</span>
        </button>
      )}
    </li>
  );
}

/** The keyboard's way through the map: what was picked, or everything in view, as links. */
export function MapList({
  incidents,
  inView,
  selection,
  onShow,
  onZoomInto,
  onClear,
}: {
  incidents: readonly Incident[];
  inView: readonly Incident[];
  selection: Selection | null;
  onShow: (i: Incident) => void;
  onZoomInto: (s: Selection) => void;
  onClear: () => void;
}) {
  if (selection !== null) {
    const byId = new Map(incidents.map((i) => [i.id, i]));
    const picked = sortIncidents(
      selection.incidentIds.flatMap((id) => byId.get(id) ?? []),
      "date-desc",
    );
    const canZoom = selection.item.clusterId !== null && (selection.expansionZoom ?? 99) <= 16;
    return (
      <aside className="map-side" aria-labelledby="map-selection">
        <h2 id="map-selection" aria-live="polite">
          {picked.length === 1 ? "Selected incident" : `${plural(picked.length, "incident")} here`}
        </h2>
        <div className="button-row">
          {canZoom && (
            <button type="button" className="button secondary small" onClick={() => onZoomInto(selection)}>
              Zoom in to separate them
            </button>
          )}
          <button type="button" className="button secondary small" onClick={onClear}>
            Back to all in view
          </button>
        </div>
        <ul className="map-list" data-testid="map-selection-list">
          {picked.map((i) => (
            <Row key={i.id} incident={i} />
          ))}
        </ul>
      </aside>
    );
  }
  const shown = sortIncidents(inView, "date-desc").slice(0, LIST_LIMIT);
  return (
    <aside className="map-side" aria-labelledby="map-in-view">
      <h2 id="map-in-view">In view: {formatCount(inView.length)}</h2>
      <p className="hint">
        Select a point on the map to list its incidents, or pick one here to show it on the map.
      </p>
      {inView.length === 0 ? (
        <p>No incidents in this part of the map.</p>
      ) : (
        <ul className="map-list">
          {shown.map((i) => (
            <Row key={i.id} incident={i} onShow={onShow} />
          ))}
        </ul>
      )}
      {inView.length > LIST_LIMIT && (
        <p className="hint">The {LIST_LIMIT} most recent are listed; zoom in or filter to see the others.</p>
      )}
    </aside>
  );
}
