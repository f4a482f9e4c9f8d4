import { type FormEvent, useState } from "react";
import { Link } from "wouter";
import { shares } from "../api/endpoints.js";
import type { Items, ShareRow } from "../api/types.js";
import { useApi } from "../api/use-api.js";
import { ActionResult, Field, NoteField, useAction } from "../components/Form.js";
import { Page } from "../components/Page.js";
import { Async, Empty } from "../components/States.js";
import { formatMoment } from "../lib/format.js";
import { parseIncidentList } from "../lib/incidents.js";

function ShareForm({ onDone }: { onDone: () => void }) {
  const [partner, setPartner] = useState("");
  const [ids, setIds] = useState("");
  const [sensitive, setSensitive] = useState(false);
  const [note, setNote] = useState("");
  const action = useAction();
  const parsed = parseIncidentList(ids);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (parsed.bad !== null || parsed.ids.length === 0) return;
    const done = await action.run(
      () =>
        shares.create({
          partner: partner.trim(),
          incidentIds: parsed.ids,
          includeSensitive: sensitive,
          note,
        }),
      `Shared ${parsed.ids.length} incident(s) with ${partner.trim()}.`,
    );
    if (done) {
      setIds("");
      setNote("");
      onDone();
    }
  };
  return (
    <form className="subform" onSubmit={submit} aria-label="Share incidents">
      <h2>Share incidents with a partner</h2>
      <div className="form-row">
        <Field label="Partner id" hint="The institution's id, as on its partner accounts.">
          {({ id, describedBy }) => (
            <input
              id={id}
              aria-describedby={describedBy}
              required
              value={partner}
              onChange={(e) => setPartner(e.target.value)}
            />
          )}
        </Field>
        <Field label="Incident ids" hint="e.g. INC-00012, INC-00031">
          {({ id, describedBy }) => (
            <input
              id={id}
              aria-describedby={describedBy}
              required
              value={ids}
              onChange={(e) => setIds(e.target.value)}
            />
          )}
        </Field>
      </div>
      {parsed.bad !== null && (
        <p className="form-result error" role="alert">
          “{parsed.bad}” is not an incident id.
        </p>
      )}
      <label className="checkbox">
        <input type="checkbox" checked={sensitive} onChange={(e) => setSensitive(e.target.checked)} />
        <span>
          Include sensitive material (victims', witnesses' and children's details, sensitive locations,
          protected sources)
        </span>
      </label>
      <NoteField value={note} onChange={setNote} />
      <button type="submit" className="button" disabled={action.pending}>
        Share
      </button>
      <ActionResult state={action} />
    </form>
  );
}

function Unshare({ share, onDone }: { share: ShareRow; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const action = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await action.run(
      () => shares.remove(share.partnerId, share.incidentId, note),
      "Stopped sharing.",
    );
    if (done !== undefined) onDone();
  };
  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        Stop sharing
        <span className="visually-hidden">
          {" "}
          {share.incidentId} with {share.partnerId}
        </span>
      </button>
    );
  }
  return (
    <form onSubmit={submit} className="inline-form" aria-label={`Stop sharing ${share.incidentId}`}>
      <NoteField value={note} onChange={setNote} />
      <button type="submit" className="button danger small" disabled={action.pending}>
        Stop sharing
      </button>
      <ActionResult state={action} />
    </form>
  );
}

export function SharesPage() {
  const result = useApi<Items<ShareRow>>("/api/shares");
  return (
    <Page
      title="Sharing"
      lead="What partner institutions can see. Partners read only the incidents shared with them, and their sources."
    >
      <section className="panel">
        <ShareForm onDone={() => void result.mutate()} />
      </section>
      <Async result={result} label="Loading shares…">
        {({ items }) =>
          items.length === 0 ? (
            <Empty>Nothing is shared with any partner.</Empty>
          ) : (
            <table className="data-table">
              <caption className="visually-hidden">Shared incidents</caption>
              <thead>
                <tr>
                  <th scope="col">Partner</th>
                  <th scope="col">Incident</th>
                  <th scope="col">Sensitive material</th>
                  <th scope="col">Shared</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((s) => (
                  <tr key={`${s.partnerId}:${s.incidentId}`}>
                    <th scope="row">{s.partnerId}</th>
                    <td>
                      <Link href={`/incidents/${s.incidentId}`}>{s.incidentId}</Link>
                    </td>
                    <td>{s.includeSensitive ? "included" : "withheld"}</td>
                    <td>
                      by {s.sharedBy} <span className="subtle">{formatMoment(s.sharedAt)}</span>
                    </td>
                    <td>
                      <Unshare share={s} onDone={() => void result.mutate()} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Async>
    </Page>
  );
}
