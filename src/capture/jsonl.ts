/**
 * JSON Lines exports (one report a line: `{url?, html? | text?, publishedAt?, outlet?, title?}`).
 * Pure functions; no I/O.
 */
import { z } from "zod";
import type { CaptureHints } from "../domain/capture.js";
import { decodeBytes } from "./charset.js";
import { Refusal } from "./refusal.js";
import type { Content } from "./types.js";

export interface Line {
  /** 1-based, counting blank lines, as an editor shows it. */
  number: number;
  /** The line's bytes without its terminator (LF or CRLF). */
  bytes: Buffer;
}

/** The non-blank lines of a JSON Lines file. */
export function splitLines(buf: Buffer): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let number = 1; start < buf.length; number++) {
    const newline = buf.indexOf(0x0a, start);
    const end = newline === -1 ? buf.length : newline;
    const bytes = buf.subarray(start, end > start && buf[end - 1] === 0x0d ? end - 1 : end);
    if (bytes.toString("latin1").trim() !== "") lines.push({ number, bytes });
    start = end + 1;
  }
  return lines;
}

const optionalText = z.string().nullish();

const JsonlRecord = z
  .object({
    url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).nullish(),
    html: z.string().optional(),
    text: z.string().optional(),
    publishedAt: optionalText.refine((v) => v == null || !Number.isNaN(Date.parse(v)), {
      error: "is not a date",
    }),
    outlet: optionalText,
    title: optionalText,
  })
  .refine((r) => (r.html === undefined) !== (r.text === undefined), {
    error: 'needs exactly one of "html" or "text"',
  });

export interface JsonlItem {
  content: Content;
  hints: CaptureHints;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => (i.path.length > 0 ? `${i.path.join(".")}: ${i.message}` : i.message))
    .join("; ");
}

/** Parses one line into content and hints; a broken line is refused with the reason. */
export function parseLine(bytes: Buffer): JsonlItem {
  const json = decodeBytes(bytes, "utf-8");
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new Refusal(`invalid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Refusal(`expected a JSON object, got ${Array.isArray(value) ? "an array" : typeof value}`);
  }
  const parsed = JsonlRecord.safeParse(value);
  if (!parsed.success) throw new Refusal(describeIssues(parsed.error));
  const record = parsed.data;
  const field = record.html === undefined ? "text" : "html";
  const text = (record.html ?? record.text ?? "").replace(/^\uFEFF/, "");
  if (text.trim() === "") throw new Refusal(`empty "${field}" field`);
  return {
    content: { mediaType: field === "html" ? "text/html" : "text/plain", text },
    hints: {
      url: record.url ?? null,
      publishedAt: record.publishedAt ?? null,
      outlet: record.outlet ?? null,
      title: record.title ?? null,
    },
  };
}
