import { readdirSync, readFileSync } from "node:fs";
import { plainParagraphs, type RemovedLine } from "../../src/extract/plain.js";
import { sharedPath } from "../../src/testing/shared.js";

export interface CleanupFigures {
  articles: number;
  changed: number;
  removedLines: number;
  seconds: number;
  /** Every removed line with its file, so that a reader can judge them. */
  removed: (RemovedLine & { file: string })[];
}

/** Runs the plain-text cleanup over the news corpus and reports what it removed. */
export function measureCleanup(): CleanupFigures {
  const dir = sharedPath("corpus", "ukraine-news");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  const removed: CleanupFigures["removed"] = [];
  let changed = 0;
  const t0 = performance.now();
  for (const file of files) {
    const lines = plainParagraphs(readFileSync(`${dir}/${file}`, "utf8")).removed;
    if (lines.length > 0) changed++;
    for (const l of lines) removed.push({ ...l, file });
  }
  const seconds = (performance.now() - t0) / 1000;
  return { articles: files.length, changed, removedLines: removed.length, seconds, removed };
}
