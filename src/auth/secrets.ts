import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 256 bits: far beyond guessing, so a fast hash of the value is as good as a slow one. */
const SECRET_BYTES = 32;

/** A fresh random secret, URL- and cookie-safe (43 characters of base64url). */
export function randomSecret(): string {
  return randomBytes(SECRET_BYTES).toString("base64url");
}

/**
 * What the server keeps of a high-entropy secret (session id, API or setup token). SHA-256 is
 * right here, unlike for passwords: with 256 random bits there is nothing to brute-force, and a
 * fast deterministic digest can be looked up by index on every request, which a salted slow hash
 * cannot.
 */
export function secretHash(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/**
 * A short, non-reversible handle on a secret for audit entries and logs: enough to correlate
 * entries about the same session or token, useless for using it (the first 12 hex characters of
 * the stored hash, which itself reveals nothing about the secret).
 */
export function secretRef(secret: string): string {
  return secretHash(secret).slice(0, 12);
}

/** Compares two strings without leaking where they first differ. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  // timingSafeEqual needs equal lengths; comparing right with itself keeps the time constant.
  if (left.length !== right.length) {
    timingSafeEqual(right, right);
    return false;
  }
  return timingSafeEqual(left, right);
}
