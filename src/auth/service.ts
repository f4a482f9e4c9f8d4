import {
  type AccountView,
  createSetupToken,
  createUser,
  disableUser,
  type NewAccount,
  needsSetup,
  presentAccount,
  redeemSetupToken,
} from "./accounts.js";
import {
  type ApiTokenView,
  authenticateApiToken,
  createApiToken,
  listApiTokens,
  type NewApiToken,
  revokeApiToken,
} from "./api-tokens.js";
import { type AuthDepsOptions, buildDeps, type Principal } from "./context.js";
import { type Credentials, type LoginContext, type LoginResult, login } from "./login.js";
import { authenticateSession, endSession, sweepSessions } from "./sessions.js";

export interface DeniedRequest {
  method: string;
  /** The path without its query string (queries can carry search terms worth keeping out of the log). */
  path: string;
  /** What the route needed, for the reader of the audit log. */
  required: string;
}

/**
 * Accounts, sessions and tokens over one repository, one clock and one audit sink: what the
 * server, the CLI and the plugin call. Every security event goes to the audit sink; no secret
 * (password, token, session id) is ever part of one.
 */
export interface AuthService {
  /** The service's clock (injected in tests), for cookie lifetimes and the like. */
  now(): Date;
  createUser(account: NewAccount, context: { actor: string }): Promise<AccountView>;
  disableUser(userId: string, context: { actor: string }): Promise<void>;
  listUsers(): Promise<AccountView[]>;
  needsSetup(): Promise<boolean>;
  createSetupToken(): Promise<{ token: string; expiresAt: Date }>;
  redeemSetupToken(
    token: string,
    account: { username: string; password: string },
    context?: { address?: string },
  ): Promise<AccountView>;
  login(credentials: Credentials, context: LoginContext): Promise<LoginResult>;
  authenticateSession(sessionId: string): Promise<{ principal: Principal; expiresAt: Date } | null>;
  logout(sessionId: string, principal: Principal): Promise<void>;
  /** Deletes expired sessions; returns how many. */
  sweepSessions(): Promise<number>;
  createApiToken(
    request: NewApiToken,
    context: { actor: string },
  ): Promise<{ token: string; view: ApiTokenView }>;
  listApiTokens(userId: string): Promise<ApiTokenView[]>;
  revokeApiToken(tokenId: string, principal: Principal): Promise<void>;
  authenticateApiToken(token: string): Promise<{ principal: Principal; tokenId: string } | null>;
  /** Audits a refusal for lack of permission as `auth.permission-denied`. */
  recordDenied(principal: Principal, request: DeniedRequest): Promise<void>;
}

export function createAuthService(options: AuthDepsOptions): AuthService {
  const deps = buildDeps(options);
  return {
    now: () => deps.now(),
    createUser: (account, context) => createUser(deps, account, context),
    disableUser: (userId, context) => disableUser(deps, userId, context),
    listUsers: async () => (await deps.repo.listUsers()).map(presentAccount),
    needsSetup: () => needsSetup(deps),
    createSetupToken: () => createSetupToken(deps),
    redeemSetupToken: (token, account, context) => redeemSetupToken(deps, token, account, context),
    login: (credentials, context) => login(deps, credentials, context),
    authenticateSession: (sessionId) => authenticateSession(deps, sessionId),
    logout: (sessionId, principal) => endSession(deps, sessionId, principal),
    sweepSessions: () => sweepSessions(deps),
    createApiToken: (request, context) => createApiToken(deps, request, context),
    listApiTokens: (userId) => listApiTokens(deps, userId),
    revokeApiToken: (tokenId, principal) => revokeApiToken(deps, tokenId, principal),
    authenticateApiToken: (token) => authenticateApiToken(deps, token),
    async recordDenied(principal, request) {
      await deps.audit({
        actor: principal.username,
        action: "auth.permission-denied",
        payload: { userId: principal.userId, role: principal.role, ...request },
      });
    },
  };
}
