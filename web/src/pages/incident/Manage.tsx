import { type FormEvent, useState } from "react";
import { SENSITIVITY_FLAG_IDS, SENSITIVITY_FLAGS } from "../../../../src/investigate/review/sensitivity.js";
import { incidents } from "../../api/endpoints.js";
import type { IncidentView } from "../../api/types.js";
import { ActionResult, Field, NoteField, useAction } from "../../components/Form.js";
import { parseIncidentList } from "../../lib/incidents.js";

export function FlagsForm({ view, onChanged }: { view: IncidentView; onChanged: () => void }) {
  const current = new Set(view.incident.flags);
  const [chosen, setChosen] = useState<Set<string>>(current);
  const [note, setNote] = useState("");
  const action = useAction();
  const add = [...chosen].filter((f) => !current.has(f));
  const remove = [...current].filter((f) => !chosen.has(f));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await action.run(
      () => incidents.flags(view.incident.id, { add, remove, ...(note.trim() && { note }) }),
      "Sensitivity flags saved.",
    );
    if (done !== undefined) {
      setNote("");
      onChanged();
    }
  };
  const toggle = (flag: string) =>
    setChosen((s) => {
      const next = new Set(s);
      if (next.has(flag)) next.delete(flag);
      else next.add(flag);
      return next;
    });
  return (
    <form className="subform" onSubmit={submit} aria-label="Sensitivity flags">
      <fieldset>
        <legend>Sensitivity flags</legend>
        <p className="hint">
          Flags limit who may see the incident: partners, for instance, only see restricted material shared
          explicitly.
        </p>
        {SENSITIVITY_FLAG_IDS.map((f) => (
          <label key={f} className="checkbox">
            <input type="checkbox" checked={chosen.has(f)} onChange={() => toggle(f)} />
            <span>
              <strong>{SENSITIVITY_FLAGS[f].label}</strong> — {SENSITIVITY_FLAGS[f].description}
            </span>
          </label>
        ))}
      </fieldset>
      <NoteField value={note} onChange={setNote} label="Note (optional)" required={false} />
      <button
        type="submit"
        className="button"
        disabled={action.pending || (add.length === 0 && remove.length === 0)}
      >
        Save flags
      </button>
      <ActionResult state={action} />
    </form>
  );
}

export function MergeForm({ view, onChanged }: { view: IncidentView; onChanged: () => void }) {
  const [others, setOthers] = useState("");
  const [note, setNote] = useState("");
  const action = useAction();
  const parsed = parseIncidentList(others);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (parsed.bad !== null || parsed.ids.length === 0) return;
    const done = await action.run(
      () => incidents.merge(view.incident.id, { others: parsed.ids, note }),
      `Merged ${parsed.ids.join(", ")} into this incident.`,
    );
    if (done !== undefined) {
      setOthers("");
      setNote("");
      onChanged();
    }
  };
  return (
    <form className="subform" onSubmit={submit} aria-label="Merge incidents">
      <h3>Merge other incidents into this one</h3>
      <Field
        label="Incident ids"
        hint="The same event reported as separate incidents, e.g. INC-00012, INC-00031."
      >
        {({ id, describedBy }) => (
          <input
            id={id}
            aria-describedby={describedBy}
            value={others}
            onChange={(e) => setOthers(e.target.value)}
            required
          />
        )}
      </Field>
      {parsed.bad !== null && (
        <p className="form-result error" role="alert">
          “{parsed.bad}” is not an incident id (they look like INC-00012).
        </p>
      )}
      <NoteField value={note} onChange={setNote} />
      <button
        type="submit"
        className="button"
        disabled={action.pending || parsed.bad !== null || parsed.ids.length === 0}
      >
        Merge
      </button>
      <ActionResult state={action} />
    </form>
  );
}

export function AttachSourceForm({ view, onChanged }: { view: IncidentView; onChanged: () => void }) {
  const [sourceId, setSourceId] = useState("");
  const [note, setNote] = useState("");
  const action = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await action.run(
      () => incidents.attachSource(view.incident.id, { sourceId: sourceId.trim(), note }),
      "Source attached.",
    );
    if (done !== undefined) {
      setSourceId("");
      setNote("");
      onChanged();
    }
  };
  return (
    <form className="subform" onSubmit={submit} aria-label="Attach a source">
      <h3>Attach a source by hand</h3>
      <Field label="Source id" hint="For a report the machine did not link to this incident.">
        {({ id, describedBy }) => (
          <input
            id={id}
            aria-describedby={describedBy}
            value={sourceId}
            onChange={(e) => setSourceId(e.target.value)}
            pattern="[0-9a-fA-F]{4,64}"
            required
            spellCheck={false}
          />
        )}
      </Field>
      <NoteField value={note} onChange={setNote} />
      <button type="submit" className="button" disabled={action.pending}>
        Attach
      </button>
      <ActionResult state={action} />
    </form>
  );
}
