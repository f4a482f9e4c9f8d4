import { toIsoDate } from "./dates.js";
import type { PageMetadata } from "./types.js";

// Text exports often open with a header of "Key: value" lines, as e-mail and many
// archiving tools write them. Recognising it keeps those lines out of the article text
// and gives plain text the metadata HTML carries in <meta> tags.

const KEYS: Record<string, keyof PageMetadata> = {
  title: "title",
  headline: "title",
  outlet: "outlet",
  source: "outlet",
  publisher: "outlet",
  site: "outlet",
  published: "publishedAt",
  date: "publishedAt",
  url: "url",
  link: "url",
  author: "byline",
  byline: "byline",
  by: "byline",
  language: "lang",
  lang: "lang",
};

const LINE = /^([A-Za-z]+):[ \t]*(\S.*)$/;
const MAX_HEADER_LINES = 12;

export interface PlainHeader {
  meta: Partial<PageMetadata>;
  /** The text after the header and the blank line that ends it. */
  body: string;
}

function normalise(field: keyof PageMetadata, value: string): string | null {
  if (field === "publishedAt") return toIsoDate(value);
  if (field === "url") return /^https?:\/\//i.test(value) ? value : null;
  if (field === "lang") return /^[a-z]{2}$/i.test(value) ? value.toLowerCase() : null;
  return value;
}

/**
 * Reads a header block at the very top: two or more known "Key: value" lines, every line of
 * the block a known key, closed by a blank line. Anything else is not a header and the
 * text is returned whole, so an article that opens with "Date: ..." in prose is untouched.
 */
export function readPlainHeader(text: string): PlainHeader | null {
  const lines = text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/);
  const meta: Partial<PageMetadata> = {};
  let count = 0;
  for (const [i, line] of lines.entries()) {
    if (line.trim() === "") {
      if (count < 2) return null;
      return { meta, body: lines.slice(i + 1).join("\n") };
    }
    if (i >= MAX_HEADER_LINES) return null;
    const m = LINE.exec(line.trim());
    const field = m ? KEYS[(m[1] as string).toLowerCase()] : undefined;
    if (!m || field === undefined) return null;
    const value = normalise(field, (m[2] as string).trim());
    if (value !== null) meta[field] = value;
    count++;
  }
  return null;
}
