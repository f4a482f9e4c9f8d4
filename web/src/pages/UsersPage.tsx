import { type FormEvent, useState } from "react";
import { PASSWORD_MIN_LENGTH } from "../../../src/auth/policy.js";
import { ROLES } from "../../../src/investigate/review/roles.js";
import { users } from "../api/endpoints.js";
import type { AccountView, Items, Role } from "../api/types.js";
import { useApi } from "../api/use-api.js";
import { ROLE_LABELS } from "../auth/permissions.js";
import { ActionResult, Field, useAction } from "../components/Form.js";
import { Page } from "../components/Page.js";
import { Async } from "../components/States.js";
import { formatMoment } from "../lib/format.js";

function NewUser({ onDone }: { onDone: () => void }) {
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [role, setRole] = useState<Role>("investigator");
  const [partnerId, setPartnerId] = useState("");
  const action = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const created = await action.run(
      () =>
        users.create({
          username,
          password,
          role,
          ...(role === "partner" && { partnerId: partnerId.trim() }),
        }),
      `Account ${username.trim().toLowerCase()} created. Give them the password through a safe channel.`,
    );
    if (created) {
      setUsername("");
      setPassword("");
      onDone();
    }
  };
  return (
    <form className="subform" onSubmit={submit} aria-label="New account">
      <h2>New account</h2>
      <div className="form-row">
        <Field label="Username" hint="3 to 64 characters: letters, digits, dot, underscore or hyphen.">
          {({ id, describedBy }) => (
            <input
              id={id}
              aria-describedby={describedBy}
              required
              autoComplete="off"
              spellCheck={false}
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
          )}
        </Field>
        <Field label="Password" hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}>
          {({ id, describedBy }) => (
            <input
              id={id}
              aria-describedby={describedBy}
              type="password"
              autoComplete="new-password"
              required
              minLength={PASSWORD_MIN_LENGTH}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <Field label="Role">
          {({ id }) => (
            <select id={id} value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {role === "partner" && (
          <Field label="Partner institution id" hint="Partners see what is shared with this id.">
            {({ id, describedBy }) => (
              <input
                id={id}
                aria-describedby={describedBy}
                required
                value={partnerId}
                onChange={(e) => setPartnerId(e.target.value)}
              />
            )}
          </Field>
        )}
      </div>
      <button type="submit" className="button" disabled={action.pending}>
        Create account
      </button>
      <ActionResult state={action} />
    </form>
  );
}

export function UsersPage() {
  const result = useApi<Items<AccountView>>("/api/users");
  return (
    <Page title="Users" lead="Accounts of the people who use this Dossier, and their roles.">
      <section className="panel">
        <NewUser onDone={() => void result.mutate()} />
      </section>
      <Async result={result} label="Loading accounts…">
        {({ items }) => (
          <table className="data-table">
            <caption className="visually-hidden">Accounts</caption>
            <thead>
              <tr>
                <th scope="col">Username</th>
                <th scope="col">Role</th>
                <th scope="col">Partner</th>
                <th scope="col">Created</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {items.map((u) => (
                <tr key={u.id} data-testid="user-row">
                  <th scope="row">{u.username}</th>
                  <td>{ROLE_LABELS[u.role]}</td>
                  <td>{u.partnerId ?? "–"}</td>
                  <td>{formatMoment(u.createdAt)}</td>
                  <td>{u.disabled ? "disabled" : "active"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Async>
    </Page>
  );
}
