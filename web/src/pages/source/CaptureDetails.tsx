import type { SourceDetail } from "../../api/types.js";
import { ExternalLink } from "../../components/ExternalLink.js";
import { originText } from "../../lib/capture.js";
import { formatBytes, formatMoment } from "../../lib/format.js";

/** The preserved original's chain-of-custody record. */
export function CaptureDetails({ source }: { source: SourceDetail }) {
  const c = source.capture;
  return (
    <section className="panel" aria-labelledby="capture">
      <h2 id="capture">Preserved original</h2>
      <dl className="facts compact" data-testid="capture-metadata">
        <div className="fact">
          <dt>SHA-256</dt>
          <dd>
            <code className="hash">{c.sha256}</code>
          </dd>
        </div>
        <div className="fact">
          <dt>Size</dt>
          <dd>
            {formatBytes(c.size)} ({c.size.toLocaleString("en-GB")} bytes
            {c.encoding === "gzip" ? ", gzip-compressed" : ""})
          </dd>
        </div>
        <div className="fact">
          <dt>Media type</dt>
          <dd>{c.mediaType}</dd>
        </div>
        <div className="fact">
          <dt>Origin</dt>
          <dd>
            {c.origin.kind === "url" ? (
              <ExternalLink href={c.origin.url}>{originText(c.origin)}</ExternalLink>
            ) : (
              originText(c.origin)
            )}
          </dd>
        </div>
        <div className="fact">
          <dt>Retrieved</dt>
          <dd>
            {formatMoment(c.retrievedAt)} by {c.capturedBy}
          </dd>
        </div>
        {c.http && (
          <>
            <div className="fact">
              <dt>HTTP status</dt>
              <dd>{c.http.status}</dd>
            </div>
            <div className="fact">
              <dt>Final URL</dt>
              <dd>
                <ExternalLink href={c.http.finalUrl} />
              </dd>
            </div>
            {c.http.redirects.length > 1 && (
              <div className="fact">
                <dt>Redirects</dt>
                <dd>
                  <ol className="plain">
                    {c.http.redirects.map((r, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a chain can visit one URL twice; its order is its identity.
                      <li key={i}>
                        <span className="url-text">{r}</span>
                      </li>
                    ))}
                  </ol>
                </dd>
              </div>
            )}
            {c.http.remoteAddress && (
              <div className="fact">
                <dt>Server address</dt>
                <dd>{c.http.remoteAddress}</dd>
              </div>
            )}
          </>
        )}
      </dl>
      <p>
        <a className="button secondary" href={`/api/sources/${source.id}/original`} download={c.sha256}>
          Download the preserved original
        </a>{" "}
        <span className="hint">
          Exactly the bytes captured; open it outside the browser, it may be hostile.
        </span>
      </p>
      {source.sightings.length > 0 && (
        <>
          <h3>Also offered</h3>
          <ul className="plain">
            {source.sightings.map((s) => (
              <li key={`${s.seenAt}:${s.seenBy}`}>
                {originText(s.origin)}{" "}
                <span className="subtle">
                  ({formatMoment(s.seenAt)} by {s.seenBy})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
