import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

/**
 * Why scrypt from node:crypto rather than argon2id: it is memory-hard, accepted by OWASP and
 * NIST, and ships with Node, so the code that guards every account has no third-party native
 * binary in its supply chain and installs on an offline field laptop from any mirror. The stored
 * string names its algorithm and parameters, so moving to argon2id later (node:crypto has it from
 * Node 24) is a rehash on next login, not a migration.
 */
export interface ScryptParams {
  /** log2 of the CPU/memory cost N. */
  ln: number;
  /** Block size. */
  r: number;
  /** Parallelism; Node computes the lanes one after another, so it multiplies time, not memory. */
  p: number;
}

/**
 * OWASP's scrypt settings list N=2^15, r=8, p=3 as equal in strength to N=2^17, r=8, p=1 while
 * using 32 MiB per hash instead of 128 MiB: a burst of logins on a small server then cannot
 * exhaust its memory (about 150 ms per hash on one core of a current laptop).
 */
export const DEFAULT_SCRYPT: ScryptParams = { ln: 15, r: 8, p: 3 };

const SALT_BYTES = 16;
const KEY_BYTES = 32;

/** Bounds on parameters read back from storage, so a corrupted row cannot make a login hang. */
const LIMITS = { ln: [10, 22], r: [1, 32], p: [1, 16] } as const;

interface ParsedHash {
  params: ScryptParams;
  salt: Buffer;
  key: Buffer;
}

/** PHC strings use base64 without padding. */
function b64(bytes: Buffer): string {
  return bytes.toString("base64").replace(/=+$/, "");
}

/**
 * NIST 800-63B asks for Unicode normalisation before hashing, so a password typed on another
 * keyboard or OS (composed vs decomposed accents) still matches.
 */
function passwordBytes(password: string): Buffer {
  return Buffer.from(password.normalize("NFKC"), "utf8");
}

function derive(password: string, salt: Buffer, params: ScryptParams, keyLength: number): Promise<Buffer> {
  const N = 2 ** params.ln;
  // scrypt needs 128·N·r bytes; the default cap (32 MiB) is exactly that for our defaults, so raise it.
  const maxmem = 256 * N * params.r;
  return new Promise((resolve, reject) => {
    scrypt(passwordBytes(password), salt, keyLength, { N, r: params.r, p: params.p, maxmem }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

function inRange(name: keyof typeof LIMITS, value: number): boolean {
  const [low, high] = LIMITS[name];
  return Number.isInteger(value) && value >= low && value <= high;
}

/** Reads `$scrypt$ln=15,r=8,p=3$<salt>$<key>`; null for anything else. */
export function parsePasswordHash(encoded: string): ParsedHash | null {
  const match = /^\$scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(encoded);
  if (match === null) return null;
  const [, ln, r, p, salt, key] = match;
  const params = { ln: Number(ln), r: Number(r), p: Number(p) };
  if (!inRange("ln", params.ln) || !inRange("r", params.r) || !inRange("p", params.p)) return null;
  return { params, salt: Buffer.from(salt ?? "", "base64"), key: Buffer.from(key ?? "", "base64") };
}

/** A self-describing hash with a fresh random salt: `$scrypt$ln=15,r=8,p=3$<salt>$<key>`. */
export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, params, KEY_BYTES);
  return `$scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${b64(salt)}$${b64(key)}`;
}

/**
 * Whether `password` matches `encoded`, compared in constant time. A hash this code cannot read
 * is a damaged account row, not a wrong password, so it throws rather than quietly refusing.
 */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const parsed = parsePasswordHash(encoded);
  if (parsed === null) throw new Error("stored password hash is not in a format this Dossier can read");
  const key = await derive(password, parsed.salt, parsed.params, parsed.key.length);
  return timingSafeEqual(key, parsed.key);
}

/** True when the hash was made with other parameters than `params`: rehash it at the next login. */
export function needsRehash(encoded: string, params: ScryptParams = DEFAULT_SCRYPT): boolean {
  const parsed = parsePasswordHash(encoded);
  if (parsed === null) return true;
  const current = parsed.params;
  return (
    current.ln !== params.ln ||
    current.r !== params.r ||
    current.p !== params.p ||
    parsed.salt.length < SALT_BYTES ||
    parsed.key.length !== KEY_BYTES
  );
}

/** Hashing with one set of parameters, plus the decoy check that keeps unknown users as slow as known ones. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, encoded: string): Promise<boolean>;
  needsRehash(encoded: string): boolean;
  /** Spends the same work as a real verification and always answers false. */
  verifyDecoy(password: string): Promise<false>;
}

export function createPasswordHasher(params: ScryptParams = DEFAULT_SCRYPT): PasswordHasher {
  let decoy: Promise<string> | null = null;
  return {
    hash: (password) => hashPassword(password, params),
    verify: verifyPassword,
    needsRehash: (encoded) => needsRehash(encoded, params),
    async verifyDecoy(password) {
      decoy ??= hashPassword(randomBytes(SALT_BYTES).toString("hex"), params);
      await verifyPassword(password, await decoy);
      return false;
    },
  };
}
