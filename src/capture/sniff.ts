/**
 * Content sniffing on raw bytes: what kind of file this is when it is not text, and
 * whether text looks like HTML. Pure functions; no I/O.
 */

interface Magic {
  /** Byte offset where the signature starts. */
  at: number;
  bytes: number[];
  name: string;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

/**
 * Signatures distinctive enough that text never starts with them. Weak ones ("MZ", "BM")
 * are left out: the control-character check catches those files without false alarms.
 */
const MAGICS: Magic[] = [
  { at: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], name: "PNG image" },
  { at: 0, bytes: [0xff, 0xd8, 0xff], name: "JPEG image" },
  { at: 0, bytes: ascii("GIF87a"), name: "GIF image" },
  { at: 0, bytes: ascii("GIF89a"), name: "GIF image" },
  { at: 8, bytes: ascii("WEBP"), name: "WebP image" },
  { at: 0, bytes: [0x49, 0x49, 0x2a, 0x00], name: "TIFF image" },
  { at: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a], name: "TIFF image" },
  { at: 4, bytes: ascii("ftyp"), name: "MP4/QuickTime media" },
  { at: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3], name: "Matroska/WebM video" },
  { at: 8, bytes: ascii("WAVE"), name: "WAV audio" },
  { at: 8, bytes: ascii("AVI "), name: "AVI video" },
  { at: 0, bytes: ascii("OggS"), name: "Ogg media" },
  { at: 0, bytes: ascii("fLaC"), name: "FLAC audio" },
  { at: 0, bytes: ascii("%PDF-"), name: "PDF document" },
  {
    at: 0,
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    name: "legacy Microsoft Office document",
  },
  { at: 0, bytes: [0x50, 0x4b, 0x03, 0x04], name: "ZIP archive (or DOCX/XLSX/ODT/EPUB)" },
  { at: 0, bytes: [0x50, 0x4b, 0x05, 0x06], name: "ZIP archive" },
  { at: 0, bytes: [0x1f, 0x8b], name: "gzip archive" },
  { at: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], name: "7-Zip archive" },
  { at: 0, bytes: ascii("Rar!\x1a\x07"), name: "RAR archive" },
  { at: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], name: "XZ archive" },
  { at: 4, bytes: ascii("1AY&SY"), name: "bzip2 archive" },
  { at: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd], name: "Zstandard archive" },
  { at: 0, bytes: ascii("SQLite format 3\0"), name: "SQLite database" },
  { at: 0, bytes: [0x7f, 0x45, 0x4c, 0x46], name: "ELF executable" },
  { at: 0, bytes: [0xcf, 0xfa, 0xed, 0xfe], name: "Mach-O executable" },
  { at: 0, bytes: [0x00, 0x61, 0x73, 0x6d], name: "WebAssembly module" },
  { at: 0, bytes: ascii("wOFF"), name: "WOFF font" },
  { at: 0, bytes: ascii("wOF2"), name: "WOFF2 font" },
];

function startsWithAt(bytes: Uint8Array, magic: Magic): boolean {
  if (bytes.length < magic.at + magic.bytes.length) return false;
  return magic.bytes.every((b, i) => bytes[magic.at + i] === b);
}

/** The name of a known binary format the bytes start with, or null. */
export function binaryFormat(bytes: Uint8Array): string | null {
  return MAGICS.find((m) => startsWithAt(bytes, m))?.name ?? null;
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** How many leading bytes the control-character check looks at. */
export const SNIFF_WINDOW = 8192;

/** Above this share of C0 control bytes, a file is not text in any encoding we read. */
const MAX_CONTROL_SHARE = 0.1;

function isControlByte(b: number): boolean {
  // Tab, LF, VT, FF, CR and ESC (ANSI colour in logs) occur in real text.
  if (b === 0x09 || b === 0x0a || b === 0x0b || b === 0x0c || b === 0x0d || b === 0x1b) return false;
  return b < 0x20 || b === 0x7f;
}

/**
 * Why these bytes are binary rather than text, or null when they may be text.
 * In UTF-16 every other byte of ASCII is NUL, so only signatures are checked there.
 */
export function binaryReason(bytes: Uint8Array, opts: { utf16: boolean }): string | null {
  const format = binaryFormat(bytes);
  if (format === "PDF document") return "binary content (looks like PDF document; PDF is not supported yet)";
  if (format) return `binary content (looks like ${format})`;
  if (opts.utf16) return null;
  const window = bytes.subarray(0, SNIFF_WINDOW);
  if (window.includes(0)) return "binary content (contains NUL bytes)";
  let controls = 0;
  for (const b of window) if (isControlByte(b)) controls++;
  if (controls > window.length * MAX_CONTROL_SHARE) {
    const pct = Math.round((100 * controls) / window.length);
    return `binary content (${pct}% control characters in the first ${window.length} bytes)`;
  }
  return null;
}

/**
 * Tags that open an HTML document, from the WHATWG MIME sniffing standard ("text/html"
 * patterns), matched case-insensitively after leading whitespace and followed by a space or ">".
 */
const HTML_START =
  /^[\t\n\f\r ]*<(?:!doctype html|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p|!--)[\t\n\f\r >]/i;

/** Whether the start of a text looks like HTML. */
export function looksLikeHtml(text: string): boolean {
  const head = text.replace(/^\uFEFF/, "").slice(0, 1024);
  if (HTML_START.test(head)) return true;
  // An XML prolog then an XHTML root is HTML too; other XML is not.
  return /^\s*<\?xml[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype html|html)[\s>]/i.test(head);
}
