import { open } from "node:fs/promises";
import { Refusal } from "./refusal.js";

/** Reads a whole stream, refusing (and stopping) as soon as it passes `maxBytes`. */
export async function readCapped(
  source: AsyncIterable<Uint8Array | string>,
  opts: { maxBytes: number; what: string; limit: string },
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of source) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk);
    size += buf.length;
    if (size > opts.maxBytes) {
      throw new Refusal(`${opts.what} is more than ${opts.maxBytes} bytes, the limit (${opts.limit})`);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, size);
}

/**
 * Reads a regular file of at most `maxBytes`. The size is checked before reading and
 * again while reading, since a file can grow in between.
 */
export async function readFileCapped(path: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new Refusal("not a regular file");
    if (stat.size > maxBytes) {
      throw new Refusal(`file is ${stat.size} bytes, more than the limit of ${maxBytes} (maxInputBytes)`);
    }
    return await readCapped(handle.createReadStream({ autoClose: false }), {
      maxBytes,
      what: "file",
      limit: "maxInputBytes",
    });
  } finally {
    await handle.close();
  }
}
