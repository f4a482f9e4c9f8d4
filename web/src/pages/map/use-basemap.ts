import { useEffect, useState } from "react";
import countriesUrl from "world-atlas/countries-50m.json?url";
import { type Countries, type CountryShape, countryShapes } from "../../lib/basemap.js";

// Fetched from the app's own origin (Vite copies the file into the build), once per page load.
let loading: Promise<CountryShape[]> | null = null;

function load(): Promise<CountryShape[]> {
  loading ??= fetch(countriesUrl, { credentials: "same-origin" })
    .then((r) => {
      if (!r.ok) throw new Error(`the basemap could not be loaded (HTTP ${r.status})`);
      return r.json() as Promise<Countries>;
    })
    .then(countryShapes)
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

export function useBasemap(): { shapes: CountryShape[] | null; error: unknown } {
  const [shapes, setShapes] = useState<CountryShape[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (s) => live && setShapes(s),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, []);
  return { shapes, error };
}
