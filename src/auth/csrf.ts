import { createHmac } from "node:crypto";
import { safeEqual } from "./secrets.js";

/** The header a browser client sends the CSRF token in; a cross-site form cannot set headers. */
export const CSRF_HEADER = "x-csrf-token";

const SAFE_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD", "OPTIONS"]);

export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/**
 * The synchronizer token of a session, derived from the session id (HMAC keyed by it) rather than
 * stored: it needs no column, changes whenever the session does, and cannot be computed without the
 * id, which lives only in an HttpOnly cookie.
 */
export function csrfTokenFor(sessionId: string): string {
  return createHmac("sha256", sessionId).update("dossier csrf v1").digest("base64url");
}

export function csrfTokenValid(sessionId: string, presented: string | undefined): boolean {
  return presented !== undefined && safeEqual(csrfTokenFor(sessionId), presented);
}

function originOf(value: string): string | null {
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

export interface OriginHeaders {
  origin?: string | undefined;
  secFetchSite?: string | undefined;
}

/**
 * Why the browser's own account of where a request comes from rules it out, or null when it does
 * not. Browsers set `Sec-Fetch-Site` and `Origin` on state-changing requests and pages cannot forge
 * them; when both are absent the client is not a current browser and the token check decides.
 * `same-site` is refused too: a sibling subdomain is a different, possibly less trusted, application.
 */
export function crossOriginReason(headers: OriginHeaders, allowedOrigins: readonly string[]): string | null {
  const site = headers.secFetchSite?.toLowerCase();
  if (site !== undefined && site !== "same-origin" && site !== "none") {
    return `the request came from another site (Sec-Fetch-Site: ${site})`;
  }
  if (headers.origin === undefined) return null;
  const origin = originOf(headers.origin);
  const allowed = allowedOrigins.map(originOf);
  if (origin === null || origin === "null" || !allowed.includes(origin)) {
    return `the request came from another origin (${headers.origin})`;
  }
  return null;
}
