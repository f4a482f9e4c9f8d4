import { type FormEvent, useEffect, useId, useState } from "react";
import { Link, useSearch } from "wouter";
import { EVENT_TYPES, TARGET_CATEGORIES } from "../../../src/domain/analysis.js";
import { INCIDENT_STATUSES } from "../../../src/investigate/review/workflow.js";
import {
  activeFilterCount,
  DEFAULT_RADIUS_KM,
  EMPTY_FILTERS,
  FILTER_KEYS,
  type IncidentFilters,
  isoDay,
  placeInput,
} from "../lib/filters.js";
import { STATUS_LABELS } from "../lib/format.js";
import { useFilters } from "../lib/use-filters.js";

function placeText(f: IncidentFilters): string {
  if (f.near) return `${f.near.lat}, ${f.near.lon}`;
  return f.place ?? "";
}

/** The filters shared by the incident list, map and timeline; every change goes to the URL. */
export function FilterBar() {
  const { filters, setFilters } = useFilters();
  const id = useId();
  const [place, setPlace] = useState(placeText(filters));
  const [km, setKm] = useState(String(filters.near?.km ?? DEFAULT_RADIUS_KM));
  const [source, setSource] = useState(filters.source ?? "");

  // The URL can change under the form (back button, a link): follow it.
  useEffect(() => {
    setPlace(placeText(filters));
    setKm(String(filters.near?.km ?? DEFAULT_RADIUS_KM));
    setSource(filters.source ?? "");
  }, [filters]);

  const set = <K extends keyof IncidentFilters>(key: K, value: IncidentFilters[K]) =>
    setFilters({ ...filters, [key]: value });

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const radius = Number(km);
    const where = placeInput(place, Number.isFinite(radius) && radius > 0 ? radius : DEFAULT_RADIUS_KM);
    const src = source.trim().toLowerCase();
    setFilters({ ...filters, ...where, source: /^[0-9a-f]{4,64}$/.test(src) ? src : null });
  };

  const count = activeFilterCount(filters);
  return (
    <form className="filters" onSubmit={apply} aria-label="Filter incidents">
      <div className="field">
        <label htmlFor={`${id}-type`}>Event type</label>
        <select
          id={`${id}-type`}
          value={filters.type ?? ""}
          onChange={(e) => set("type", (e.target.value || null) as IncidentFilters["type"])}
        >
          <option value="">Any type</option>
          {EVENT_TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          value={filters.status ?? ""}
          onChange={(e) => set("status", (e.target.value || null) as IncidentFilters["status"])}
        >
          <option value="">Any status</option>
          {INCIDENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-category`}>What was hit</label>
        <select
          id={`${id}-category`}
          value={filters.category ?? ""}
          onChange={(e) => set("category", (e.target.value || null) as IncidentFilters["category"])}
        >
          <option value="">Any target</option>
          {TARGET_CATEGORIES.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>From</label>
        <input
          id={`${id}-from`}
          type="date"
          value={filters.from ?? ""}
          onChange={(e) => set("from", isoDay(e.target.value))}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>To</label>
        <input
          id={`${id}-to`}
          type="date"
          value={filters.to ?? ""}
          onChange={(e) => set("to", isoDay(e.target.value))}
        />
      </div>
      <div className="field field-wide">
        <label htmlFor={`${id}-place`}>Place: name, or lat, lon</label>
        <input
          id={`${id}-place`}
          type="search"
          value={place}
          onChange={(e) => setPlace(e.target.value)}
          placeholder="e.g. Kharkiv, or 49.99, 36.23"
        />
      </div>
      <div className="field field-narrow">
        <label htmlFor={`${id}-km`}>Radius, km</label>
        <input
          id={`${id}-km`}
          type="number"
          min="1"
          max="20000"
          value={km}
          onChange={(e) => setKm(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-source`}>Source id</label>
        <input
          id={`${id}-source`}
          type="search"
          value={source}
          onChange={(e) => setSource(e.target.value)}
          placeholder="e.g. 3fa9c1d2e4b5"
          spellCheck={false}
          autoComplete="off"
        />
      </div>
      <div className="filter-actions">
        <button type="submit" className="button">
          Apply
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => setFilters(EMPTY_FILTERS)}
          disabled={count === 0}
        >
          Clear filters
        </button>
        <span className="filter-count" aria-live="polite">
          {count === 0 ? "No filters" : `${count} filter${count === 1 ? "" : "s"} on`}
        </span>
      </div>
    </form>
  );
}

const VIEWS = [
  { path: "/incidents", label: "List" },
  { path: "/map", label: "Map" },
  { path: "/timeline", label: "Timeline" },
] as const;

/** Switches between the three views of the same filtered incidents, keeping the filters. */
export function ViewSwitch({ current }: { current: (typeof VIEWS)[number]["path"] }) {
  const search = new URLSearchParams(useSearch());
  const kept = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = search.get(key);
    if (value !== null) kept.set(key, value);
  }
  const qs = kept.toString();
  return (
    <nav className="view-switch" aria-label="Views of these incidents">
      {VIEWS.map((v) => (
        <Link
          key={v.path}
          href={qs === "" ? v.path : `${v.path}?${qs}`}
          aria-current={v.path === current ? "page" : undefined}
          className="view-link"
        >
          {v.label}
        </Link>
      ))}
    </nav>
  );
}
