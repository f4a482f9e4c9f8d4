import { type DragEvent, type FormEvent, useId, useRef, useState } from "react";
import { useSWRConfig } from "swr";
import { Link } from "wouter";
import type { UploadProgress } from "../api/client.js";
import { ingest } from "../api/endpoints.js";
import type { IngestEvent, IngestResponse } from "../api/types.js";
import { useRefreshLists } from "../api/use-api.js";
import { ActionResult, useAction } from "../components/Form.js";
import { Page } from "../components/Page.js";
import { formatBytes, plural } from "../lib/format.js";
import { parseUrlLines } from "../lib/safe-url.js";

function EventRow({ event }: { event: IngestEvent }) {
  return (
    <tr data-testid="ingest-result" data-kind={event.kind}>
      <th scope="row" className="break">
        {event.label}
      </th>
      <td>
        {event.kind === "ingested" && (
          <>
            <span className="badge ok">Ingested</span>{" "}
            <Link href={`/sources/${event.sourceId}`}>{event.title ?? event.sourceId}</Link>
            {event.warning && <span className="subtle"> — warning: {event.warning}</span>}
          </>
        )}
        {event.kind === "duplicate" && (
          <>
            <span className="badge neutral">Already present</span>{" "}
            <Link href={`/sources/${event.sourceId}`}>{event.sourceId}</Link>
          </>
        )}
        {event.kind === "failed" && (
          <>
            <span className="badge bad">Failed</span> {event.reason}
          </>
        )}
      </td>
    </tr>
  );
}

function Results({ result }: { result: IngestResponse }) {
  const { summary, events } = result;
  return (
    <section className="panel" aria-labelledby="ingest-results">
      <h2 id="ingest-results">Result</h2>
      <p role="status">
        {plural(summary.ingested, "item")} ingested, {summary.duplicates} already present,{" "}
        {summary.failed.length} failed.
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">What happened to each item</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same label can appear twice in a batch.
              <EventRow key={i} event={e} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function useAfterIngest() {
  const refreshLists = useRefreshLists();
  const { mutate } = useSWRConfig();
  return () => {
    refreshLists();
    void mutate((key) => typeof key === "string" && key.startsWith("/api/sources"));
  };
}

function FilesForm() {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [result, setResult] = useState<IngestResponse | null>(null);
  const [dragging, setDragging] = useState(false);
  const action = useAction();
  const after = useAfterIngest();
  const add = (list: FileList | null) => setFiles((f) => [...f, ...Array.from(list ?? [])]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setResult(null);
    setProgress({ loaded: 0, total: 0 });
    const r = await action.run(() => ingest.files(files, setProgress), "Upload finished.");
    setProgress(null);
    if (r) {
      setResult(r);
      setFiles([]);
      if (input.current) input.current.value = "";
      after();
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    add(e.dataTransfer.files);
  };
  const total = files.reduce((n, f) => n + f.size, 0);
  const percent =
    progress && progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : null;
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Upload files</h2>
      <form onSubmit={submit}>
        <label
          htmlFor={`${id}-files`}
          className={`drop-zone${dragging ? " dragging" : ""}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <span className="drop-title">Choose files, or drop them here</span>
          <span className="hint">HTML pages, plain text, JSON Lines, or .gz of any of these.</span>
        </label>
        <input
          ref={input}
          id={`${id}-files`}
          type="file"
          multiple
          className="file-input"
          accept=".html,.htm,.txt,.text,.jsonl,.json,.gz,text/html,text/plain"
          onChange={(e) => add(e.target.files)}
        />
        {files.length > 0 && (
          <ul className="file-list" aria-label="Files to upload">
            {files.map((f, i) => (
              <li key={`${f.name}:${f.size}:${f.lastModified}`}>
                {f.name} <span className="subtle">({formatBytes(f.size)})</span>{" "}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setFiles((all) => all.filter((_, j) => j !== i))}
                >
                  Remove<span className="visually-hidden"> {f.name}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <button type="submit" className="button" disabled={files.length === 0 || action.pending}>
          {files.length === 0 ? "Upload" : `Upload ${plural(files.length, "file")} (${formatBytes(total)})`}
        </button>
        {progress && (
          <div className="progress" role="status">
            <progress max={100} value={percent ?? undefined} aria-label="Upload progress" />{" "}
            {percent === null
              ? "Uploading…"
              : percent < 100
                ? `${percent}% sent`
                : "Sent; extracting and analysing…"}
          </div>
        )}
        <ActionResult state={action} />
      </form>
      {result && <Results result={result} />}
    </section>
  );
}

function UrlsForm() {
  const id = useId();
  const [text, setText] = useState("");
  const [result, setResult] = useState<IngestResponse | null>(null);
  const action = useAction();
  const after = useAfterIngest();
  const { urls, bad } = parseUrlLines(text);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (bad.length > 0 || urls.length === 0) return;
    setResult(null);
    const r = await action.run(() => ingest.urls(urls), "Done.");
    if (r) {
      setResult(r);
      setText("");
      after();
    }
  };
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Fetch web pages</h2>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-urls`}>Addresses, one a line</label>
          <textarea
            id={`${id}-urls`}
            rows={5}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="https://news.example.org/2022/03/report.html"
            aria-describedby={`${id}-hint`}
            spellCheck={false}
          />
          <span id={`${id}-hint`} className="hint">
            Pages are fetched by the server; addresses inside private networks are refused.
          </span>
        </div>
        {bad.length > 0 && (
          <div className="form-result error" role="alert">
            <p>These lines are not http(s) addresses:</p>
            <ul>
              {bad.map((b) => (
                <li key={b} className="break">
                  {b}
                </li>
              ))}
            </ul>
          </div>
        )}
        <button
          type="submit"
          className="button"
          disabled={urls.length === 0 || bad.length > 0 || action.pending}
        >
          {action.pending ? `Fetching ${plural(urls.length, "page")}…` : "Fetch and ingest"}
        </button>
        {action.pending && (
          <p className="hint" role="status">
            Each page is fetched, preserved, extracted and analysed; this can take a while.
          </p>
        )}
        <ActionResult state={action} />
      </form>
      {result && <Results result={result} />}
    </section>
  );
}

export function IngestPage() {
  return (
    <Page
      title="Ingest"
      lead="Add reports: each original is preserved as it arrives, then its text is extracted and analysed."
    >
      <div className="grid-2">
        <FilesForm />
        <UrlsForm />
      </div>
    </Page>
  );
}
