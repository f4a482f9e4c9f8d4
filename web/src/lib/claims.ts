import type { IncidentSummary } from "../../../src/investigate/merge/index.js";
import { humanize } from "./format.js";

/**
 * The claims of an incident that can be graded, named as the server records them ("event",
 * "place", "date", "target:school", "figure:killed/civilians"), with words for the form.
 */
export function claimOptions(summary: IncidentSummary | null): { value: string; label: string }[] {
  const out = [{ value: "event", label: "That the event happened as described" }];
  if (summary === null) return out;
  if (summary.place) out.push({ value: "place", label: `The place: ${summary.place.value.name}` });
  if (summary.date) out.push({ value: "date", label: "The date" });
  for (const t of summary.targets)
    out.push({ value: `target:${t.object}`, label: `What was hit: ${t.object}` });
  for (const f of summary.figures) {
    out.push({
      value: `figure:${f.measure}/${f.who}`,
      label: `The figure: ${humanize(f.measure)} (${f.who})`,
    });
  }
  return out;
}

/** Words for a stored claim name. */
export function claimLabel(claim: string): string {
  if (claim === "event") return "the event";
  if (claim === "place" || claim === "date") return `the ${claim}`;
  const [kind, rest] = [claim.slice(0, claim.indexOf(":")), claim.slice(claim.indexOf(":") + 1)];
  if (kind === "target") return `what was hit: ${rest}`;
  if (kind === "figure") {
    const [measure = "", who = ""] = rest.split("/");
    return `figure: ${humanize(measure)}${who ? ` (${who})` : ""}`;
  }
  return claim;
}
