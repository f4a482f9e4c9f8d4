import type { IncidentSet } from "../api/use-api.js";
import { MAX_INCIDENTS } from "../api/use-api.js";
import { formatCount, plural } from "../lib/format.js";

/** How many incidents the view shows, and a warning when not all of them could be loaded. */
export function IncidentSetNotice({ set, placeFilter }: { set: IncidentSet; placeFilter: string | null }) {
  return (
    <>
      <p className="result-count" role="status" aria-live="polite">
        {plural(set.incidents.length, "incident")}
        {placeFilter ? ` with a place name matching “${placeFilter}”` : ""}
      </p>
      {set.truncated && (
        <p className="notice warning" role="note">
          {formatCount(set.total)} incidents match, more than the {formatCount(MAX_INCIDENTS)} one view loads.
          Narrow the filters (dates, type, place) to see them all.
        </p>
      )}
    </>
  );
}
