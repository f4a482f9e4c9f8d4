/**
 * Where preserved originals live, addressed by the SHA-256 of their bytes. Implementations
 * never modify or delete a blob once written.
 */
export interface BlobStore {
  /** Stores `bytes` under `sha256` unless already present; rejects when the hash does not match. */
  put(sha256: string, bytes: Buffer): Promise<void>;
  get(sha256: string): Promise<Buffer | null>;
  has(sha256: string): Promise<boolean>;
  /** Re-hashes the stored bytes: true when they still match their address. */
  verify(sha256: string): Promise<boolean>;
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;
