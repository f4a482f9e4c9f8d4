import { parseCookie, stringifySetCookie } from "cookie";

/**
 * Over TLS the cookie takes the `__Host-` prefix, which browsers accept only with Secure, Path=/
 * and no Domain: a neighbouring subdomain can then neither set nor overwrite it.
 */
export function sessionCookieName(secure: boolean): string {
  return secure ? "__Host-dossier-session" : "dossier-session";
}

/** The session id from a Cookie header, if any. */
export function readSessionCookie(header: string | undefined, secure: boolean): string | undefined {
  if (header === undefined) return undefined;
  const value = parseCookie(header)[sessionCookieName(secure)];
  return value === undefined || value === "" ? undefined : value;
}

/**
 * SameSite=Strict: the web app is a single-page app whose API calls are same-site, so Strict
 * costs nothing there and keeps the cookie off every request another site starts, including
 * top-level navigations (which Lax would let through).
 */
export function sessionCookie(options: { id: string; expiresAt: Date; now: Date; secure: boolean }): string {
  return stringifySetCookie({
    name: sessionCookieName(options.secure),
    value: options.id,
    httpOnly: true,
    secure: options.secure,
    sameSite: "strict",
    path: "/",
    maxAge: Math.max(0, Math.floor((options.expiresAt.getTime() - options.now.getTime()) / 1000)),
  });
}

/** Tells the browser to drop the cookie (after logout, or when it names a session that has ended). */
export function clearedSessionCookie(secure: boolean): string {
  return stringifySetCookie({
    name: sessionCookieName(secure),
    value: "",
    httpOnly: true,
    secure,
    sameSite: "strict",
    path: "/",
    maxAge: 0,
  });
}
