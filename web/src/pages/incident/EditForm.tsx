import { type FormEvent, useState } from "react";
import { EVENT_TYPES } from "../../../../src/domain/analysis.js";
import { incidents } from "../../api/endpoints.js";
import type { IncidentView } from "../../api/types.js";
import { ActionResult, Field, NoteField, useAction } from "../../components/Form.js";
import { type Draft, draftOf, overridesOf } from "../../lib/overrides.js";

export function EditForm({ view, onChanged }: { view: IncidentView; onChanged: () => void }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(view));
  const [note, setNote] = useState("");
  const action = useAction();
  const { overrides, problem } = overridesOf(draft);
  const set = (key: keyof Draft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (problem) return;
    const done = await action.run(
      () => incidents.edit(view.incident.id, { title: draft.title.trim() || null, overrides, note }),
      "Corrections saved.",
    );
    if (done !== undefined) {
      setNote("");
      onChanged();
    }
  };
  return (
    <form className="subform" onSubmit={submit} aria-label="Correct the incident">
      <h3>Correct the fields</h3>
      <p className="hint">
        Corrections are kept beside what the sources say, never instead of it. Leave a field empty to use the
        sources' reading.
      </p>
      <Field label="Title">
        {({ id }) => <input id={id} value={draft.title} onChange={set("title")} maxLength={300} />}
      </Field>
      <Field label="Event type">
        {({ id }) => (
          <select id={id} value={draft.eventType} onChange={set("eventType")}>
            <option value="">As the sources say</option>
            {EVENT_TYPES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        )}
      </Field>
      <fieldset>
        <legend>Place</legend>
        <div className="form-row">
          <Field label="Name">
            {({ id }) => <input id={id} value={draft.placeName} onChange={set("placeName")} />}
          </Field>
          <Field label="Latitude">
            {({ id }) => <input id={id} inputMode="decimal" value={draft.lat} onChange={set("lat")} />}
          </Field>
          <Field label="Longitude">
            {({ id }) => <input id={id} inputMode="decimal" value={draft.lon} onChange={set("lon")} />}
          </Field>
        </div>
      </fieldset>
      <fieldset>
        <legend>Dates</legend>
        <div className="form-row">
          <Field label="First day">
            {({ id }) => <input id={id} type="date" value={draft.from} onChange={set("from")} />}
          </Field>
          <Field label="Last day">
            {({ id }) => <input id={id} type="date" value={draft.to} onChange={set("to")} />}
          </Field>
        </div>
      </fieldset>
      <Field label="Analyst's notes">
        {({ id }) => <textarea id={id} rows={3} value={draft.notes} onChange={set("notes")} />}
      </Field>
      {problem && (
        <p className="form-result error" role="alert">
          {problem}
        </p>
      )}
      <NoteField value={note} onChange={setNote} />
      <button type="submit" className="button" disabled={action.pending || problem !== null}>
        Save corrections
      </button>
      <ActionResult state={action} />
    </form>
  );
}
