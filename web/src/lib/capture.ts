import type { Origin } from "../../../src/domain/capture.js";

/** Where a capture came from, in words. */
export function originText(origin: Origin): string {
  switch (origin.kind) {
    case "file":
      return `file ${origin.path}`;
    case "jsonl":
      return `line ${origin.line} of ${origin.path}`;
    case "url":
      return `web page ${origin.url}`;
    case "stdin":
      return "standard input";
    case "upload":
      return `uploaded file ${origin.name}`;
    case "upload-jsonl":
      return `line ${origin.line} of uploaded file ${origin.name}`;
    default:
      return "unknown";
  }
}
