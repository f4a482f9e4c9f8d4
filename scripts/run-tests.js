#!/usr/bin/env node
// Runs every *.test.ts in the tree through node's built-in runner.
// The file list is built here and passed explicitly (and printed), so a test file
// can never be skipped by a glob that a shell or the runner expands differently.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const skipDirs = new Set(["node_modules", "data", "dist", ".git", "test-artifacts"]);

function collect(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!skipDirs.has(entry.name) && !entry.name.startsWith(".")) collect(join(dir, entry.name), out);
    } else if (entry.name.endsWith(".test.ts")) {
      out.push(relative(root, join(dir, entry.name)));
    }
  }
  return out;
}

const only = process.argv.slice(2);
const files = (only.length > 0 ? only : collect(root, [])).sort();
if (files.length === 0) {
  console.error("run-tests: no *.test.ts files found");
  process.exit(1);
}
console.log(`run-tests: ${files.length} test files`);
const result = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", ...files], {
  cwd: root,
  stdio: "inherit",
  env: process.env,
});
process.exit(result.status ?? 1);
