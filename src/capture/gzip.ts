import { promisify } from "node:util";
import { gunzip as gunzipCallback } from "node:zlib";
import { Refusal } from "./refusal.js";

const gunzipAsync = promisify(gunzipCallback);

/** A one-line reason for a zlib failure on gzip input. */
function gzipFailure(error: unknown, maxBytes: number): Refusal {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === "ERR_BUFFER_TOO_LARGE" || code === "ERR_OUT_OF_RANGE") {
    return new Refusal(`decompresses to more than ${maxBytes} bytes, the limit (maxInputBytes)`);
  }
  if (code === "Z_BUF_ERROR") return new Refusal("truncated gzip stream");
  if (code === "Z_DATA_ERROR") return new Refusal(`corrupt gzip stream (${message})`);
  return new Refusal(`cannot decompress gzip stream (${message})`);
}

/**
 * Decompresses a whole gzip buffer. zlib stops as soon as the output passes `maxBytes`,
 * so a bomb costs at most that much memory.
 */
export async function gunzipCapped(compressed: Uint8Array, maxBytes: number): Promise<Buffer> {
  try {
    return await gunzipAsync(compressed, { maxOutputLength: maxBytes });
  } catch (error) {
    throw gzipFailure(error, maxBytes);
  }
}
