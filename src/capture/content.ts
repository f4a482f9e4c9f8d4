import { decodeBytes, detectEncoding } from "./charset.js";
import { Refusal } from "./refusal.js";
import { binaryReason, looksLikeHtml } from "./sniff.js";
import type { Content } from "./types.js";

export interface DecodeOptions {
  /** What the file extension or Content-Type says; null to decide from the content. */
  mediaType: Content["mediaType"] | null;
  /** The charset parameter of an HTTP Content-Type header, when fetched. */
  httpCharset: string | null;
}

/**
 * Turns the (already decompressed) bytes of one input into text, refusing binary
 * content and undecodable text with a specific reason.
 */
export function decodeContent(bytes: Uint8Array, opts: DecodeOptions): Content {
  if (bytes.length === 0) throw new Refusal("no content (0 bytes)");
  const { encoding } = detectEncoding(bytes, {
    html: opts.mediaType !== "text/plain",
    httpCharset: opts.httpCharset,
  });
  const binary = binaryReason(bytes, { utf16: encoding.startsWith("utf-16") });
  if (binary) throw new Refusal(binary);
  const text = decodeBytes(bytes, encoding);
  if (text.trim() === "") throw new Refusal("no text (only whitespace)");
  return { mediaType: opts.mediaType ?? (looksLikeHtml(text) ? "text/html" : "text/plain"), text };
}

/** The media type a file name promises, or null to sniff. A trailing ".gz" is looked through. */
export function mediaTypeFromName(name: string): Content["mediaType"] | null {
  const inner = name.toLowerCase().replace(/\.gz$/, "");
  if (/\.(?:html?|xhtml)$/.test(inner)) return "text/html";
  if (/\.(?:txt|md|markdown)$/.test(inner)) return "text/plain";
  return null;
}
