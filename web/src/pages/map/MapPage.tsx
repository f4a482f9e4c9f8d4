import { useCallback, useMemo, useState } from "react";
import { Link, useSearch } from "wouter";
import type { Incident } from "../../api/types.js";
import { type IncidentSet, useIncidentSet } from "../../api/use-api.js";
import { FilterBar, ViewSwitch } from "../../components/FilterBar.js";
import { IncidentSetNotice } from "../../components/IncidentSetNotice.js";
import { Page } from "../../components/Page.js";
import { Async, ErrorMessage, Loading } from "../../components/States.js";
import { buildClusterIndex, type MapItem } from "../../lib/clusters.js";
import {
  centreOn,
  fitBounds,
  MAP_HEIGHT,
  MAP_WIDTH,
  UKRAINE,
  type View,
  viewForKey,
  viewZoomFor,
  visibleBounds,
  WORLD,
} from "../../lib/geo.js";
import type { ColourMode } from "../../lib/palette.js";
import { useFilters } from "../../lib/use-filters.js";
import { Legend } from "./Legend.js";
import { MapList } from "./MapList.js";
import { useBasemap } from "./use-basemap.js";
import { WorldMap } from "./WorldMap.js";

const SIZE = { width: MAP_WIDTH, height: MAP_HEIGHT };
const CLOSE_ZOOM = viewZoomFor(11);

export interface Selection {
  item: MapItem;
  incidentIds: string[];
  expansionZoom: number | null;
}

function keyOf(mode: ColourMode): (i: Incident) => string {
  return mode === "status" ? (i) => i.status : (i) => i.eventType ?? "unknown";
}

function MapView({ set, mode }: { set: IncidentSet; mode: ColourMode }) {
  const basemap = useBasemap();
  const search = useSearch();
  const [view, setView] = useState<View>(() => fitBounds(UKRAINE, SIZE));
  const [selection, setSelection] = useState<Selection | null>(null);
  const index = useMemo(() => buildClusterIndex(set.incidents, keyOf(mode)), [set.incidents, mode]);
  const onView = useCallback((v: View) => setView(v), []);

  const select = useCallback(
    (item: MapItem) => {
      const incidentIds = item.clusterId === null ? [item.incidentId ?? ""] : index.members(item.clusterId);
      const expansionZoom = item.clusterId === null ? null : index.expansionZoom(item.clusterId);
      setSelection({ item, incidentIds, expansionZoom });
    },
    [index],
  );

  const inView = useMemo(() => {
    const [w, s, e, n] = visibleBounds(view, SIZE);
    return set.incidents.filter(
      (i) => i.lat !== null && i.lon !== null && i.lon >= w && i.lon <= e && i.lat >= s && i.lat <= n,
    );
  }, [set.incidents, view]);

  const show = (i: Incident) => {
    if (i.lat === null || i.lon === null) return;
    setView(centreOn(i.lon, i.lat, Math.max(view.k, CLOSE_ZOOM)));
    setSelection({
      item: {
        id: i.id,
        lon: i.lon,
        lat: i.lat,
        count: 1,
        counts: {},
        key: "",
        incidentId: i.id,
        clusterId: null,
      },
      incidentIds: [i.id],
      expansionZoom: null,
    });
  };
  const zoomInto = (s: Selection) => {
    setView(centreOn(s.item.lon, s.item.lat, Math.max(view.k * 2, viewZoomFor(s.expansionZoom ?? 0))));
    setSelection(null);
  };
  const step = (key: string) => {
    const next = viewForKey(view, key);
    if (next) setView(next);
  };
  const unplaced = set.incidents.length - index.placed;

  return (
    <div className="map-layout">
      <section className="map-panel" aria-label="Map">
        <div className="map-toolbar" role="toolbar" aria-label="Map controls">
          <button type="button" className="button secondary small" onClick={() => step("+")}>
            Zoom in
          </button>
          <button type="button" className="button secondary small" onClick={() => step("-")}>
            Zoom out
          </button>
          <button
            type="button"
            className="button secondary small"
            onClick={() => setView(fitBounds(UKRAINE, SIZE))}
          >
            Ukraine
          </button>
          <button
            type="button"
            className="button secondary small"
            onClick={() => setView(fitBounds(WORLD, SIZE))}
          >
            Whole world
          </button>
          <span className="pan-buttons">
            <button
              type="button"
              className="button secondary small"
              onClick={() => step("ArrowLeft")}
              aria-label="Pan west"
            >
              ←
            </button>
            <button
              type="button"
              className="button secondary small"
              onClick={() => step("ArrowUp")}
              aria-label="Pan north"
            >
              ↑
            </button>
            <button
              type="button"
              className="button secondary small"
              onClick={() => step("ArrowDown")}
              aria-label="Pan south"
            >
              ↓
            </button>
            <button
              type="button"
              className="button secondary small"
              onClick={() => step("ArrowRight")}
              aria-label="Pan east"
            >
              →
            </button>
          </span>
        </div>
        <div className="map-canvas">
          {basemap.error ? (
            <ErrorMessage error={basemap.error} title="The map could not be drawn" />
          ) : basemap.shapes === null ? (
            <Loading label="Loading the basemap…" />
          ) : (
            <WorldMap
              shapes={basemap.shapes}
              index={index}
              incidents={set.incidents}
              mode={mode}
              view={view}
              onView={onView}
              selected={selection?.item.id ?? null}
              onSelect={select}
            />
          )}
        </div>
        <Legend incidents={set.incidents} mode={mode} />
        {unplaced > 0 && (
          <p className="hint">
            {unplaced} of these incidents have no coordinates and are not on the map; the{" "}
            <Link href={search === "" ? "/incidents" : `/incidents?${search}`}>list</Link> shows them all.
          </p>
        )}
      </section>
      <MapList
        incidents={set.incidents}
        inView={inView}
        selection={selection}
        onShow={show}
        onZoomInto={zoomInto}
        onClear={() => setSelection(null)}
      />
    </div>
  );
}

export function MapPage() {
  const { filters, params, setParam } = useFilters();
  const result = useIncidentSet(filters);
  const mode: ColourMode = params.get("colour") === "status" ? "status" : "type";
  return (
    <Page title="Map" actions={<ViewSwitch current="/map" />}>
      <FilterBar />
      <fieldset className="segmented">
        <legend>Colour points by</legend>
        <label>
          <input
            type="radio"
            name="colour"
            checked={mode === "type"}
            onChange={() => setParam("colour", null)}
          />{" "}
          Event type
        </label>
        <label>
          <input
            type="radio"
            name="colour"
            checked={mode === "status"}
            onChange={() => setParam("colour", "status")}
          />{" "}
          Review status
        </label>
      </fieldset>
      <Async result={result} label="Loading incidents…">
        {(set) => (
          <>
            <IncidentSetNotice set={set} placeFilter={filters.place} />
            <MapView set={set} mode={mode} />
          </>
        )}
      </Async>
    </Page>
  );
}
