import type { CaptureHints } from "../domain/capture.js";
import type { ExtractedDocument } from "../domain/document.js";
import { type BoilerplateKind, boilerplateKind } from "./boilerplate.js";
import { buildDocument } from "./document.js";
import { readPlainHeader } from "./plain-header.js";

// Plain text arrives as scrapers leave it: usually one paragraph a line, sometimes
// hard-wrapped. Lines are kept byte for byte (only surrounding white space goes), so
// that quotes found later match the source exactly.

const ENDS_SENTENCE = /[.!?:;…"'”’»)\]]$/;
const STARTS_LOWER = /^\p{Ll}/u;

/** A hard-wrapped line goes on in the next one: no closing punctuation, lower-case start. */
function continues(previous: string, next: string): boolean {
  return !ENDS_SENTENCE.test(previous) && STARTS_LOWER.test(next);
}

export interface RemovedLine {
  line: string;
  kind: BoilerplateKind;
}

/** The paragraphs of plain text, and the boilerplate lines removed from it. */
export function plainParagraphs(text: string): { paragraphs: string[]; removed: RemovedLine[] } {
  const out: string[] = [];
  const removed: RemovedLine[] = [];
  let current: string | null = null;
  const flush = () => {
    if (current !== null) out.push(current);
    current = null;
  };
  for (const raw of text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    const kind = line === "" ? null : boilerplateKind(line);
    if (kind !== null) removed.push({ line, kind });
    if (line === "" || kind !== null) {
      flush();
      continue;
    }
    if (current !== null && continues(current, line)) current = `${current} ${line}`;
    else {
      flush();
      current = line;
    }
  }
  flush();
  return { paragraphs: out, removed };
}

/**
 * Plain text has no metadata beyond an optional "Key: value" header (see plain-header.ts);
 * otherwise the title, date, outlet and URL come from the hints. No headline is guessed
 * from the first line; it stays in the text.
 */
export function extractPlain(input: string, hints: CaptureHints): ExtractedDocument {
  const header = readPlainHeader(input);
  const text = header?.body ?? input;
  const emptyReason =
    text.trim() === ""
      ? "the text is empty"
      : "no article text left: every line is boilerplate (ad markers, appeals, share or cookie notices)";
  return buildDocument({
    paragraphs: plainParagraphs(text).paragraphs,
    meta: {
      title: null,
      byline: null,
      publishedAt: null,
      outlet: null,
      lang: null,
      url: null,
      ...header?.meta,
    },
    hints,
    emptyReason,
  });
}
