import type { IncidentStatusId } from "../../../src/domain/incident.js";

// Colours tell categories apart on the map and in charts. They come from the Okabe–Ito set,
// which stays distinguishable with the common colour-vision deficiencies; a text legend always
// goes with them, so colour is never the only carrier of meaning.

export const STATUS_COLOURS: Record<IncidentStatusId, string> = {
  new: "#CC79A7",
  in_review: "#0072B2",
  corroborated: "#56B4E9",
  verified: "#009E73",
  disputed: "#E69F00",
  rejected: "#5f5f5f",
};

const TYPE_COLOURS: Record<string, string> = {
  "Shelling/artillery/missile attack": "#D55E00",
  "Air/drone strike": "#0072B2",
  "Armed clash": "#E69F00",
  Attack: "#CC79A7",
  "Remote explosive/landmine/IED": "#009E73",
  "Looting/property destruction": "#56B4E9",
  "Abduction/forced disappearance": "#8C564B",
  "Sexual violence": "#6A3D9A",
};

export const OTHER_COLOUR = "#7a7a7a";

export type ColourMode = "type" | "status";

export function colourFor(mode: ColourMode, key: string): string {
  if (mode === "status") return STATUS_COLOURS[key as IncidentStatusId] ?? OTHER_COLOUR;
  return TYPE_COLOURS[key] ?? OTHER_COLOUR;
}
