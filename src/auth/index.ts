export {
  type AccountView,
  type NewAccount,
  presentAccount,
  setupLink,
} from "./accounts.js";
export { API_TOKEN_PREFIX, type ApiTokenView, type NewApiToken } from "./api-tokens.js";
export { assertSafeBind, type BindOptions, isLoopbackHost, UnsafeBindError } from "./bind.js";
export {
  type AuditSink,
  type AuthDepsOptions,
  DEFAULT_SESSION,
  DEFAULT_SETUP_TOKEN_TTL_MS,
  type Principal,
  type SessionOptions,
} from "./context.js";
export { CSRF_HEADER, csrfTokenFor } from "./csrf.js";
export { AUTH_ERRORS, AuthError, type AuthErrorId, replyAuthError } from "./errors.js";
export {
  type AuthContext,
  type RouteAuthOptions,
  requireAuth,
  requirePrincipal,
  requireRole,
  requireSession,
} from "./guards.js";
export { CONTENT_SECURITY_POLICY, registerSecurityHeaders } from "./headers.js";
export type { Credentials, LoginContext, LoginResult } from "./login.js";
export { MemoryAuthRepository } from "./memory-repository.js";
export { DEFAULT_SCRYPT, hashPassword, needsRehash, type ScryptParams, verifyPassword } from "./password.js";
export { type AuthPluginOptions, authPlugin } from "./plugin.js";
export {
  checkPassword,
  checkUsername,
  normalizeUsername,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from "./policy.js";
export { DEFAULT_THROTTLE, type ThrottleOptions } from "./rate-limit.js";
export type {
  ApiTokenRecord,
  AuthRepository,
  NewUser,
  SessionRecord,
  SetupTokenRecord,
  UserRecord,
} from "./repository.js";
export { type AuthService, createAuthService, type DeniedRequest } from "./service.js";
