/**
 * Guarded URL fetching for evidence capture.
 *
 * Decisions:
 * - The preserved body is the one a browser would render: Content-Encoding (gzip,
 *   deflate, br) is undone and the header kept in the record, so the stored bytes are
 *   what the page said, while the record still tells how it travelled. The wire form is
 *   not reproducible anyway (servers recompress at will).
 * - Redirects are followed by hand so that every hop's URL and address are checked.
 * - URLs with credentials are refused (see plan.ts), here too for redirect targets.
 */
import { STATUS_CODES } from "node:http";
import { promisify } from "node:util";
import { brotliDecompress, gunzip, inflate, inflateRaw } from "node:zlib";
import type { HttpFetchRecord } from "../domain/capture.js";
import { type AddressPolicy, publicOnly } from "./guard.js";
import { readCapped } from "./read.js";
import { Refusal } from "./refusal.js";
import { type Resolver, request, systemResolver } from "./request.js";

export interface FetchOptions {
  timeoutMs: number;
  maxRedirects: number;
  maxBytes: number;
  allowPrivate: boolean;
  userAgent: string;
  /** Defaults to the lesser of `timeoutMs` and 10 s. */
  connectTimeoutMs?: number;
  resolve?: Resolver;
  /** Which addresses may be connected to when `allowPrivate` is off; defaults to public unicast only. */
  addressPolicy?: AddressPolicy;
}

export interface Fetched {
  /** The body with Content-Encoding undone. */
  body: Buffer;
  contentType: string | null;
  record: HttpFetchRecord;
}

export type FetchFn = (url: string, opts: FetchOptions) => Promise<Fetched>;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

type Decoder = (buf: Buffer, opts: { maxOutputLength: number }) => Promise<Buffer>;

/** A zlib stream starts with CMF 0x?8 and a check so that CMF*256+FLG is a multiple of 31. */
const isZlibWrapped = (b: Buffer): boolean =>
  ((b[0] ?? 0) & 0x0f) === 8 && (((b[0] ?? 0) << 8) | (b[1] ?? 0)) % 31 === 0;

const inflateAsync = promisify(inflate) as Decoder;
const inflateRawAsync = promisify(inflateRaw) as Decoder;
const DECODERS: Record<string, Decoder> = {
  gzip: promisify(gunzip) as Decoder,
  "x-gzip": promisify(gunzip) as Decoder,
  // Servers send both zlib-wrapped and raw deflate under this name; browsers accept both.
  deflate: (buf, opts) => (isZlibWrapped(buf) ? inflateAsync(buf, opts) : inflateRawAsync(buf, opts)),
  br: promisify(brotliDecompress) as Decoder,
};

async function undoContentEncoding(
  body: Buffer,
  header: string | undefined,
  maxBytes: number,
): Promise<Buffer> {
  const codings = (header ?? "")
    .split(",")
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== "" && c !== "identity");
  let out = body;
  for (const coding of codings.reverse()) {
    const decode = DECODERS[coding];
    if (!decode) throw new Refusal(`unsupported Content-Encoding "${coding}"`);
    try {
      out = await decode(out, { maxOutputLength: maxBytes });
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      if (code === "ERR_BUFFER_TOO_LARGE") {
        throw new Refusal(`decoded response body is more than ${maxBytes} bytes, the limit (fetch.maxBytes)`);
      }
      if (code === "Z_BUF_ERROR") throw new Refusal(`truncated ${coding} response body`);
      throw new Refusal(`cannot decode ${coding} response body (${message})`);
    }
  }
  return out;
}

function flattenHeaders(headers: NodeJS.Dict<string | string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

function checkTarget(url: URL): void {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Refusal(`redirect to unsupported URL scheme "${url.protocol}" (${url.href})`);
  }
  if (url.username || url.password) throw new Refusal("redirect to a URL with credentials; refusing");
}

function nextUrl(location: string | undefined, current: URL, status: number): URL {
  if (!location) throw new Refusal(`HTTP ${status} redirect without a Location header`);
  try {
    return new URL(location, current);
  } catch {
    throw new Refusal(`HTTP ${status} redirect to an invalid URL "${location}"`);
  }
}

const TLS_CODE = /^(?:ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH)/;

/** A one-line reason for a network error. */
function networkReason(error: unknown, url: URL): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `cannot resolve host ${url.hostname}`;
  if (code === "ECONNREFUSED") return `connection refused by ${url.host}`;
  if (code === "ECONNRESET") return `connection to ${url.host} closed before the response was complete`;
  if (code === "EHOSTUNREACH" || code === "ENETUNREACH") return `host ${url.host} is unreachable`;
  if (code && TLS_CODE.test(code)) return `TLS error with ${url.host}: ${message}`;
  if (code?.startsWith("HPE_")) return `malformed HTTP response from ${url.host} (${code})`;
  return `fetch failed: ${message.split("\n")[0]}`;
}

/**
 * Fetches a URL with GET, refusing private addresses (unless allowed), too many
 * redirects, bodies over `maxBytes` and non-2xx statuses. Throws `Refusal` only.
 */
export const fetchUrl: FetchFn = async (requestedUrl, opts) => {
  let first: URL;
  try {
    first = new URL(requestedUrl);
  } catch {
    throw new Refusal("not a valid URL");
  }
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), opts.timeoutMs);
  // The hop being fetched, so that a network error names the host it came from.
  const hop = { url: first };
  try {
    return await follow(hop, opts, deadline.signal);
  } catch (error) {
    if (deadline.signal.aborted) throw new Refusal(`timed out after ${opts.timeoutMs} ms`);
    throw error instanceof Refusal ? error : new Refusal(networkReason(error, hop.url));
  } finally {
    clearTimeout(timer);
  }
};

async function follow(hop: { url: URL }, opts: FetchOptions, signal: AbortSignal): Promise<Fetched> {
  const requestedUrl = hop.url.href;
  const ctx = {
    resolve: opts.resolve ?? systemResolver,
    policy: opts.allowPrivate ? null : (opts.addressPolicy ?? publicOnly),
    connectTimeoutMs: opts.connectTimeoutMs ?? Math.min(opts.timeoutMs, 10_000),
    signal,
    headers: {
      "user-agent": opts.userAgent,
      accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.8",
      "accept-encoding": "gzip, deflate, br",
    },
  };
  const visited: string[] = [];
  for (;;) {
    const url = hop.url;
    checkTarget(url);
    visited.push(url.href);
    const { message, remoteAddress } = await request(url, ctx);
    const status = message.statusCode ?? 0;
    if (REDIRECTS.has(status)) {
      message.destroy();
      if (visited.length > opts.maxRedirects)
        throw new Refusal(`too many redirects (more than ${opts.maxRedirects})`);
      hop.url = nextUrl(message.headers.location, url, status);
      continue;
    }
    if (status < 200 || status > 299) {
      message.destroy();
      throw new Refusal(`HTTP ${status} ${message.statusMessage || STATUS_CODES[status] || ""}`.trim());
    }
    const declared = Number(message.headers["content-length"]);
    if (declared > opts.maxBytes) {
      message.destroy();
      throw new Refusal(
        `response is ${declared} bytes (Content-Length), more than the limit of ${opts.maxBytes} (fetch.maxBytes)`,
      );
    }
    const wire = await readCapped(message, {
      maxBytes: opts.maxBytes,
      what: "response body",
      limit: "fetch.maxBytes",
    }).finally(() => message.destroy());
    const body = await undoContentEncoding(wire, message.headers["content-encoding"], opts.maxBytes);
    const headers = flattenHeaders(message.headers);
    return {
      body,
      contentType: headers["content-type"] ?? null,
      record: { requestedUrl, finalUrl: url.href, status, headers, redirects: visited, remoteAddress },
    };
  }
}
