import { type FormEvent, useState } from "react";
import { useLocation } from "wouter";
import { incidents } from "../api/endpoints.js";
import { useRefreshLists } from "../api/use-api.js";
import { ActionResult, Field, NoteField, useAction } from "../components/Form.js";

/** An incident no report was linked to automatically, created by hand from chosen sources. */
export function NewIncidentForm() {
  const [, navigate] = useLocation();
  const refreshLists = useRefreshLists();
  const [title, setTitle] = useState("");
  const [sources, setSources] = useState("");
  const [note, setNote] = useState("");
  const action = useAction();
  const sourceIds = sources.split(/[\s,;]+/).filter(Boolean);
  const bad = sourceIds.find((s) => !/^[0-9a-f]{4,64}$/i.test(s));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (bad) return;
    const created = await action.run(
      () => incidents.create({ title: title.trim(), overrides: {}, sourceIds, note }),
      "Incident created.",
    );
    if (created) {
      refreshLists();
      navigate(`/incidents/${created.id}`);
    }
  };
  return (
    <form className="subform" onSubmit={submit} aria-label="New incident">
      <p className="hint">Place, date and type can be set on the incident's page once it exists.</p>
      <div className="form-row">
        <Field label="Title">
          {({ id }) => (
            <input
              id={id}
              required
              maxLength={300}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
            />
          )}
        </Field>
        <Field label="Source ids" hint="The reports it rests on, e.g. 3fa9c1d2e4b5, 9b01aa77c3d2.">
          {({ id, describedBy }) => (
            <input
              id={id}
              aria-describedby={describedBy}
              value={sources}
              onChange={(e) => setSources(e.target.value)}
              spellCheck={false}
            />
          )}
        </Field>
      </div>
      {bad && (
        <p className="form-result error" role="alert">
          “{bad}” is not a source id (4 or more hexadecimal characters).
        </p>
      )}
      <NoteField value={note} onChange={setNote} />
      <button type="submit" className="button" disabled={action.pending || bad !== undefined}>
        Create incident
      </button>
      <ActionResult state={action} />
    </form>
  );
}
