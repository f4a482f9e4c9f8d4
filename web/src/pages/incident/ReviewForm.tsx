import { type FormEvent, useId, useState } from "react";
import { incidents } from "../../api/endpoints.js";
import type { IncidentView, Transition, User } from "../../api/types.js";
import { useApi } from "../../api/use-api.js";
import { ActionResult, Field, NoteField, useAction } from "../../components/Form.js";
import { ErrorMessage, Loading } from "../../components/States.js";
import { STATUS_LABELS } from "../../lib/format.js";

/** Status change: only the moves the server says this user may make, each with what it means. */
export function StatusForm({ view, onChanged }: { view: IncidentView; onChanged: () => void }) {
  const id = view.incident.id;
  const transitions = useApi<{ transitions: Transition[] }>(`/api/incidents/${id}/transitions`);
  const [to, setTo] = useState<string>("");
  const [note, setNote] = useState("");
  const action = useAction();
  const name = useId();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const choice = transitions.data?.transitions.find((t) => t.to === to);
    if (!choice) return;
    const done = await action.run(
      () => incidents.review(id, { to: choice.to, note }),
      `Status changed to ${STATUS_LABELS[choice.to]}.`,
    );
    if (done !== undefined) {
      setTo("");
      setNote("");
      onChanged();
      void transitions.mutate();
    }
  };

  if (transitions.error)
    return <ErrorMessage error={transitions.error} retry={() => void transitions.mutate()} />;
  if (!transitions.data) return <Loading label="Loading the status changes open to you…" />;
  const options = transitions.data.transitions;
  return (
    <form className="subform" onSubmit={submit} aria-labelledby={`${name}-title`} data-testid="status-form">
      <h3 id={`${name}-title`}>Change status</h3>
      {options.length === 0 ? (
        <p>
          No status change is open to you for this incident (now {STATUS_LABELS[view.incident.status]}): some
          decisions need a reviewer, and some only the person it is assigned to.
        </p>
      ) : (
        <>
          <fieldset>
            <legend>From {STATUS_LABELS[view.incident.status]} to</legend>
            {options.map((t) => (
              <label key={t.to} className="radio">
                <input
                  type="radio"
                  name={name}
                  value={t.to}
                  checked={to === t.to}
                  onChange={() => setTo(t.to)}
                  required
                />
                <span>
                  <strong>{STATUS_LABELS[t.to]}</strong> — {t.meaning}
                </span>
              </label>
            ))}
          </fieldset>
          <NoteField value={note} onChange={setNote} />
          <button
            type="submit"
            className="button"
            disabled={action.pending || to === "" || note.trim() === ""}
          >
            Change status
          </button>
        </>
      )}
      <ActionResult state={action} />
    </form>
  );
}

export function AssignForm({
  view,
  user,
  onChanged,
}: {
  view: IncidentView;
  user: User;
  onChanged: () => void;
}) {
  const current = view.incident.assignee;
  const [assignee, setAssignee] = useState(current ?? "");
  const [note, setNote] = useState("");
  const action = useAction();
  const assign = async (who: string | null) => {
    const done = await action.run(
      () => incidents.assign(view.incident.id, { assignee: who, ...(note.trim() && { note }) }),
      who === null ? "Unassigned." : `Assigned to ${who}.`,
    );
    if (done !== undefined) {
      setNote("");
      setAssignee(who ?? "");
      onChanged();
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void assign(assignee.trim() === "" ? null : assignee.trim());
  };
  return (
    <form className="subform" onSubmit={submit} aria-label="Assign">
      <h3>Assignment</h3>
      <p>{current ? `Assigned to ${current}.` : "Nobody is assigned."}</p>
      <Field label="Assign to (username)">
        {({ id }) => (
          <input
            id={id}
            value={assignee}
            onChange={(e) => setAssignee(e.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        )}
      </Field>
      <NoteField value={note} onChange={setNote} label="Note (optional)" required={false} />
      <div className="button-row">
        <button type="submit" className="button" disabled={action.pending}>
          Assign
        </button>
        {current !== user.username && (
          <button
            type="button"
            className="button secondary"
            disabled={action.pending}
            onClick={() => void assign(user.username)}
          >
            Assign to me
          </button>
        )}
        {current !== null && (
          <button
            type="button"
            className="button secondary"
            disabled={action.pending}
            onClick={() => void assign(null)}
          >
            Unassign
          </button>
        )}
      </div>
      <ActionResult state={action} />
    </form>
  );
}
