import { useCallback, useMemo } from "react";
import { useLocation, useSearch } from "wouter";
import { type IncidentFilters, parseFilters, writeFilters } from "./filters.js";

/** The shared filters and the page's other query parameters, read from and written to the URL. */
export function useFilters(): {
  filters: IncidentFilters;
  params: URLSearchParams;
  setFilters: (filters: IncidentFilters) => void;
  setParam: (key: string, value: string | null) => void;
  setParams: (updates: Record<string, string | null>) => void;
} {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const filters = useMemo(() => parseFilters(params), [params]);
  const go = useCallback(
    (next: URLSearchParams) => {
      const qs = next.toString();
      navigate(qs === "" ? location : `${location}?${qs}`);
    },
    [location, navigate],
  );
  const setFilters = useCallback(
    (next: IncidentFilters) => {
      const query = writeFilters(next, params);
      // A new filter shows a new set: start from its first page.
      query.delete("page");
      go(query);
    },
    [params, go],
  );
  const setParams = useCallback(
    (updates: Record<string, string | null>) => {
      const query = new URLSearchParams(params);
      for (const [key, value] of Object.entries(updates)) {
        if (value === null) query.delete(key);
        else query.set(key, value);
      }
      go(query);
    },
    [params, go],
  );
  const setParam = useCallback(
    (key: string, value: string | null) => setParams({ [key]: value }),
    [setParams],
  );
  return { filters, params, setFilters, setParam, setParams };
}
