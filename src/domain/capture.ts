/** Where a captured item came from. */
export type Origin =
  | { kind: "file"; path: string }
  | { kind: "jsonl"; path: string; line: number }
  | { kind: "url"; url: string }
  | { kind: "stdin" }
  /** Sent through the API: the file name the uploader's browser gave. */
  | { kind: "upload"; name: string }
  | { kind: "upload-jsonl"; name: string; line: number };

/** Facts about a fetch, kept for chain of custody. */
export interface HttpFetchRecord {
  requestedUrl: string;
  finalUrl: string;
  status: number;
  headers: Record<string, string>;
  /** Every URL visited, in order, the last one being `finalUrl`. */
  redirects: string[];
  /** The address actually connected to, after DNS resolution. */
  remoteAddress: string | null;
}

/**
 * The preserved original: exactly the bytes that arrived, addressed by their SHA-256.
 * The bytes themselves live in the blob store, never modified.
 */
export interface Capture {
  sha256: string;
  size: number;
  /** Media type as sniffed/declared, e.g. "text/html", "text/plain", "application/json". */
  mediaType: string;
  /** Whether the original bytes were gzip-compressed (the blob holds them compressed). */
  encoding: "identity" | "gzip";
  origin: Origin;
  retrievedAt: string;
  http: HttpFetchRecord | null;
  capturedBy: string;
}

/** Metadata that arrived beside the content (JSON Lines fields, HTTP headers). */
export interface CaptureHints {
  url: string | null;
  publishedAt: string | null;
  outlet: string | null;
  title: string | null;
}
