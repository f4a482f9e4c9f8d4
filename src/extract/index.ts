import type { Content } from "../capture/types.js";
import type { CaptureHints } from "../domain/capture.js";
import type { ExtractedDocument } from "../domain/document.js";
import { extractHtml } from "./html/index.js";
import { extractPlain } from "./plain.js";

export { ExtractError } from "./types.js";
export { EXTRACTOR_VERSION } from "./version.js";

/**
 * The main text and metadata of a captured item. Throws ExtractError, with a one-line
 * reason, when there is no article to extract.
 */
export function extract(content: Content, hints: CaptureHints): ExtractedDocument {
  return content.mediaType === "text/html"
    ? extractHtml(content.text, hints)
    : extractPlain(content.text, hints);
}
