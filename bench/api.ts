import { spawn } from "node:child_process";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { DEFAULT_WEB_ROOT } from "../src/server/server.js";
import { isMain } from "./lib/main.js";
import { type Metric, printTable, type TaskResult, writeResults } from "./lib/report.js";

// API throughput and p95 latency with 100,000 incidents in the store, measured by a load
// generator (autocannon) in this process against the server in another, over loopback.
// The baseline is `GET /api/auth/me` on the same server: authentication and the framework,
// with no query behind it.

const INCIDENTS = Number(process.env.API_BENCH_INCIDENTS ?? 100_000);
const SOURCES = Number(process.env.API_BENCH_SOURCES ?? 20_000);
const SECONDS = Number(process.env.API_BENCH_SECONDS ?? 10);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function load(
  url: string,
  cookie: string,
): Promise<{ rps: number; p95: number; p50: number; errors: number }> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, duration: SECONDS, connections: 8, headers: { cookie } },
      (error, r) => (error ? reject(error) : resolve(r)),
    );
    instance.on("response", (_client, status, _bytes, ms) => {
      if (status === 200) times.push(ms);
    });
  });
  times.sort((a, b) => a - b);
  return {
    rps: result.requests.average,
    p95: percentile(times, 95),
    p50: percentile(times, 50),
    errors: result.non2xx + result.errors,
  };
}

async function uiSize(): Promise<Metric[]> {
  const root = DEFAULT_WEB_ROOT;
  const files: string[] = [];
  const walk = async (dir: string) => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      if (e.isDirectory()) await walk(join(dir, e.name));
      else files.push(join(dir, e.name));
    }
  };
  try {
    await stat(join(root, "index.html"));
  } catch {
    return [];
  }
  await walk(root);
  const initial = files.filter((f) => /\.(html|js|css)$/.test(f) && !/\.map$/.test(f));
  let raw = 0;
  let gz = 0;
  for (const f of initial) {
    const bytes = await readFile(f);
    raw += bytes.length;
    gz += gzipSync(bytes).length;
  }
  return [
    { name: "UI first load: HTML+JS+CSS", value: raw / 1024, unit: "KiB" },
    { name: "UI first load, gzipped", value: gz / 1024, unit: "KiB" },
  ];
}

async function uiLoadTime(address: string): Promise<Metric[]> {
  const t = performance.now();
  const html = await (await fetch(`${address}/`)).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  await Promise.all(assets.map(async (a) => (await fetch(`${address}${a}`)).arrayBuffer()));
  return [
    { name: "UI first load over loopback (HTML and its assets)", value: performance.now() - t, unit: "ms" },
  ];
}

export async function run(): Promise<TaskResult[]> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(import.meta.dirname, "api", "server.ts"), String(INCIDENTS), String(SOURCES)],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once("line", resolve);
    child.once("exit", (code) => reject(new Error(`server exited (${code})`)));
  });
  const { address, cookie, populateSeconds } = JSON.parse(line) as {
    address: string;
    cookie: string;
    populateSeconds: number;
  };
  try {
    const base = await load(`${address}/api/auth/me`, cookie);
    const metrics: Metric[] = [];
    const routes: [string, string][] = [
      ["incident list (50, newest first)", "/api/incidents?limit=50"],
      [
        "incident list filtered (type, date range)",
        "/api/incidents?limit=50&type=Air%2Fdrone%20strike&from=2023-01-01&to=2023-03-31",
      ],
      ["incident list near a point (50 km)", "/api/incidents?limit=50&near=48.5,35.0,50"],
      ["search (20 hits)", "/api/search?q=hospital%20school&limit=20"],
    ];
    for (const [name, path] of routes) {
      const r = await load(`${address}${path}`, cookie);
      if (r.errors > 0) throw new Error(`${name}: ${r.errors} failed requests`);
      metrics.push({
        name: `${name}: requests/s`,
        value: r.rps,
        unit: "req/s",
        baseline: base.rps,
        baselineName: "GET /api/auth/me",
      });
      metrics.push({
        name: `${name}: p95 latency`,
        value: r.p95,
        unit: "ms",
        baseline: base.p95,
        baselineName: "GET /api/auth/me",
      });
    }
    metrics.push(...(await uiSize()));
    if (metrics.some((m) => m.name.startsWith("UI first load:")))
      metrics.push(...(await uiLoadTime(address)));
    metrics.push({ name: "time to fill the store", value: populateSeconds, unit: "s" });
    return [
      {
        task: "api",
        dataset: `${INCIDENTS} incidents, ${SOURCES} sources (synthetic)`,
        items: INCIDENTS,
        seconds: SECONDS,
        metrics,
      },
    ];
  } finally {
    child.kill("SIGTERM");
  }
}

if (isMain(import.meta.url)) {
  const results = await run();
  printTable(results);
  console.log(`written to ${writeResults("api", results)}`);
}
