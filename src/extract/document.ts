import type { CaptureHints } from "../domain/capture.js";
import type { ExtractedDocument, Range } from "../domain/document.js";
import { boilerplateKind } from "./boilerplate.js";
import { toIsoDate } from "./dates.js";
import { resolveLang } from "./lang.js";
import { ExtractError, type PageMetadata } from "./types.js";
import { hostName } from "./urls.js";
import { EXTRACTOR_VERSION } from "./version.js";

export const PARAGRAPH_SEPARATOR = "\n\n";

/** The paragraphs that are not boilerplate lines (ad markers, appeals, cookie notices, ...). */
export function dropBoilerplateLines(paragraphs: string[]): string[] {
  return paragraphs.filter((p) => boilerplateKind(p) === null);
}

/** Joins paragraphs with the separator and records where each one lies in the result. */
export function joinParagraphs(paragraphs: string[]): { text: string; paragraphs: Range[] } {
  const ranges: Range[] = [];
  let at = 0;
  for (const p of paragraphs) {
    ranges.push({ start: at, end: at + p.length });
    at += p.length + PARAGRAPH_SEPARATOR.length;
  }
  return { text: paragraphs.join(PARAGRAPH_SEPARATOR), paragraphs: ranges };
}

export interface DocumentParts {
  /** Trimmed, non-empty, without line breaks: one string per paragraph. */
  paragraphs: string[];
  /** What the content itself states; null fields are filled from hints. */
  meta: PageMetadata;
  hints: CaptureHints;
  /** The ExtractError message when no paragraph is left. */
  emptyReason: string;
}

/**
 * The document, with the content's own metadata first and the hints that came with the
 * capture (JSON Lines fields, HTTP) filling what the content does not state: a page's
 * own date and title are the evidence, a feed's are hearsay about it.
 */
export function buildDocument(parts: DocumentParts): ExtractedDocument {
  const { meta, hints } = parts;
  const { text, paragraphs } = joinParagraphs(parts.paragraphs);
  if (text === "") throw new ExtractError(parts.emptyReason);
  const url = meta.url ?? hints.url;
  const hinted = hints.publishedAt === null ? null : toIsoDate(hints.publishedAt);
  return {
    title: meta.title ?? hints.title,
    byline: meta.byline,
    publishedAt: meta.publishedAt ?? hinted,
    outlet: meta.outlet ?? hints.outlet ?? hostName(url),
    lang: resolveLang(meta.lang, text),
    url,
    text,
    paragraphs,
    extractor: EXTRACTOR_VERSION,
  };
}
