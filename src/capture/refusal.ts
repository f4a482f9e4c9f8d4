/**
 * Thrown inside the capture stage when an input cannot be taken; the message is the
 * one-line reason. Functions that throw it do not know the input's label: the caller
 * that does turns it into a `CaptureFailure`.
 */
export class Refusal extends Error {
  override name = "Refusal";
}

const FS_REASONS: Record<string, string> = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "is a directory",
  ENOTDIR: "a component of the path is not a directory",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "file name too long",
  EMFILE: "too many open files",
  EIO: "input/output error",
};

/** A one-line reason for any error met while capturing one input. */
export function reasonOf(error: unknown): string {
  if (error instanceof Refusal) return error.message;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && FS_REASONS[code]) return FS_REASONS[code];
  const message = error instanceof Error ? error.message : String(error);
  // Unexpected errors stay visible as such instead of passing for a verdict on the input.
  return `unexpected error: ${message.split("\n")[0]}`;
}
