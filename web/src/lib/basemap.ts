import { geoPath } from "d3-geo";
import type { Feature, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { frameProjection } from "./geo.js";

// The basemap: country outlines from world-atlas (Natural Earth, shipped in an npm package so
// the map works offline), drawn once as SVG paths in the map frame.

export interface CountryShape {
  id: string;
  name: string;
  d: string;
}

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export function countryShapes(topology: Countries): CountryShape[] {
  const path = geoPath(frameProjection()).digits(3);
  const collection = feature(topology, topology.objects.countries);
  const features: Feature<Geometry, { name: string }>[] = collection.features;
  return features.flatMap((f, i) => {
    const d = path(f);
    return d ? [{ id: String(f.id ?? i), name: f.properties?.name ?? "", d }] : [];
  });
}

export type { Countries };
