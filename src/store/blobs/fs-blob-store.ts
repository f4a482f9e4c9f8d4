import { createHash, randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { chmod, link, mkdir, open, readFile, stat, unlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import { type BlobStore, SHA256_HEX } from "./blob-store.js";

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * Blobs as read-only files under `<root>/ab/cd/<sha256>`. A blob is written to a temporary
 * file, flushed to disk, then hard-linked into place, so a crash never leaves a partial
 * file at a blob's address and an existing blob is never overwritten.
 */
export class FsBlobStore implements BlobStore {
  constructor(private readonly root: string) {}

  private pathOf(hash: string): string {
    if (!SHA256_HEX.test(hash)) throw new Error(`not a SHA-256 hex digest: ${hash}`);
    return join(this.root, hash.slice(0, 2), hash.slice(2, 4), hash);
  }

  async put(hash: string, bytes: Buffer): Promise<void> {
    const target = this.pathOf(hash);
    if (sha256(bytes) !== hash) throw new Error(`blob bytes do not match their address ${hash}`);
    if (await this.has(hash)) return;
    await mkdir(dirname(target), { recursive: true });
    const tmp = `${target}.${randomBytes(6).toString("hex")}.tmp`;
    const handle = await open(tmp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o444);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await link(tmp, target);
    } catch (error) {
      // Another writer placed the same content first; identical bytes by construction.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    } finally {
      await unlink(tmp);
    }
    await chmod(target, 0o444);
  }

  async get(hash: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(hash));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async has(hash: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(hash))).isFile();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
      throw error;
    }
  }

  async verify(hash: string): Promise<boolean> {
    const bytes = await this.get(hash);
    return bytes !== null && sha256(bytes) === hash;
  }
}
