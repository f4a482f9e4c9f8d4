/** Extraction found nothing usable (no article, only boilerplate); the message is the reason. */
export class ExtractError extends Error {
  override name = "ExtractError";
}

/** What a page states about itself; null where it states nothing usable. */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  /** ISO 8601, as precise as stated. */
  publishedAt: string | null;
  outlet: string | null;
  /** ISO 639-1, as declared (not detected). */
  lang: string | null;
  /** Canonical URL, absolute. */
  url: string | null;
}
