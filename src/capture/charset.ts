/**
 * Which character encoding a text is in, and decoding it. Pure functions; no I/O.
 *
 * Decoding uses the WHATWG `TextDecoder` built into Node (full ICU): it maps labels
 * ("cp1251", "latin1", "koi8-u", ...) exactly as browsers do, which is what a page's
 * author tested against, and needs no dependency.
 */
import { isUtf8 } from "node:buffer";
import { Refusal } from "./refusal.js";

export type EncodingSource = "bom" | "http" | "utf16-pattern" | "meta" | "default";

export interface DetectedEncoding {
  /** Canonical WHATWG name, e.g. "utf-8", "windows-1251", "utf-16le". */
  encoding: string;
  source: EncodingSource;
}

/** The canonical WHATWG name for a charset label, or null when browsers do not know it. */
export function canonicalEncoding(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

export function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** The charset parameter of a Content-Type value, e.g. "text/html; charset=KOI8-R" → "KOI8-R". */
export function charsetParam(contentType: string | null): string | null {
  const match = contentType?.match(/;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i);
  return match?.[1] ?? match?.[2] ?? null;
}

/** How far into an HTML document to look for a charset declaration. */
const META_SCAN_BYTES = 64 * 1024;

/**
 * The charset declared by `<meta charset>` or `<meta http-equiv="Content-Type">`.
 * Scans further than the 1024-byte browser prescan, because browsers also honour a
 * later declaration by re-parsing, and many pages put it after long head matter.
 */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, META_SCAN_BYTES))
    .toString("latin1")
    .replace(/<!--[\s\S]*?-->/g, "");
  for (const tag of head.matchAll(/<meta\b[^>]*>/gi)) {
    const found = tag[0].match(/charset\s*=\s*["']?\s*([\w.:-]+)/i);
    if (found?.[1]) return found[1];
  }
  return null;
}

/**
 * UTF-16 without a BOM, recognised by mostly-ASCII text whose every other byte is NUL.
 * Without this, such files would be refused as binary.
 */
export function utf16Pattern(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const pairs = Math.min(256, Math.floor(bytes.length / 2));
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNul++;
    if (bytes[2 * i + 1] === 0) oddNul++;
  }
  const mostly = (n: number) => n >= pairs * 0.6;
  const rarely = (n: number) => n <= pairs * 0.05;
  if (mostly(oddNul) && rarely(evenNul)) return "utf-16le";
  if (mostly(evenNul) && rarely(oddNul)) return "utf-16be";
  return null;
}

export interface DetectOptions {
  /** Look for `<meta charset>`: true for HTML, false for plain text. */
  html: boolean;
  /** The charset parameter of an HTTP Content-Type header, when fetched. */
  httpCharset: string | null;
}

/** BOM, then HTTP header, then a UTF-16 byte pattern, then `<meta>`, else UTF-8: the browser order. */
export function detectEncoding(bytes: Uint8Array, opts: DetectOptions): DetectedEncoding {
  const bom = bomEncoding(bytes);
  if (bom) return { encoding: bom, source: "bom" };
  const http = opts.httpCharset ? canonicalEncoding(opts.httpCharset) : null;
  if (http) return { encoding: http, source: "http" };
  const pattern = utf16Pattern(bytes);
  if (pattern) return { encoding: pattern, source: "utf16-pattern" };
  const declared = opts.html ? metaCharset(bytes) : null;
  const meta = declared ? canonicalEncoding(declared) : null;
  // A meta tag readable as ASCII cannot be UTF-16; browsers read such pages as UTF-8.
  if (meta && !meta.startsWith("utf-16")) return { encoding: meta, source: "meta" };
  return { encoding: "utf-8", source: "default" };
}

/** Byte offset of the first byte that is not part of valid UTF-8, or null when all is valid. */
export function invalidUtf8Offset(bytes: Uint8Array): number | null {
  if (isUtf8(bytes)) return null;
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  let offset = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const literalReplacement =
      bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
    if (cp === 0xfffd && !literalReplacement) return offset;
    offset += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return offset;
}

/** Decodes bytes, refusing invalid UTF-8; a BOM is dropped from the text. */
export function decodeBytes(bytes: Uint8Array, encoding: string): string {
  if (encoding === "utf-8") {
    const bad = invalidUtf8Offset(bytes);
    if (bad !== null) {
      const hex = (bytes[bad] ?? 0).toString(16).padStart(2, "0");
      throw new Refusal(`not valid UTF-8 text (byte 0x${hex} at offset ${bad})`);
    }
  }
  return new TextDecoder(encoding).decode(bytes);
}
