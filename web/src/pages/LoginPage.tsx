import { type FormEvent, useEffect, useId, useState } from "react";
import { ApiError, messageOf } from "../api/client.js";
import { useApi } from "../api/use-api.js";
import { useSession } from "../auth/session.js";

function useCountdown(seconds: number | null): number {
  const [left, setLeft] = useState(0);
  useEffect(() => {
    if (seconds === null) return;
    const until = Date.now() + seconds * 1000;
    setLeft(seconds);
    const timer = setInterval(() => {
      const remaining = Math.max(0, Math.ceil((until - Date.now()) / 1000));
      setLeft(remaining);
      if (remaining === 0) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [seconds]);
  return left;
}

export function LoginPage({ notice }: { notice: string | null }) {
  const { login } = useSession();
  const id = useId();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [lockedFor, setLockedFor] = useState<number | null>(null);
  const wait = useCountdown(lockedFor);
  const setup = useApi<{ needed: boolean }>("/api/auth/setup");

  useEffect(() => {
    document.title = "Log in · Dossier";
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setPending(true);
    setError(null);
    try {
      await login(username, password);
    } catch (err) {
      setError(err);
      setPassword("");
      if (err instanceof ApiError && err.retryAfter !== undefined) setLockedFor(err.retryAfter);
    } finally {
      setPending(false);
    }
  };

  return (
    <main id="main" className="login">
      <h1>Dossier</h1>
      <p className="lead">Evidence of civilian harm, from public reports to reviewed incidents.</p>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {setup.data?.needed && (
        <div className="notice warning" role="note">
          <p>
            No administrator account exists yet. Open the one-time setup link the server printed when it
            started (it looks like <code>/setup#token=…</code>) to create the first one.
          </p>
        </div>
      )}
      <form className="login-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Log in</h2>
        <div className="field">
          <label htmlFor={`${id}-user`}>Username</label>
          <input
            id={`${id}-user`}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>Password</label>
          <input
            id={`${id}-password`}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        {error !== null && (
          <div className="form-result error" role="alert">
            <p>{messageOf(error)}</p>
            {wait > 0 && (
              <p>
                You can try again in{" "}
                {wait > 90
                  ? `about ${Math.ceil(wait / 60)} minutes`
                  : `${wait} second${wait === 1 ? "" : "s"}`}
                .
              </p>
            )}
          </div>
        )}
        <button type="submit" className="button" disabled={pending || wait > 0}>
          {pending ? "Logging in…" : "Log in"}
        </button>
      </form>
    </main>
  );
}
