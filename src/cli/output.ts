import { styleText } from "node:util";

/** Where command output goes; tests pass a collector instead of the process streams. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** True when stdout is a terminal a person reads (colours, progress bars, truncation). */
  tty: boolean;
}

export function processIo(): Io {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    tty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  };
}

type Style = Parameters<typeof styleText>[0];

export function paint(io: Io, style: Style, text: string): string {
  return io.tty ? styleText(style, text) : text;
}

export function printJson(io: Io, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}

export function printJsonl(io: Io, values: Iterable<unknown>): void {
  for (const v of values) io.out(JSON.stringify(v));
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/** A plain aligned table; the last column is truncated to `maxLast` on a terminal. */
export function printTable(io: Io, header: string[], rows: string[][], maxLast = 80): void {
  const cells = rows.map((r) => r.map((c, i) => (io.tty && i === r.length - 1 ? truncate(c, maxLast) : c)));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  io.out(paint(io, "bold", line(header)));
  for (const r of cells) io.out(line(r));
}

/** Machine output format chosen by --json / --jsonl, or human text. */
export type Format = "text" | "json" | "jsonl";

export function formatOf(opts: { json?: boolean; jsonl?: boolean }): Format {
  if (opts.jsonl) return "jsonl";
  if (opts.json) return "json";
  return "text";
}
