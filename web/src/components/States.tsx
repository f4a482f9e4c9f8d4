import type { ReactNode } from "react";
import type { ApiError } from "../api/client.js";
import { messageOf } from "../api/client.js";

export function Loading({ label = "Loading…" }: { label?: string }) {
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

/** An error in the server's own words, with a way to try again when that can help. */
export function ErrorMessage({
  error,
  retry,
  title,
}: {
  error: unknown;
  retry?: () => void;
  title?: string;
}) {
  return (
    <div className="state state-error" role="alert">
      {title && <p className="state-title">{title}</p>}
      <p>{messageOf(error)}</p>
      {retry && (
        <button type="button" className="button secondary" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="state state-empty">{children}</div>;
}

interface Loadable<T> {
  data: T | undefined;
  error: ApiError | undefined;
  mutate: () => unknown;
}

/** Renders a loaded value, or the loading or error state when there is none yet. */
export function Async<T>({
  result,
  label,
  children,
}: {
  result: Loadable<T>;
  label?: string;
  children: (data: T) => ReactNode;
}) {
  if (result.data === undefined) {
    if (result.error) {
      // Trying again helps when the server or the network failed, not when the answer was "no".
      const retryable =
        result.error.status === 0 || result.error.status >= 500 || result.error.status === 429;
      return <ErrorMessage error={result.error} retry={retryable ? () => void result.mutate() : undefined} />;
    }
    return <Loading label={label} />;
  }
  return (
    <>
      {result.error && (
        <p className="notice warning" role="status">
          Showing what was loaded before: {messageOf(result.error)}
        </p>
      )}
      {children(result.data)}
    </>
  );
}
