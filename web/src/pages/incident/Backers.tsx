import { Link } from "wouter";
import type { IncidentView } from "../../api/types.js";
import { backers, sourceLabel } from "../../lib/evidence.js";
import { plural } from "../../lib/format.js";

/** Who states something: the sources by name, and how many independent ones that makes. */
export function Backers({ mentionIds, view }: { mentionIds: readonly string[]; view: IncidentView }) {
  const { sources, groups } = backers(mentionIds, view.members, view.sources);
  if (sources.length === 0) return <span className="subtle">no source states it</span>;
  return (
    <span className="backers">
      {plural(groups, "independent source")}
      {sources.length > groups ? ` (${sources.length} reports, some copies of one another)` : ""}:{" "}
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 && ", "}
          <Link href={`/sources/${s.id}`}>{sourceLabel(s)}</Link>
        </span>
      ))}
    </span>
  );
}
