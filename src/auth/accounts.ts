import { randomUUID } from "node:crypto";
import type { Role } from "../investigate/review/roles.js";
import { type AuthDeps, SYSTEM } from "./context.js";
import { AuthError } from "./errors.js";
import { checkPassword, checkUsername, normalizeUsername } from "./policy.js";
import type { UserRecord } from "./repository.js";
import { randomSecret, secretHash, secretRef } from "./secrets.js";

export interface NewAccount {
  username: string;
  password: string;
  role: Role;
  /** Required for partners, refused for everyone else. */
  partnerId?: string | undefined;
}

/** A user as shown to people: never the password hash. */
export interface AccountView {
  id: string;
  username: string;
  role: Role;
  partnerId: string | null;
  createdAt: string;
  disabled: boolean;
}

export function presentAccount(user: UserRecord): AccountView {
  return {
    id: user.id,
    username: user.username,
    role: user.role,
    partnerId: user.partnerId,
    createdAt: user.createdAt.toISOString(),
    disabled: user.disabledAt !== null,
  };
}

/** Throws the refusal a person can act on, before anything is hashed or stored. */
function validateAccount(account: NewAccount): void {
  const name = checkUsername(account.username);
  if (!name.ok) throw new AuthError("invalid-username", name.message);
  const password = checkPassword(account.password, { username: account.username });
  if (!password.ok) throw new AuthError("weak-password", password.message);
  const partner = account.partnerId?.trim() ?? "";
  if (account.role === "partner" && partner === "") {
    throw new AuthError("invalid-user", "a partner account needs the id of the partner it belongs to");
  }
  if (account.role !== "partner" && partner !== "") {
    throw new AuthError("invalid-user", "only partner accounts belong to a partner");
  }
}

/** Creates a user (the `dossier user add` command and admins use this); audited as `auth.user-create`. */
export async function createUser(
  deps: AuthDeps,
  account: NewAccount,
  context: { actor: string },
): Promise<AccountView> {
  validateAccount(account);
  const user: UserRecord = {
    id: randomUUID(),
    username: normalizeUsername(account.username),
    role: account.role,
    partnerId: account.role === "partner" ? (account.partnerId?.trim() ?? null) : null,
    passwordHash: await deps.hasher.hash(account.password),
    createdAt: deps.now(),
    disabledAt: null,
  };
  if ((await deps.repo.createUser(user)) === "username-taken") {
    throw new AuthError("username-taken", `the username ${user.username} is taken`);
  }
  await deps.audit({
    actor: context.actor,
    action: "auth.user-create",
    payload: { userId: user.id, username: user.username, role: user.role, partnerId: user.partnerId },
  });
  return presentAccount(user);
}

/** Disables a user and ends their sessions at once; their API tokens stop working with the account. */
export async function disableUser(deps: AuthDeps, userId: string, context: { actor: string }): Promise<void> {
  const user = await deps.repo.getUser(userId);
  if (user === null) throw new AuthError("user-not-found", "no such user");
  await deps.repo.setDisabled(userId, deps.now());
  const sessions = await deps.repo.deleteSessionsOfUser(userId);
  await deps.audit({
    actor: context.actor,
    action: "auth.user-disable",
    payload: { userId, username: user.username, sessionsEnded: sessions },
  });
}

/** True until there is an active admin: the server then offers the one-time setup link. */
export async function needsSetup(deps: AuthDeps): Promise<boolean> {
  return (await deps.repo.countActiveAdmins()) === 0;
}

/**
 * A one-time token for creating the first admin, to be printed by the server as a link. Only its
 * hash is stored; a new token replaces any earlier one.
 */
export async function createSetupToken(deps: AuthDeps): Promise<{ token: string; expiresAt: Date }> {
  const token = randomSecret();
  const now = deps.now();
  const expiresAt = new Date(now.getTime() + deps.setupTokenTtlMs);
  await deps.repo.replaceSetupToken({ tokenHash: secretHash(token), createdAt: now, expiresAt });
  await deps.audit({
    actor: SYSTEM,
    action: "auth.setup-token-create",
    payload: { token: secretRef(token), expiresAt: expiresAt.toISOString() },
  });
  return { token, expiresAt };
}

/**
 * Creates the first admin from a setup token. The account is checked before the token is spent,
 * so a weak password does not burn the link; once an admin exists the link is dead even if unused.
 */
export async function redeemSetupToken(
  deps: AuthDeps,
  token: string,
  account: { username: string; password: string },
  context: { address?: string } = {},
): Promise<AccountView> {
  validateAccount({ ...account, role: "admin" });
  const refuse = async (message: string): Promise<never> => {
    await deps.audit({
      actor: normalizeUsername(account.username),
      action: "auth.setup-refused",
      payload: { token: secretRef(token), address: context.address ?? null, reason: message },
    });
    throw new AuthError("invalid-setup-token", message);
  };
  if (!(await needsSetup(deps))) return refuse("setup is complete already; ask an admin for an account");
  if ((await deps.repo.getUserByUsername(normalizeUsername(account.username))) !== null) {
    throw new AuthError("username-taken", `the username ${normalizeUsername(account.username)} is taken`);
  }
  if (!(await deps.repo.consumeSetupToken(secretHash(token), deps.now()))) {
    return refuse(
      "the setup link is not valid: it was used already, has expired or was replaced by a newer one",
    );
  }
  const created = await createUser(deps, { ...account, role: "admin" }, { actor: SYSTEM });
  await deps.audit({
    actor: created.username,
    action: "auth.setup-complete",
    payload: { userId: created.id, token: secretRef(token), address: context.address ?? null },
  });
  return created;
}

/** The link the server prints; the token rides in the fragment so it never reaches logs or Referer headers. */
export function setupLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/setup#token=${token}`;
}
