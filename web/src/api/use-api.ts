import { useMemo } from "react";
import useSWR, { type SWRConfiguration, useSWRConfig } from "swr";
import type { IncidentFilters } from "../lib/filters.js";
import { apiQuery, matchesPlace } from "../lib/filters.js";
import { type ApiError, api } from "./client.js";
import type { Incident, Page } from "./types.js";

/** A GET, cached by path; `null` waits (e.g. until an id is known). */
export function useApi<T>(path: string | null, config?: SWRConfiguration<T, ApiError>) {
  return useSWR<T, ApiError>(path, (key: string) => api<T>(key), config);
}

/** The most incidents one view loads; past it the page asks for narrower filters. */
export const MAX_INCIDENTS = 5000;
const PAGE = 500;

export interface IncidentSet {
  incidents: Incident[];
  /** How many the server has for the filters (before the place-name match). */
  total: number;
  /** True when more match than were loaded. */
  truncated: boolean;
}

async function loadAll(query: string): Promise<Omit<IncidentSet, "incidents"> & { items: Incident[] }> {
  const items: Incident[] = [];
  let total = 0;
  for (let offset = 0; offset < MAX_INCIDENTS; offset += PAGE) {
    const params = new URLSearchParams(query);
    params.set("offset", String(offset));
    const page = await api<Page<Incident>>(`/api/incidents?${params}`);
    total = page.total;
    items.push(...page.items);
    if (page.items.length < PAGE || items.length >= total) break;
  }
  return { items, total, truncated: items.length < total };
}

/**
 * Every incident matching the shared filters, loaded once and shared by the list, map and
 * timeline (switching views does not reload). The place-name filter is applied here: the API
 * filters by distance, not by name.
 */
export function useIncidentSet(filters: IncidentFilters) {
  const query = apiQuery(filters, { limit: PAGE, offset: 0 }).toString();
  const result = useSWR<Awaited<ReturnType<typeof loadAll>>, ApiError>(
    ["incident-set", query],
    () => loadAll(query),
    {
      keepPreviousData: true,
    },
  );
  const loaded = result.data;
  const data = useMemo<IncidentSet | undefined>(
    () =>
      loaded && {
        incidents: loaded.items.filter((i) => matchesPlace(i, filters.place)),
        total: loaded.total,
        truncated: loaded.truncated,
      },
    [loaded, filters.place],
  );
  return {
    data,
    error: result.error,
    isLoading: result.isLoading,
    isValidating: result.isValidating,
    mutate: result.mutate,
  };
}

/**
 * After a change, everything that lists or counts incidents may be stale: the shared incident
 * sets, the review queue, the dashboard. Returns the function that reloads them.
 */
export function useRefreshLists(): () => void {
  const { mutate } = useSWRConfig();
  return () =>
    void mutate(
      (key) =>
        (Array.isArray(key) && key[0] === "incident-set") ||
        (typeof key === "string" && (key.startsWith("/api/incidents?") || key === "/api/dashboard")),
    );
}
