import { createHash } from "node:crypto";
import { basename } from "node:path";
import type { Config } from "../config.js";
import type { Capture, CaptureHints, HttpFetchRecord, Origin } from "../domain/capture.js";
import { charsetParam } from "./charset.js";
import { decodeContent, mediaTypeFromName } from "./content.js";
import { type FetchFn, fetchUrl } from "./fetch.js";
import { dateFromFileName } from "./file-date.js";
import type { AddressPolicy } from "./guard.js";
import { gunzipCapped } from "./gzip.js";
import { parseLine, splitLines } from "./jsonl.js";
import { isJsonlName, type PlannedInput } from "./plan.js";
import { readCapped, readFileCapped } from "./read.js";
import { Refusal, reasonOf } from "./refusal.js";
import type { Resolver } from "./request.js";
import { isGzip } from "./sniff.js";
import type { CapturedItem, CaptureResult, Content } from "./types.js";

export interface CaptureOptions {
  config: Pick<Config, "maxInputBytes" | "fetch">;
  /** Recorded as `capture.capturedBy`. */
  actor: string;
  /** Read when an input is "-". */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** The clock for `retrievedAt`; tests pin it. */
  now?: () => Date;
  /** Replaces the HTTP client (tests, or a future archiving proxy). */
  fetch?: FetchFn;
  /** Replaces DNS resolution for the default HTTP client. */
  resolve?: Resolver;
  /** Replaces the default public-unicast-only address check (when `allowPrivate` is off). */
  addressPolicy?: AddressPolicy;
  connectTimeoutMs?: number;
}

const NO_HINTS: CaptureHints = { url: null, publishedAt: null, outlet: null, title: null };

interface ItemParts {
  label: string;
  original: Buffer;
  content: Content;
  encoding: Capture["encoding"];
  origin: Origin;
  /** Defaults to the content's media type. */
  mediaType?: string;
  http?: HttpFetchRecord;
  hints?: CaptureHints;
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function makeItem(parts: ItemParts, opts: CaptureOptions): CapturedItem {
  const { label, original, content } = parts;
  const capture: Capture = {
    sha256: sha256(original),
    size: original.length,
    mediaType: parts.mediaType ?? content.mediaType,
    encoding: parts.encoding,
    origin: parts.origin,
    retrievedAt: (opts.now?.() ?? new Date()).toISOString(),
    http: parts.http ?? null,
    capturedBy: opts.actor,
  };
  return { label, capture, original, content, hints: parts.hints ?? NO_HINTS };
}

/** Undoes gzip when the bytes are gzip, whatever the name; a ".gz" name that is not gzip is refused. */
async function unpack(original: Buffer, opts: { gzName: boolean; maxBytes: number }) {
  if (isGzip(original)) {
    return { bytes: await gunzipCapped(original, opts.maxBytes), encoding: "gzip" as const };
  }
  if (opts.gzName) throw new Refusal("not a gzip stream (no gzip header), though the name ends in .gz");
  return { bytes: original, encoding: "identity" as const };
}

async function readNonEmptyFile(path: string, maxBytes: number): Promise<Buffer> {
  const original = await readFileCapped(path, maxBytes);
  if (original.length === 0) throw new Refusal("empty file");
  return original;
}

/** A file's bytes, from disk or an upload: gzip undone, decoded, preserved as they came. */
async function captureBytes(
  original: Buffer,
  name: string,
  parts: { label: string; origin: Origin },
  opts: CaptureOptions,
): Promise<CapturedItem> {
  const maxBytes = opts.config.maxInputBytes;
  if (original.length === 0) throw new Refusal("empty file");
  const { bytes, encoding } = await unpack(original, { gzName: /\.gz$/i.test(name), maxBytes });
  const content = decodeContent(bytes, { mediaType: mediaTypeFromName(basename(name)), httpCharset: null });
  const hints = { ...NO_HINTS, publishedAt: dateFromFileName(basename(name)) };
  return makeItem({ ...parts, original, content, encoding, hints }, opts);
}

async function captureFile(
  unit: { label: string; path: string },
  opts: CaptureOptions,
): Promise<CapturedItem> {
  const original = await readNonEmptyFile(unit.path, opts.config.maxInputBytes);
  return captureBytes(
    original,
    unit.path,
    { label: unit.label, origin: { kind: "file", path: unit.path } },
    opts,
  );
}

async function captureStdin(opts: CaptureOptions): Promise<CapturedItem> {
  if (!opts.stdin) throw new Refusal("no standard input available");
  const maxBytes = opts.config.maxInputBytes;
  const original = await readCapped(opts.stdin, { maxBytes, what: "standard input", limit: "maxInputBytes" });
  if (original.length === 0) throw new Refusal("empty input");
  const { bytes, encoding } = await unpack(original, { gzName: false, maxBytes });
  const content = decodeContent(bytes, { mediaType: null, httpCharset: null });
  return makeItem({ label: "-", original, content, encoding, origin: { kind: "stdin" } }, opts);
}

function mediaTypeFromHeader(contentType: string | null): Content["mediaType"] | null {
  const essence = contentType?.split(";")[0]?.trim().toLowerCase();
  if (essence === "text/html" || essence === "application/xhtml+xml") return "text/html";
  if (essence === "text/plain") return "text/plain";
  return null;
}

async function captureUrl(unit: { label: string; url: string }, opts: CaptureOptions): Promise<CapturedItem> {
  const fetch = opts.fetch ?? fetchUrl;
  const { body, contentType, record } = await fetch(unit.url, {
    ...opts.config.fetch,
    ...(opts.resolve && { resolve: opts.resolve }),
    ...(opts.addressPolicy && { addressPolicy: opts.addressPolicy }),
    ...(opts.connectTimeoutMs && { connectTimeoutMs: opts.connectTimeoutMs }),
  });
  if (body.length === 0) throw new Refusal(`empty response body (HTTP ${record.status})`);
  const { bytes, encoding } = await unpack(body, { gzName: false, maxBytes: opts.config.maxInputBytes });
  const content = decodeContent(bytes, {
    mediaType: mediaTypeFromHeader(contentType),
    httpCharset: charsetParam(contentType),
  });
  return makeItem(
    {
      label: unit.label,
      original: body,
      content,
      encoding,
      origin: { kind: "url", url: record.requestedUrl },
      http: record,
      hints: { ...NO_HINTS, url: record.finalUrl },
    },
    opts,
  );
}

/** One result per non-blank line; a file-level problem is one failure labelled with the file. */
async function* captureJsonl(
  unit: { label: string; name: string; read: () => Promise<Buffer> },
  origin: (line: number) => Origin,
  opts: CaptureOptions,
): AsyncGenerator<CaptureResult> {
  const maxBytes = opts.config.maxInputBytes;
  let lines: ReturnType<typeof splitLines>;
  try {
    const original = await unit.read();
    if (original.length === 0) throw new Refusal("empty file");
    const { bytes } = await unpack(original, { gzName: /\.gz$/i.test(unit.name), maxBytes });
    lines = splitLines(bytes);
    if (lines.length === 0) throw new Refusal("no records (only blank lines)");
  } catch (error) {
    yield { ok: false, failure: { label: unit.label, reason: reasonOf(error) } };
    return;
  }
  for (const line of lines) {
    const label = `${unit.label}:${line.number}`;
    let result: CaptureResult;
    try {
      const { content, hints } = parseLine(line.bytes);
      const item = makeItem(
        {
          label,
          // A copy, so that each kept original does not pin the whole file's buffer.
          original: Buffer.from(line.bytes),
          content,
          encoding: "identity",
          origin: origin(line.number),
          mediaType: "application/json",
          hints,
        },
        opts,
      );
      result = { ok: true, item };
    } catch (error) {
      result = { ok: false, failure: { label, reason: reasonOf(error) } };
    }
    yield result;
  }
}

type SingleUnit = Extract<PlannedInput, { kind: "file" | "url" | "stdin" | "upload" }>;

function captureOne(unit: SingleUnit, opts: CaptureOptions): Promise<CapturedItem> {
  switch (unit.kind) {
    case "file":
      return captureFile(unit, opts);
    case "url":
      return captureUrl(unit, opts);
    case "stdin":
      return captureStdin(opts);
    case "upload":
      return captureBytes(
        unit.bytes,
        unit.name,
        { label: unit.label, origin: { kind: "upload", name: unit.name } },
        opts,
      );
  }
}

/**
 * Captures one planned unit: one result, or one per line for JSON Lines. Never throws for
 * a bad input; its failure is a result.
 */
export async function* captureInput(unit: PlannedInput, opts: CaptureOptions): AsyncGenerator<CaptureResult> {
  if (unit.kind === "jsonl") {
    const read = () => readNonEmptyFile(unit.path, opts.config.maxInputBytes);
    yield* captureJsonl(
      { label: unit.label, name: unit.path, read },
      (line) => ({ kind: "jsonl", path: unit.path, line }),
      opts,
    );
    return;
  }
  if (unit.kind === "upload" && isJsonlName(unit.name)) {
    const read = async () => unit.bytes;
    const origin = (line: number): Origin => ({ kind: "upload-jsonl", name: unit.name, line });
    yield* captureJsonl({ label: unit.label, name: unit.name, read }, origin, opts);
    return;
  }
  if (unit.kind === "invalid") {
    yield { ok: false, failure: { label: unit.label, reason: unit.reason } };
    return;
  }
  let result: CaptureResult;
  try {
    result = { ok: true, item: await captureOne(unit, opts) };
  } catch (error) {
    result = { ok: false, failure: { label: unit.label, reason: reasonOf(error) } };
  }
  yield result;
}

/** Captures every planned unit in order, one result per item, going on past failures. */
export async function* captureInputs(
  planned: Iterable<PlannedInput>,
  opts: CaptureOptions,
): AsyncGenerator<CaptureResult> {
  for (const unit of planned) yield* captureInput(unit, opts);
}
