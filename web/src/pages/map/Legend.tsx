import type { Incident } from "../../api/types.js";
import { Swatch } from "../../components/Swatch.js";
import { formatCount, STATUS_LABELS } from "../../lib/format.js";
import { type ColourMode, colourFor } from "../../lib/palette.js";

/** What the colours mean, with how many incidents each stands for. */
export function Legend({ incidents, mode }: { incidents: readonly Incident[]; mode: ColourMode }) {
  const counts = new Map<string, number>();
  for (const i of incidents) {
    const key = mode === "status" ? i.status : (i.eventType ?? "unknown");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const entries = [...counts].sort((a, b) => b[1] - a[1]);
  return (
    <ul className="legend" aria-label={mode === "status" ? "Colours: review status" : "Colours: event type"}>
      {entries.map(([key, n]) => (
        <li key={key} className="legend-item">
          <Swatch colour={colourFor(mode, key)} />
          {mode === "status"
            ? STATUS_LABELS[key as Incident["status"]]
            : key === "unknown"
              ? "Type not known"
              : key}{" "}
          <span className="subtle">({formatCount(n)})</span>
        </li>
      ))}
    </ul>
  );
}
