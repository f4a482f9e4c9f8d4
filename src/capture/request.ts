/**
 * One guarded HTTP GET: the address is checked after DNS resolution, inside the socket's
 * own lookup, so that what was checked is what gets connected to (no DNS-rebinding gap).
 */
import { lookup as dnsLookup } from "node:dns/promises";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import type { AddressPolicy } from "./guard.js";
import { Refusal } from "./refusal.js";

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolves a host name to every address it has; injectable so tests never use real DNS. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

export interface RequestContext {
  resolve: Resolver;
  /** Null when private addresses are allowed. */
  policy: AddressPolicy | null;
  headers: Record<string, string>;
  connectTimeoutMs: number;
  /** Aborts the request when the overall deadline passes. */
  signal: AbortSignal;
}

export interface Response {
  message: IncomingMessage;
  remoteAddress: string | null;
}

const refusalSuffix = "; refusing to fetch (allowPrivate is off)";

/**
 * A `lookup` for the socket that refuses the whole host when any of its addresses is
 * refused, so that a round-robin answer cannot slip a private address in.
 */
function guardedLookup(resolve: Resolver, policy: AddressPolicy | null): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (all) => {
        const family = options.family === "IPv4" ? 4 : options.family === "IPv6" ? 6 : options.family;
        const addresses = family ? all.filter((a) => a.family === family) : all;
        const first = addresses[0];
        if (!first) {
          const error: NodeJS.ErrnoException = new Error(`no address for ${hostname}`);
          error.code = "ENOTFOUND";
          callback(error, "", 0);
          return;
        }
        for (const { address } of addresses) {
          const refused = policy?.(address);
          if (refused) {
            callback(new Refusal(`${hostname} resolves to ${address}, ${refused}${refusalSuffix}`), "", 0);
            return;
          }
        }
        if (options.all) callback(null, addresses);
        else callback(null, first.address, first.family);
      },
      (error: Error) => callback(error, "", 0),
    );
  };
}

/** Sends one GET and resolves with the response head; the body is left to the caller. */
export function request(url: URL, ctx: RequestContext): Promise<Response> {
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  // Node connects to IP literals without calling `lookup`, so they are checked here.
  const literalRefused = isIP(host) ? ctx.policy?.(host) : null;
  if (literalRefused) return Promise.reject(new Refusal(`${host} is ${literalRefused}${refusalSuffix}`));
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, {
      method: "GET",
      headers: ctx.headers,
      // A fresh connection per request: a pooled socket would skip the lookup check.
      agent: false,
      lookup: guardedLookup(ctx.resolve, ctx.policy),
      signal: ctx.signal,
    });
    req.once("socket", (socket) => {
      const timer = setTimeout(() => {
        req.destroy(new Refusal(`could not connect to ${url.host} within ${ctx.connectTimeoutMs} ms`));
      }, ctx.connectTimeoutMs);
      socket.once("connect", () => {
        clearTimeout(timer);
        // Defence in depth: whatever path led here, never talk to a refused address.
        const remote = socket.remoteAddress;
        const refused = remote ? ctx.policy?.(remote) : null;
        if (refused)
          req.destroy(new Refusal(`${url.host} connected to ${remote}, ${refused}${refusalSuffix}`));
      });
      socket.once("close", () => clearTimeout(timer));
    });
    req.once("response", (message) =>
      resolve({ message, remoteAddress: message.socket.remoteAddress ?? null }),
    );
    req.once("error", reject);
    req.end();
  });
}
