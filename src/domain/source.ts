import type { Capture } from "./capture.js";
import type { ExtractedDocument } from "./document.js";

/**
 * A captured report and its extracted working copy. The id is derived from the capture's
 * SHA-256 so that it is stable across machines and bundles.
 */
export interface Source extends ExtractedDocument {
  id: string;
  sha256: string;
  capture: Capture;
  ingestedAt: string;
}

export const SOURCE_ID_LENGTH = 12;

export function sourceIdFor(sha256: string): string {
  return sha256.slice(0, SOURCE_ID_LENGTH);
}
