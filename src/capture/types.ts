import type { Capture, CaptureHints } from "../domain/capture.js";

/** The decoded content of a captured item, ready for extraction. */
export interface Content {
  mediaType: "text/html" | "text/plain";
  text: string;
}

/** One item that arrived: the bytes to preserve, what they decode to, and side metadata. */
export interface CapturedItem {
  /** How to name the input in messages: a path, "path:line", a URL, or "-" for stdin. */
  label: string;
  /** `capture.sha256` is the SHA-256 of `original`. */
  capture: Capture;
  /** Exactly the bytes that arrived (still gzip-compressed if they came so). */
  original: Buffer;
  content: Content;
  hints: CaptureHints;
}

/** An input that could not be captured, with a one-line reason. */
export interface CaptureFailure {
  label: string;
  reason: string;
}

export type CaptureResult = { ok: true; item: CapturedItem } | { ok: false; failure: CaptureFailure };

/** A problem with one input; the message is one line and names no other input. */
export class InputError extends Error {
  override name = "InputError";
  constructor(
    readonly label: string,
    readonly reason: string,
  ) {
    super(`${label}: ${reason}`);
  }
}
