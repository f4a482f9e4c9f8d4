import type { AuditEvent } from "../audit/chain.js";
import type { Role } from "../investigate/review/roles.js";
import { createPasswordHasher, type PasswordHasher, type ScryptParams } from "./password.js";
import { DEFAULT_THROTTLE, type ThrottleOptions } from "./rate-limit.js";
import type { AuthRepository, UserRecord } from "./repository.js";

/** Who is making a request, as the rest of Dossier sees it (the visibility rules take it from here). */
export interface Principal {
  userId: string;
  username: string;
  role: Role;
  /** Present for partners: whose shares they may see. */
  partnerId?: string;
}

export interface SessionOptions {
  /** A session unused for this long ends. */
  idleMs: number;
  /** A session ends this long after login, however active. */
  absoluteMs: number;
  /** Last-seen times are written at most this often, so reading pages does not mean a write per request. */
  touchIntervalMs: number;
}

/**
 * A working day for an investigator, with a short idle limit because the material is sensitive
 * and laptops get left open in shared spaces.
 */
export const DEFAULT_SESSION: SessionOptions = {
  idleMs: 2 * 60 * 60 * 1000,
  absoluteMs: 12 * 60 * 60 * 1000,
  touchIntervalMs: 60 * 1000,
};

export const DEFAULT_SETUP_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

/** Receives every security event; the server appends them to the hash-chained audit log. */
export type AuditSink = (event: AuditEvent) => Promise<unknown> | unknown;

/** Everything the auth functions work with, built once by createAuthService. */
export interface AuthDeps {
  repo: AuthRepository;
  audit: AuditSink;
  now: () => Date;
  hasher: PasswordHasher;
  throttle: ThrottleOptions;
  session: SessionOptions;
  setupTokenTtlMs: number;
}

export interface AuthDepsOptions {
  repo: AuthRepository;
  audit: AuditSink;
  now?: () => Date;
  /** Stronger parameters are fine; weaker ones are for tests only. */
  passwordParams?: ScryptParams;
  throttle?: Partial<ThrottleOptions>;
  session?: Partial<SessionOptions>;
  setupTokenTtlMs?: number;
}

export function buildDeps(options: AuthDepsOptions): AuthDeps {
  return {
    repo: options.repo,
    audit: options.audit,
    now: options.now ?? (() => new Date()),
    hasher: createPasswordHasher(options.passwordParams),
    throttle: { ...DEFAULT_THROTTLE, ...options.throttle },
    session: { ...DEFAULT_SESSION, ...options.session },
    setupTokenTtlMs: options.setupTokenTtlMs ?? DEFAULT_SETUP_TOKEN_TTL_MS,
  };
}

export function toPrincipal(user: UserRecord): Principal {
  const principal: Principal = { userId: user.id, username: user.username, role: user.role };
  if (user.partnerId !== null) principal.partnerId = user.partnerId;
  return principal;
}

/** The actor name recorded before anyone is logged in. */
export const ANONYMOUS = "anonymous";
/** The actor name for what the server does on its own (printing the first-run setup link). */
export const SYSTEM = "system";
