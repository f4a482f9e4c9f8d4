import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtemp, readdir, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { FsBlobStore } from "./fs-blob-store.js";

const hashOf = (b: Buffer) => createHash("sha256").update(b).digest("hex");

async function tempStore() {
  const root = await mkdtemp(join(tmpdir(), "dossier-blobs-"));
  return { root, blobs: new FsBlobStore(root) };
}

describe("FsBlobStore", () => {
  it("stores bytes under their hash, read-only, and reads them back untouched", async () => {
    const { blobs } = await tempStore();
    const bytes = Buffer.from("original report bytes\u0000\u00ff");
    const h = hashOf(bytes);
    await blobs.put(h, bytes);
    assert.deepEqual(await blobs.get(h), bytes);
    assert.equal(await blobs.verify(h), true);
  });

  it("refuses bytes that do not match the address", async () => {
    const { blobs } = await tempStore();
    await assert.rejects(blobs.put(hashOf(Buffer.from("a")), Buffer.from("b")), /do not match/);
  });

  it("writes identical content once and leaves no temporary files", async () => {
    const { root, blobs } = await tempStore();
    const bytes = Buffer.from("same");
    const h = hashOf(bytes);
    await Promise.all([blobs.put(h, bytes), blobs.put(h, bytes), blobs.put(h, bytes)]);
    const dir = join(root, h.slice(0, 2), h.slice(2, 4));
    assert.deepEqual(await readdir(dir), [h]);
    assert.equal((await stat(join(dir, h))).mode & 0o777, 0o444);
  });

  it("reports a blob altered on disk as failing verification", async () => {
    const { root, blobs } = await tempStore();
    const bytes = Buffer.from("evidence");
    const h = hashOf(bytes);
    await blobs.put(h, bytes);
    const file = join(root, h.slice(0, 2), h.slice(2, 4), h);
    const { chmod } = await import("node:fs/promises");
    await chmod(file, 0o644);
    await writeFile(file, "tampered");
    assert.equal(await blobs.verify(h), false);
  });

  it("returns null for an absent blob and rejects malformed addresses", async () => {
    const { blobs } = await tempStore();
    assert.equal(await blobs.get("0".repeat(64)), null);
    await assert.rejects(blobs.get("../etc/passwd"), /not a SHA-256/);
  });
});
