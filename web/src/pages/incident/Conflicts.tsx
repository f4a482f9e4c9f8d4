import type { IncidentView } from "../../api/types.js";
import { formatDayRange, formatRange, humanize } from "../../lib/format.js";
import { Backers } from "./Backers.js";

interface Claim {
  key: string;
  value: string;
  mentionIds: string[];
}

function ConflictList({ title, claims, view }: { title: string; claims: Claim[]; view: IncidentView }) {
  return (
    <div className="conflict-group" data-testid="conflict">
      <h3>{title}</h3>
      <ul className="plain">
        {claims.map((c) => (
          <li key={c.key}>
            <strong>{c.value}</strong> — <Backers mentionIds={c.mentionIds} view={view} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Where the sources disagree, each value with who states it. Nothing is settled silently. */
export function Conflicts({ view }: { view: IncidentView }) {
  const s = view.summary;
  if (s === null) return null;
  const lists: { title: string; claims: Claim[] }[] = [];
  if (s.otherEventTypes.length > 0) {
    lists.push({
      title: "Event type",
      claims: [s.eventType, ...s.otherEventTypes].map((t) => ({
        key: t.value,
        value: t.value,
        mentionIds: t.supporters,
      })),
    });
  }
  if (s.place && s.conflictingPlaces.length > 0) {
    lists.push({
      title: "Place",
      claims: [s.place, ...s.conflictingPlaces].map((p) => ({
        key: p.value.name,
        value: p.value.name,
        mentionIds: p.supporters,
      })),
    });
  }
  if (s.date && s.conflictingDates.length > 0) {
    lists.push({
      title: "Date",
      claims: [s.date, ...s.conflictingDates].map((d) => ({
        key: `${d.value.from}/${d.value.to}`,
        value: formatDayRange(d.value.from, d.value.to),
        mentionIds: d.supporters,
      })),
    });
  }
  for (const f of s.figures.filter((x) => x.conflict)) {
    lists.push({
      title: `${humanize(f.measure)} (${f.who})`,
      claims: f.values.map((v) => ({
        key: `${v.low}-${v.high}`,
        value: `${formatRange(v.low, v.high)} ${humanize(f.measure)}`,
        mentionIds: v.mentionIds,
      })),
    });
  }
  return (
    <section className="panel" aria-labelledby="conflicts">
      <h2 id="conflicts">Where the sources disagree</h2>
      {lists.length === 0 ? (
        <p>The sources do not contradict each other on the type, place, date or figures.</p>
      ) : (
        <>
          <p className="hint">
            The value listed first is the one shown above: the most independent sources give it.
          </p>
          {lists.map((l) => (
            <ConflictList key={l.title} title={l.title} claims={l.claims} view={view} />
          ))}
        </>
      )}
    </section>
  );
}
