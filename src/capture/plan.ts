import { lstat, readdir, realpath, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { reasonOf } from "./refusal.js";

/** One unit of work for `captureInputs`, listed up front so that progress has a total. */
export type PlannedInput =
  | { kind: "file"; label: string; path: string }
  /** A JSON Lines file: one unit here, one result per line when captured. */
  | { kind: "jsonl"; label: string; path: string }
  | { kind: "url"; label: string; url: string }
  | { kind: "stdin"; label: "-" }
  /** Bytes sent through the API, with the file name they came under. */
  | { kind: "upload"; label: string; name: string; bytes: Buffer }
  /** An input refused while planning; capturing it yields its failure. */
  | { kind: "invalid"; label: string; reason: string };

export interface PlanOptions {
  /** Directory that relative paths are resolved against; defaults to the process's. */
  cwd?: string;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;

export function isJsonlName(name: string): boolean {
  return /\.(?:jsonl|ndjson)(?:\.gz)?$/i.test(name);
}

/** Checks a URL given on the command line; a refusal names what is wrong with it. */
export function planUrl(input: string): PlannedInput {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { kind: "invalid", label: input, reason: "not a valid URL" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return {
      kind: "invalid",
      label: input,
      reason: `unsupported URL scheme "${url.protocol}" (only http and https)`,
    };
  }
  // Credentials would be sent to the site and kept in the chain-of-custody record for anyone to read.
  if (url.username || url.password) {
    return {
      kind: "invalid",
      label: input,
      reason: "URL contains credentials (user:password@); refusing to send or store them",
    };
  }
  return { kind: "url", label: input, url: url.href };
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

async function missingReason(path: string, error: unknown): Promise<string> {
  if ((error as NodeJS.ErrnoException).code === "ENOENT") {
    const link = await lstat(path).catch(() => null);
    if (link?.isSymbolicLink()) return "broken symbolic link";
  }
  return reasonOf(error);
}

function fileUnit(label: string, path: string): PlannedInput {
  return isJsonlName(path) ? { kind: "jsonl", label, path } : { kind: "file", label, path };
}

/** Depth-first, sorted by name; `visited` holds real paths of folders already walked, to stop symlink loops. */
async function planPath(
  label: string,
  path: string,
  out: PlannedInput[],
  visited: Set<string>,
): Promise<void> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    out.push({ kind: "invalid", label, reason: await missingReason(path, error) });
    return;
  }
  if (info.isFile()) out.push(fileUnit(label, path));
  else if (info.isDirectory()) await planDirectory(label, path, out, visited);
  else out.push({ kind: "invalid", label, reason: "not a regular file or directory" });
}

async function planDirectory(label: string, path: string, out: PlannedInput[], visited: Set<string>) {
  const real = await realpath(path);
  if (visited.has(real)) return;
  visited.add(real);
  let names: string[];
  try {
    names = await readdir(path);
  } catch (error) {
    out.push({ kind: "invalid", label, reason: `cannot read directory: ${reasonOf(error)}` });
    return;
  }
  for (const name of names.filter((n) => !n.startsWith(".")).sort(byCodePoint)) {
    await planPath(join(label, name), join(path, name), out, visited);
  }
}

/**
 * Expands the inputs of `dossier ingest` into units: files, folders (recursively, sorted,
 * skipping dotfiles and dot-folders), http(s) URLs and "-" for standard input. A bad
 * input becomes an "invalid" unit in its place; nothing here throws for one.
 */
export async function planInputs(inputs: string[], opts: PlanOptions = {}): Promise<PlannedInput[]> {
  const cwd = opts.cwd ?? process.cwd();
  const out: PlannedInput[] = [];
  let stdinSeen = false;
  for (const input of inputs) {
    if (input === "-") {
      out.push(
        stdinSeen
          ? { kind: "invalid", label: "-", reason: "standard input given more than once" }
          : { kind: "stdin", label: "-" },
      );
      stdinSeen = true;
    } else if (SCHEME.test(input)) {
      out.push(planUrl(input));
    } else {
      const before = out.length;
      await planPath(input, resolve(cwd, input), out, new Set());
      if (out.length === before)
        out.push({ kind: "invalid", label: input, reason: "no files in directory (dotfiles are skipped)" });
    }
  }
  return out;
}
