import { type FormEvent, useEffect, useId, useState } from "react";
import { useLocation, useSearch } from "wouter";
import { PASSWORD_MIN_LENGTH } from "../../../src/auth/policy.js";
import { messageOf } from "../api/client.js";
import { useSession } from "../auth/session.js";

/**
 * The server prints the link with the token after "#", which browsers never send to a server
 * (so it stays out of logs and Referer headers); "?token=" is read too.
 */
function useSetupToken(): string {
  const search = useSearch();
  const [token] = useState(() => {
    const fromHash = new URLSearchParams(window.location.hash.slice(1)).get("token");
    return fromHash ?? new URLSearchParams(search).get("token") ?? "";
  });
  useEffect(() => {
    // Keep the one-time token out of the browser history once read.
    if (window.location.hash.includes("token="))
      window.history.replaceState(null, "", window.location.pathname);
  }, []);
  return token;
}

/** First run: the server prints a one-time link to this page for creating the first administrator. */
export function SetupPage() {
  const token = useSetupToken();
  const { setup, state } = useSession();
  const [, navigate] = useLocation();
  const id = useId();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = "First-run setup · Dossier";
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (password !== confirm) {
      setError("The two passwords are not the same.");
      return;
    }
    setPending(true);
    setError(null);
    try {
      await setup(token, username, password);
      navigate("/", { replace: true });
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setPending(false);
    }
  };

  return (
    <main id="main" className="login">
      <h1>Set up Dossier</h1>
      {state.status === "signed-in" && (
        <p className="notice" role="status">
          You are logged in as {state.user.username}. Setup is only needed once, for the first administrator.
        </p>
      )}
      {token === "" ? (
        <div className="state state-error" role="alert">
          <p>
            This page needs the one-time setup link the server printed when it first started (it ends in{" "}
            <code>#token=…</code>). Copy the whole link from the server's output.
          </p>
        </div>
      ) : (
        <form className="login-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`}>Create the first administrator</h2>
          <p>This account can then create accounts for investigators, reviewers and partners.</p>
          <div className="field">
            <label htmlFor={`${id}-user`}>Username</label>
            <input
              id={`${id}-user`}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              minLength={3}
              maxLength={64}
              pattern="[A-Za-z0-9][A-Za-z0-9._\-]{2,63}"
              aria-describedby={`${id}-user-hint`}
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
            <span id={`${id}-user-hint`} className="hint">
              3 to 64 characters: letters, digits, dot, underscore or hyphen.
            </span>
          </div>
          <div className="field">
            <label htmlFor={`${id}-password`}>Password</label>
            <input
              id={`${id}-password`}
              type="password"
              autoComplete="new-password"
              required
              minLength={PASSWORD_MIN_LENGTH}
              aria-describedby={`${id}-password-hint`}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
            <span id={`${id}-password-hint`} className="hint">
              At least {PASSWORD_MIN_LENGTH} characters; a passphrase of several words is easiest to remember.
            </span>
          </div>
          <div className="field">
            <label htmlFor={`${id}-confirm`}>Password again</label>
            <input
              id={`${id}-confirm`}
              type="password"
              autoComplete="new-password"
              required
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
            />
          </div>
          {error !== null && (
            <p className="form-result error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="button" disabled={pending}>
            {pending ? "Creating…" : "Create administrator and log in"}
          </button>
        </form>
      )}
    </main>
  );
}
