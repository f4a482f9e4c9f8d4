import { createHash } from "node:crypto";
import canonicalize from "canonicalize";

/** SHA-256 of a value's RFC 8785 canonical JSON: the same value always gives the same digest. */
export function jsonDigest(value: unknown): string {
  const body = canonicalize(value ?? null);
  if (body === undefined) throw new Error("value cannot be serialised to JSON");
  return createHash("sha256").update(body).digest("hex");
}
