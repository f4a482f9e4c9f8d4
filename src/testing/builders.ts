import { createHash } from "node:crypto";
import type { Capture } from "../domain/capture.js";
import type { ExtractedDocument } from "../domain/document.js";
import type { IngestRecord } from "../store/store.js";

/** A document built from paragraphs, with offsets that match, for tests. */
export function buildDocument(
  overrides: Partial<ExtractedDocument> & { paragraphsText?: string[] } = {},
): ExtractedDocument {
  const paras = overrides.paragraphsText ?? [
    "Shelling hit a residential block in the fictional town of Novoselka overnight, officials said.",
    "Rescue teams searched the rubble until morning.",
  ];
  const paragraphs: { start: number; end: number }[] = [];
  let text = "";
  for (const p of paras) {
    if (text) text += "\n\n";
    paragraphs.push({ start: text.length, end: text.length + p.length });
    text += p;
  }
  const { paragraphsText: _ignored, ...rest } = overrides;
  return {
    title: "Fictional sample report",
    byline: null,
    publishedAt: "2024-05-01T08:00:00Z",
    outlet: "Sample Gazette",
    lang: "en",
    url: null,
    text,
    paragraphs,
    extractor: "test@0",
    ...rest,
  };
}

export function buildCapture(bytes: Buffer | string, overrides: Partial<Capture> = {}): Capture {
  const buf = typeof bytes === "string" ? Buffer.from(bytes) : bytes;
  return {
    sha256: createHash("sha256").update(buf).digest("hex"),
    size: buf.length,
    mediaType: "text/plain",
    encoding: "identity",
    origin: { kind: "file", path: "/tmp/sample.txt" },
    retrievedAt: "2024-05-01T09:00:00.000Z",
    http: null,
    capturedBy: "tester",
    ...overrides,
  };
}

/** An ingest record whose capture bytes are the serialised document, so distinct documents never collide. */
export function buildIngestRecord(doc: Parameters<typeof buildDocument>[0] = {}): IngestRecord {
  const document = buildDocument(doc);
  return { capture: buildCapture(JSON.stringify(document)), document, analysis: null };
}
