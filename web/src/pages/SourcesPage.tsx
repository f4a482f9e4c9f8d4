import { type FormEvent, useEffect, useState } from "react";
import { Link } from "wouter";
import { withQuery } from "../api/client.js";
import type { Page as ListPage, SourceSummary } from "../api/types.js";
import { useApi } from "../api/use-api.js";
import { Field } from "../components/Form.js";
import { Page } from "../components/Page.js";
import { Pager, parsePage } from "../components/Pager.js";
import { Async, Empty } from "../components/States.js";
import { isoDay } from "../lib/filters.js";
import { formatCount, formatDay } from "../lib/format.js";
import { useFilters } from "../lib/use-filters.js";

const PAGE_SIZE = 50;

export function SourcesPage() {
  const { params, setParam, setParams } = useFilters();
  const outlet = params.get("outlet") ?? "";
  const lang = params.get("lang") ?? "";
  const from = isoDay(params.get("from"));
  const to = isoDay(params.get("to"));
  const page = parsePage(params.get("page"));
  const [draft, setDraft] = useState({ outlet, lang });
  useEffect(() => setDraft({ outlet, lang }), [outlet, lang]);
  const result = useApi<ListPage<SourceSummary>>(
    withQuery("/api/sources", { outlet, lang, from, to, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
  );
  const apply = (e: FormEvent) => {
    e.preventDefault();
    setParams({ outlet: draft.outlet.trim() || null, lang: draft.lang.trim() || null, page: null });
  };
  return (
    <Page
      title="Sources"
      lead="Every captured report, newest first. Open one to read it with what was found in it."
    >
      <form className="filters" onSubmit={apply} aria-label="Filter sources">
        <Field label="Outlet">
          {({ id }) => (
            <input
              id={id}
              type="search"
              value={draft.outlet}
              onChange={(e) => setDraft((d) => ({ ...d, outlet: e.target.value }))}
            />
          )}
        </Field>
        <Field label="Language" hint="A code like en, uk, ru">
          {({ id, describedBy }) => (
            <input
              id={id}
              aria-describedby={describedBy}
              value={draft.lang}
              maxLength={3}
              onChange={(e) => setDraft((d) => ({ ...d, lang: e.target.value }))}
            />
          )}
        </Field>
        <Field label="Published from">
          {({ id }) => (
            <input
              id={id}
              type="date"
              value={from ?? ""}
              onChange={(e) => setParams({ from: isoDay(e.target.value), page: null })}
            />
          )}
        </Field>
        <Field label="Published to">
          {({ id }) => (
            <input
              id={id}
              type="date"
              value={to ?? ""}
              onChange={(e) => setParams({ to: isoDay(e.target.value), page: null })}
            />
          )}
        </Field>
        <div className="filter-actions">
          <button type="submit" className="button">
            Apply
          </button>
        </div>
      </form>
      <Async result={result} label="Loading sources…">
        {(list) =>
          list.items.length === 0 ? (
            <Empty>No source matches.</Empty>
          ) : (
            <>
              <p className="result-count">{formatCount(list.total)} sources</p>
              <div className="table-scroll">
                <table className="data-table">
                  <caption className="visually-hidden">Sources</caption>
                  <thead>
                    <tr>
                      <th scope="col">Title</th>
                      <th scope="col">Outlet</th>
                      <th scope="col">Published</th>
                      <th scope="col">Language</th>
                      <th scope="col" className="num">
                        Words
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.items.map((s) => (
                      <tr key={s.id} data-testid="source-row">
                        <th scope="row">
                          <Link href={`/sources/${s.id}`}>{s.title ?? `Source ${s.id}`}</Link>
                          <span className="subtle"> {s.id}</span>
                        </th>
                        <td>{s.outlet ?? "unknown"}</td>
                        <td>{formatDay(s.publishedAt)}</td>
                        <td>{s.lang ?? "?"}</td>
                        <td className="num">{formatCount(s.words)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pager
                page={page}
                pageSize={PAGE_SIZE}
                total={list.total}
                onPage={(p) => setParam("page", p === 1 ? null : String(p))}
              />
            </>
          )
        }
      </Async>
    </Page>
  );
}
