import ipaddr from "ipaddr.js";
import type { AuthRepository } from "./repository.js";

/**
 * A sliding window over failed logins, counted per username and per client address, kept in the
 * repository so that every server process sees the same counts. While a key has `maxFailures`
 * failures in the last `windowMs` it is locked: no password is checked at all, and refused
 * attempts are not counted, so an attacker cannot extend a lockout indefinitely.
 *
 * A per-username lock lets anyone lock out a known user for one window; that is the accepted price
 * of stopping password guessing against one account from many addresses, and the window is short.
 */
export interface ThrottleOptions {
  maxFailures: number;
  windowMs: number;
}

export const DEFAULT_THROTTLE: ThrottleOptions = { maxFailures: 5, windowMs: 15 * 60 * 1000 };

export type ThrottleState = { locked: false } | { locked: true; retryAfterSeconds: number };

export function usernameKey(username: string): string {
  return `user:${username}`;
}

/**
 * The key for a client address. IPv6 goes by its /64, the block one subscriber is usually given,
 * so an attacker cannot get 2^64 fresh counters by rotating the interface id. IPv4-mapped IPv6
 * addresses count as the IPv4 address they carry.
 */
export function addressKey(address: string): string {
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    ip = ipaddr.process(address.replace(/%.*$/, ""));
  } catch {
    return `addr:${address}`;
  }
  if (ip.kind() === "ipv4") return `addr:${ip.toString()}`;
  const prefix = new ipaddr.IPv6([...(ip as ipaddr.IPv6).parts.slice(0, 4), 0, 0, 0, 0]);
  return `addr:${prefix.toString()}/64`;
}

/** When the key unlocks: once its oldest failure that still keeps the count at the limit leaves the window. */
async function keyState(
  repo: AuthRepository,
  key: string,
  now: Date,
  options: ThrottleOptions,
): Promise<ThrottleState> {
  // A failure exactly one window old has left it: count from one millisecond later.
  const failures = await repo.loginFailuresSince(key, new Date(now.getTime() - options.windowMs + 1));
  if (failures.length < options.maxFailures) return { locked: false };
  const pivot = failures[failures.length - options.maxFailures] ?? now;
  const unlockAt = pivot.getTime() + options.windowMs;
  return { locked: true, retryAfterSeconds: Math.max(1, Math.ceil((unlockAt - now.getTime()) / 1000)) };
}

/** Locked when any of the keys is; the wait is the longest among them. */
export async function throttleState(
  repo: AuthRepository,
  keys: readonly string[],
  now: Date,
  options: ThrottleOptions = DEFAULT_THROTTLE,
): Promise<ThrottleState> {
  let wait = 0;
  for (const key of keys) {
    const state = await keyState(repo, key, now, options);
    if (state.locked) wait = Math.max(wait, state.retryAfterSeconds);
  }
  return wait > 0 ? { locked: true, retryAfterSeconds: wait } : { locked: false };
}

export async function recordFailure(
  repo: AuthRepository,
  keys: readonly string[],
  now: Date,
  options: ThrottleOptions = DEFAULT_THROTTLE,
): Promise<void> {
  for (const key of keys) await repo.addLoginFailure({ key, at: now });
  // Failures older than the window no longer count; dropping them here keeps the table small without a timer.
  await repo.pruneLoginFailures(new Date(now.getTime() - options.windowMs));
}
