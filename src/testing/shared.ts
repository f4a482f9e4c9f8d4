import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(fileURLToPath(new URL("../..", import.meta.url)));

/** Where the reference material lives: ../shared beside the checkout, or DOSSIER_SHARED_DIR. */
export const SHARED_DIR = process.env.DOSSIER_SHARED_DIR ?? resolve(repoRoot, "../shared");

/** CI sets this so that a missing ../shared fails the run instead of skipping tests. */
const required = process.env.DOSSIER_REQUIRE_SHARED === "1";

/** Absolute path of a file or folder under ../shared. */
export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}

/**
 * For `it(name, { skip: sharedSkip("corpus/seed") }, ...)`: false when the material is
 * there, otherwise the reason to skip, printed by the runner. Throws when CI requires it.
 */
export function sharedSkip(...parts: string[]): string | false {
  const path = sharedPath(...parts);
  if (existsSync(path)) return false;
  const reason = `needs ${path} (reference material beside the checkout), which is absent`;
  if (required) throw new Error(`DOSSIER_REQUIRE_SHARED=1 but ${reason}`);
  return reason;
}
