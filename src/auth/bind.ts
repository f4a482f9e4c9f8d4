import ipaddr from "ipaddr.js";

export interface BindOptions {
  /** The address `dossier serve` is asked to listen on. */
  host: string;
  /** Whether the server itself terminates TLS (certificate and key configured). */
  tls: boolean;
  /** The operator's explicit choice to serve plain HTTP beyond this machine (e.g. behind a TLS proxy). */
  allowInsecurePublic?: boolean | undefined;
}

export class UnsafeBindError extends Error {
  override name = "UnsafeBindError";
}

/**
 * Whether only this machine can reach `host`: "localhost", 127.0.0.0/8 and ::1 (also as an
 * IPv4-mapped address). The wildcards 0.0.0.0 and :: listen on every interface, and any other name
 * may resolve to anything, so they count as public.
 */
export function isLoopbackHost(host: string): boolean {
  const bare = host
    .trim()
    .replace(/^\[(.*)\]$/, "$1")
    .replace(/%.*$/, "");
  if (/^localhost\.?$/i.test(bare)) return true;
  if (!ipaddr.isValid(bare)) return false;
  return ipaddr.process(bare).range() === "loopback";
}

/**
 * Refuses to serve logins and evidence in clear text beyond this machine: passwords, session
 * cookies and sensitive material would cross the network readable by anyone on the path.
 * Returns a warning to print when the operator overrode the refusal.
 */
export function assertSafeBind(options: BindOptions): { warning: string | null } {
  if (options.tls || isLoopbackHost(options.host)) return { warning: null };
  if (options.allowInsecurePublic === true) {
    return {
      warning:
        `serving plain HTTP on ${options.host}, reachable beyond this machine: ` +
        "make sure a TLS proxy is the only way in, or passwords and session cookies travel readable",
    };
  }
  throw new UnsafeBindError(
    `refusing to listen on ${options.host} without TLS: logins and evidence would cross the network unencrypted. ` +
      "Listen on 127.0.0.1 (the default), configure a TLS certificate and key, or, if a TLS proxy sits in front, " +
      "pass --allow-insecure-public.",
  );
}
