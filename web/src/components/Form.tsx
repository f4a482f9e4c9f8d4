import { type ReactNode, useCallback, useId, useRef, useState } from "react";
import { ApiError, messageOf } from "../api/client.js";

/** A labelled control with an optional hint; `children` gets the id and the hint's id. */
export function Field({
  label,
  hint,
  children,
  className = "field",
}: {
  label: ReactNode;
  hint?: ReactNode;
  children: (ids: { id: string; describedBy: string | undefined }) => ReactNode;
  className?: string;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy: hintId })}
      {hint && (
        <span id={hintId} className="hint">
          {hint}
        </span>
      )}
    </div>
  );
}

export interface ActionState {
  pending: boolean;
  error: unknown;
  done: string | null;
}

/**
 * Runs a form's call and keeps what the person needs to see: busy while it runs, then the
 * server's refusal in its own words, or a confirmation.
 */
export function useAction() {
  const [state, setState] = useState<ActionState>({ pending: false, error: null, done: null });
  const busy = useRef(false);
  const run = useCallback(async <T,>(call: () => Promise<T>, success: string): Promise<T | undefined> => {
    if (busy.current) return undefined;
    busy.current = true;
    setState({ pending: true, error: null, done: null });
    try {
      const result = await call();
      setState({ pending: false, error: null, done: success });
      return result;
    } catch (error) {
      setState({ pending: false, error, done: null });
      return undefined;
    } finally {
      busy.current = false;
    }
  }, []);
  const reset = useCallback(() => setState({ pending: false, error: null, done: null }), []);
  return { ...state, run, reset };
}

/** The outcome of a form, announced to screen readers. */
export function ActionResult({ state }: { state: ActionState }) {
  if (state.error) {
    const details = state.error instanceof ApiError ? (state.error.details ?? []) : [];
    return (
      <div className="form-result error" role="alert">
        <p>{messageOf(state.error)}</p>
        {details.length > 0 && (
          <ul>
            {details.map((d) => (
              <li key={`${d.path ?? ""}:${d.message}`}>
                {d.path ? `${d.path}: ` : ""}
                {d.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  return (
    <p className="form-result success" role="status" aria-live="polite">
      {state.done ?? ""}
    </p>
  );
}

/** The "why" every change needs: the server refuses changes without one, and so does this form. */
export function NoteField({
  value,
  onChange,
  label = "Note (why)",
  required = true,
}: {
  value: string;
  onChange: (value: string) => void;
  label?: string;
  required?: boolean;
}) {
  return (
    <Field
      label={label}
      hint={required ? "Required. It is kept in the history and in the audit log." : undefined}
    >
      {({ id, describedBy }) => (
        <textarea
          id={id}
          aria-describedby={describedBy}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          required={required}
          rows={2}
          maxLength={10_000}
        />
      )}
    </Field>
  );
}
