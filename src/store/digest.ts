import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import type { ExtractedDocument } from "../domain/document.js";

/** SHA-256 of a value's RFC 8785 canonical JSON: the same value always gives the same digest. */
export function jsonDigest(value: unknown): string {
  const body = canonicalize(value ?? null);
  if (body === undefined) throw new Error("value cannot be serialised to JSON");
  return createHash("sha256").update(body).digest("hex");
}

/**
 * The digest of a source's stored working copy, recorded in the audit log when it is
 * written, so that an edit made behind Dossier's back can be detected later.
 */
export function documentDigest(doc: ExtractedDocument): string {
  return jsonDigest({
    title: doc.title,
    byline: doc.byline,
    publishedAt: doc.publishedAt,
    outlet: doc.outlet,
    lang: doc.lang,
    url: doc.url,
    text: doc.text,
    paragraphs: doc.paragraphs,
    extractor: doc.extractor,
  });
}
