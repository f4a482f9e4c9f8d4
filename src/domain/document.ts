/** A paragraph of the extracted text, as offsets into it (end exclusive). */
export interface Range {
  start: number;
  end: number;
}

/**
 * What extraction makes of a capture: the main text and its metadata. The text is the
 * working copy every mention's span points into; the original stays in the capture.
 */
export interface ExtractedDocument {
  title: string | null;
  byline: string | null;
  /** ISO 8601 date or date-time, as precise as the page states it. */
  publishedAt: string | null;
  /** Site or outlet name, e.g. "BBC News" or the host name when nothing better is known. */
  outlet: string | null;
  /** ISO 639-1 code when known, e.g. "en", "uk", "ru". */
  lang: string | null;
  /** Canonical URL of the page when the page or capture states one. */
  url: string | null;
  /** Main text; paragraphs separated by "\n\n". */
  text: string;
  paragraphs: Range[];
  /** Name and version of the extractor, e.g. "dossier-html@3", so that better ones can re-run. */
  extractor: string;
}
