import { Link } from "wouter";
import type { Incident, Page as ListPage, SourceDetail } from "../../api/types.js";
import { useApi } from "../../api/use-api.js";
import { useUser } from "../../auth/session.js";
import { ExternalLink } from "../../components/ExternalLink.js";
import { IncidentTable } from "../../components/IncidentTable.js";
import { Page } from "../../components/Page.js";
import { Async } from "../../components/States.js";
import { formatDay, formatMoment } from "../../lib/format.js";
import { AnnotatedText } from "./AnnotatedText.js";
import { CaptureDetails } from "./CaptureDetails.js";
import { SourceAssessments } from "./SourceAssessments.js";

function SupportedIncidents({ sourceId }: { sourceId: string }) {
  const result = useApi<ListPage<Incident>>(`/api/incidents?source=${sourceId}&limit=500`);
  return (
    <section className="panel" aria-labelledby="supports">
      <h2 id="supports">Incidents this source supports</h2>
      <Async result={result} label="Loading incidents…">
        {(page) =>
          page.items.length === 0 ? (
            <p>None: no passage of this source describes an incident Dossier keeps.</p>
          ) : (
            <IncidentTable incidents={page.items} caption="Incidents this source supports" />
          )
        }
      </Async>
    </section>
  );
}

function Body({ source }: { source: SourceDetail }) {
  const { can } = useUser();
  return (
    <>
      <dl className="facts compact" data-testid="source-metadata">
        <div className="fact">
          <dt>Outlet</dt>
          <dd>{source.outlet ?? "unknown"}</dd>
        </div>
        <div className="fact">
          <dt>Published</dt>
          <dd>{formatDay(source.publishedAt)}</dd>
        </div>
        {source.byline && (
          <div className="fact">
            <dt>By</dt>
            <dd>{source.byline}</dd>
          </div>
        )}
        <div className="fact">
          <dt>Language</dt>
          <dd>{source.lang ?? "unknown"}</dd>
        </div>
        {source.url && (
          <div className="fact">
            <dt>Page</dt>
            <dd>
              <ExternalLink href={source.url} />
            </dd>
          </div>
        )}
        <div className="fact">
          <dt>Ingested</dt>
          <dd>
            {formatMoment(source.ingestedAt)} <span className="subtle">(extractor {source.extractor})</span>
          </dd>
        </div>
      </dl>
      <SupportedIncidents sourceId={source.id} />
      <AnnotatedText text={source.text} analysis={source.analysis} />
      <SourceAssessments sourceId={source.id} analysis={source.analysis} canEdit={can.edit} />
      <CaptureDetails source={source} />
    </>
  );
}

export function SourcePage({ id }: { id: string }) {
  const result = useApi<SourceDetail>(`/api/sources/${encodeURIComponent(id)}`);
  const title = result.data?.title ?? `Source ${id}`;
  return (
    <Page
      title={title}
      heading={
        <>
          {title} <span className="subtle heading-id">{result.data?.id ?? id}</span>
        </>
      }
    >
      <p className="breadcrumb">
        <Link href="/sources">All sources</Link>
      </p>
      <Async result={result} label="Loading the source…">
        {(source) => <Body source={source} />}
      </Async>
    </Page>
  );
}
