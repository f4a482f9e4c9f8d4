import { type KeyboardEvent, memo, type PointerEvent, useEffect, useId, useMemo, useRef } from "react";
import type { Incident } from "../../api/types.js";
import type { CountryShape } from "../../lib/basemap.js";
import type { ClusterIndex, MapItem } from "../../lib/clusters.js";
import { formatCount, STATUS_LABELS } from "../../lib/format.js";
import { MAP_HEIGHT, MAP_WIDTH, panBy, toScreen, type View, viewForKey, zoomAt } from "../../lib/geo.js";
import { incidentDate, incidentTitle } from "../../lib/incidents.js";
import { type ColourMode, colourFor } from "../../lib/palette.js";

const SIZE = { width: MAP_WIDTH, height: MAP_HEIGHT };
const DRAG_THRESHOLD = 4;

const Countries = memo(function Countries({ shapes }: { shapes: CountryShape[] }) {
  return (
    <>
      {shapes.map((s) => (
        <path key={s.id} d={s.d} className="country" />
      ))}
    </>
  );
});

function radius(count: number): number {
  return count === 1 ? 6 : Math.min(26, 10 + Math.log2(count) * 3);
}

function shortCount(n: number): string {
  return n >= 1000 ? `${Math.round(n / 100) / 10}k` : String(n);
}

function describe(item: MapItem, byId: Map<string, Incident>, mode: ColourMode): string {
  if (item.incidentId !== null) {
    const i = byId.get(item.incidentId);
    if (!i) return item.incidentId;
    return `${i.id}: ${incidentTitle(i)}, ${incidentDate(i)}, ${STATUS_LABELS[i.status]}`;
  }
  const parts = Object.entries(item.counts)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${n} ${mode === "status" ? STATUS_LABELS[k as Incident["status"]] : k}`);
  return `Group of ${formatCount(item.count)} incidents: ${parts.join(", ")}`;
}

export function WorldMap({
  shapes,
  index,
  incidents,
  mode,
  view,
  onView,
  selected,
  onSelect,
}: {
  shapes: CountryShape[];
  index: ClusterIndex;
  incidents: readonly Incident[];
  mode: ColourMode;
  view: View;
  onView: (view: View) => void;
  selected: string | null;
  onSelect: (item: MapItem) => void;
}) {
  const svg = useRef<SVGSVGElement>(null);
  const titleId = useId();
  const latest = useRef(view);
  latest.current = view;
  const drag = useRef<{ x: number; y: number; view: View; moved: boolean; id: number } | null>(null);
  const byId = useMemo(() => new Map(incidents.map((i) => [i.id, i])), [incidents]);
  const items = useMemo(() => index.items(view, SIZE), [index, view]);

  const local = (clientX: number, clientY: number): [number, number] => {
    const r = svg.current?.getBoundingClientRect();
    if (!r || r.width === 0) return [0, 0];
    return [((clientX - r.left) * MAP_WIDTH) / r.width, ((clientY - r.top) * MAP_HEIGHT) / r.height];
  };

  // React's wheel listeners are passive, so the page would scroll as well as the map zoom.
  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const r = el.getBoundingClientRect();
      const at: [number, number] = [
        ((e.clientX - r.left) * MAP_WIDTH) / r.width,
        ((e.clientY - r.top) * MAP_HEIGHT) / r.height,
      ];
      onView(zoomAt(latest.current, Math.exp(-e.deltaY * 0.0015), at));
    };
    el.addEventListener("wheel", onWheel, { passive: false });
    return () => el.removeEventListener("wheel", onWheel);
  }, [onView]);

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return;
    const [x, y] = local(e.clientX, e.clientY);
    drag.current = { x, y, view: latest.current, moved: false, id: e.pointerId };
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d) return;
    const [x, y] = local(e.clientX, e.clientY);
    if (!d.moved && Math.hypot(x - d.x, y - d.y) < DRAG_THRESHOLD) return;
    if (!d.moved) {
      // Captured only once it is a drag, so that a plain click still reaches the point under it.
      d.moved = true;
      svg.current?.setPointerCapture(d.id);
    }
    onView(panBy(d.view, x - d.x, y - d.y));
  };
  const onPointerUp = () => {
    const d = drag.current;
    if (d?.moved) svg.current?.releasePointerCapture(d.id);
    // Keep the flag until the click that follows this pointerup has been ignored.
    setTimeout(() => {
      if (drag.current === d) drag.current = null;
    }, 0);
  };
  const choose = (item: MapItem) => {
    if (drag.current?.moved) return;
    onSelect(item);
  };
  const onPointKey = (e: KeyboardEvent, item: MapItem) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      onSelect(item);
      return;
    }
    const next = viewForKey(latest.current, e.key);
    if (next) {
      e.preventDefault();
      onView(next);
    }
  };

  return (
    <svg
      ref={svg}
      className="map-svg"
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      aria-labelledby={titleId}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    >
      <title id={titleId}>
        Map of incidents. Drag to pan, scroll to zoom, or use the buttons above; each point is a button.
      </title>
      <rect className="sea" width={MAP_WIDTH} height={MAP_HEIGHT} />
      <g transform={`translate(${view.x} ${view.y}) scale(${view.k})`}>
        <Countries shapes={shapes} />
      </g>
      <g className="points">
        {items.map((item) => {
          const [sx, sy] = toScreen(view, item.lon, item.lat);
          const isSelected = selected === item.id;
          return (
            // biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; the group takes its role, focus and keys.
            <g
              key={item.id}
              className={`map-point${item.count > 1 ? " cluster" : ""}${isSelected ? " selected" : ""}`}
              transform={`translate(${sx} ${sy})`}
              role="button"
              tabIndex={0}
              aria-label={describe(item, byId, mode)}
              aria-pressed={isSelected}
              data-testid="map-point"
              data-incident-id={item.incidentId ?? undefined}
              data-count={item.count}
              onClick={() => choose(item)}
              onKeyDown={(e) => onPointKey(e, item)}
            >
              <circle r={radius(item.count) + 3} className="halo" />
              <circle r={radius(item.count)} fill={colourFor(mode, item.key)} className="dot" />
              {item.count > 1 && (
                <text className="count" textAnchor="middle" dy="0.35em">
                  {shortCount(item.count)}
                </text>
              )}
            </g>
          );
        })}
      </g>
    </svg>
  );
}
