import type { CaptureHints } from "../../domain/capture.js";
import type { ExtractedDocument } from "../../domain/document.js";
import { buildDocument, dropBoilerplateLines } from "../document.js";
import { articleParagraphs } from "./content.js";
import { readMetadata } from "./metadata.js";
import { hasVisibleText } from "./render.js";
import { parseHtml } from "./tree.js";

const normal = (s: string) => s.toLowerCase().replace(/\W+/gu, " ").trim();

/** The headline repeated as the article's first line belongs in `title`, not in the text. */
function withoutHeadline(paragraphs: string[], title: string | null): string[] {
  const first = paragraphs[0];
  if (title === null || first === undefined || normal(first) !== normal(title)) return paragraphs;
  return paragraphs.slice(1);
}

export function extractHtml(html: string, hints: CaptureHints): ExtractedDocument {
  const page = parseHtml(html);
  const meta = readMetadata(page.head, page.root, hints);
  const paragraphs = withoutHeadline(dropBoilerplateLines(articleParagraphs(page.root)), meta.title);
  return buildDocument({
    paragraphs,
    meta,
    hints,
    emptyReason: !hasVisibleText(page.root)
      ? "no text found: the page has no visible text"
      : "no article text found: the page has only navigation/boilerplate",
  });
}
