/** Factories for the capture tests. */
import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { CaptureOptions } from "./capture.js";
import type { PlannedInput } from "./plan.js";
import type { CaptureResult } from "./types.js";

export const FIXED_NOW = new Date("2024-05-01T12:00:00.000Z");

export function buildOptions(overrides: Partial<CaptureOptions> = {}): CaptureOptions {
  return {
    config: {
      maxInputBytes: 1024 * 1024,
      fetch: {
        timeoutMs: 2000,
        maxRedirects: 3,
        maxBytes: 256 * 1024,
        allowPrivate: true,
        userAgent: "Dossier-test",
      },
    },
    actor: "tester",
    now: () => FIXED_NOW,
    ...overrides,
  };
}

export async function collect(results: AsyncIterable<CaptureResult>): Promise<CaptureResult[]> {
  const out: CaptureResult[] = [];
  for await (const result of results) out.push(result);
  return out;
}

/** "label: reason" for failures, "label ok" for items: one line each, easy to compare. */
export function summarize(results: CaptureResult[]): string[] {
  return results.map((r) => (r.ok ? `${r.item.label} ok` : `${r.failure.label}: ${r.failure.reason}`));
}

export function fileUnit(label: string, path: string): PlannedInput {
  return { kind: "file", label, path };
}

export interface TestServer {
  server: Server;
  url: (path: string) => string;
  close: () => Promise<void>;
}

/** An HTTP server on an ephemeral loopback port, for tests only. */
export async function startServer(handler: RequestListener): Promise<TestServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
