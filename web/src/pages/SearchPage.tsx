import { type FormEvent, useEffect, useId, useState } from "react";
import { Link } from "wouter";
import { withQuery } from "../api/client.js";
import type { SearchResponse } from "../api/types.js";
import { useApi } from "../api/use-api.js";
import { Page } from "../components/Page.js";
import { Pager, parsePage } from "../components/Pager.js";
import { Async, Empty } from "../components/States.js";
import { formatCount, formatDay } from "../lib/format.js";
import { useFilters } from "../lib/use-filters.js";

const PAGE_SIZE = 20;

export function SearchPage() {
  const { params, setParams } = useFilters();
  const q = params.get("q")?.trim() ?? "";
  const page = parsePage(params.get("page"));
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);
  const id = useId();
  const result = useApi<SearchResponse>(
    q === "" ? null : withQuery("/api/search", { q, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams({ q: draft.trim() || null, page: null });
  };
  return (
    <Page title={q ? `Search: ${q}` : "Search"} heading="Search the sources">
      <search>
        <form className="search-form" onSubmit={submit}>
          <label htmlFor={`${id}-q`}>Words to find</label>
          <div className="search-row">
            <input
              id={`${id}-q`}
              type="search"
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              aria-describedby={`${id}-hint`}
            />
            <button type="submit" className="button">
              Search
            </button>
          </div>
          <p id={`${id}-hint`} className="hint">
            All words must appear. Use "quotes" for a phrase, prefix* for word starts, OR between alternatives
            and -word to exclude.
          </p>
        </form>
      </search>
      {q !== "" && (
        <Async result={result} label="Searching…">
          {(r) =>
            r.total === 0 ? (
              <Empty>No source contains {`“${r.query}”`}.</Empty>
            ) : (
              <>
                <p className="result-count" role="status">
                  {formatCount(r.total)} sources match
                </p>
                <ol className="search-results">
                  {r.hits.map((h) => (
                    <li key={h.source.id} className="search-hit" data-testid="search-hit">
                      <h2>
                        <Link href={`/sources/${h.source.id}`}>
                          {h.source.title ?? `Source ${h.source.id}`}
                        </Link>
                      </h2>
                      <p className="subtle">
                        {h.source.outlet ?? "unknown outlet"} · {formatDay(h.source.publishedAt)}
                      </p>
                      <p className="snippet">
                        {h.snippet.map((part, i) =>
                          part.hit ? (
                            // biome-ignore lint/suspicious/noArrayIndexKey: snippet parts have no identity but their order.
                            <mark key={i} className="hit">
                              {part.text}
                            </mark>
                          ) : (
                            // biome-ignore lint/suspicious/noArrayIndexKey: as above.
                            <span key={i}>{part.text}</span>
                          ),
                        )}
                      </p>
                    </li>
                  ))}
                </ol>
                <Pager
                  page={page}
                  pageSize={PAGE_SIZE}
                  total={r.total}
                  onPage={(p) => setParams({ page: p === 1 ? null : String(p) })}
                />
              </>
            )
          }
        </Async>
      )}
    </Page>
  );
}
