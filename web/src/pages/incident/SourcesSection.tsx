import { Link } from "wouter";
import { RELIABILITY } from "../../../../src/investigate/grading/admiralty.js";
import type { IncidentView } from "../../api/types.js";
import { ExternalLink } from "../../components/ExternalLink.js";
import { syndicationGroups } from "../../lib/evidence.js";
import { formatDay, plural } from "../../lib/format.js";

/** The supporting sources, grouped by syndication group, with their reliability grades. */
export function SourcesSection({ view }: { view: IncidentView }) {
  const groups = syndicationGroups(view.sources);
  const copies = view.sources.length - groups.length;
  return (
    <section className="panel" aria-labelledby="sources">
      <h2 id="sources">Sources</h2>
      <p data-testid="independence-explained">
        {plural(view.sources.length, "source")} support this incident; {plural(groups.length, "is", "are")}{" "}
        independent.
        {copies > 0
          ? ` ${plural(copies, "source is a copy", "sources are copies")} of another report (a reprinted wire story, for example): copies of one report count once, because they add no independent confirmation.`
          : " None of them is a copy of another."}
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Sources supporting this incident, by group of copies</caption>
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">Source</th>
              <th scope="col">Published</th>
              <th scope="col">
                <abbr title="Admiralty code: A completely reliable … E unreliable, F cannot be judged">
                  Reliability
                </abbr>
              </th>
              <th scope="col">Why it is here</th>
            </tr>
          </thead>
          <tbody>
            {groups.flatMap((group, g) =>
              group.map((s, i) => (
                <tr key={s.id} data-testid="incident-source">
                  {i === 0 && (
                    <th scope="rowgroup" rowSpan={group.length}>
                      {g + 1}
                      {group.length > 1 && <span className="subtle"> ({group.length} copies)</span>}
                    </th>
                  )}
                  <td>
                    <Link href={`/sources/${s.id}`}>{s.title ?? `Source ${s.id}`}</Link>
                    <span className="subtle"> {s.outlet ?? "unknown outlet"}</span>
                    {s.url && (
                      <span className="subtle">
                        {" "}
                        · <ExternalLink href={s.url}>original page</ExternalLink>
                      </span>
                    )}
                  </td>
                  <td>{formatDay(s.publishedAt)}</td>
                  <td>
                    <span className={`grade grade-${s.reliability.grade}`}>{s.reliability.grade}</span>{" "}
                    {RELIABILITY[s.reliability.grade].label}
                    <span className="subtle"> — {s.reliability.basis}</span>
                  </td>
                  <td>
                    {s.attachedByHand
                      ? `Attached by ${s.attachedByHand.addedBy}: ${s.attachedByHand.note}`
                      : plural(s.mentionIds.length, "passage describes", "passages describe") +
                        " the incident"}
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
