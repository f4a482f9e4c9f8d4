#!/usr/bin/env node
// The CLI runs the TypeScript sources directly through tsx, so there is no build
// step between a checkout and a working `npx dossier`.
import { register } from "tsx/esm/api";

register();
// Piping into `head` closes stdout early; that is the reader being done, not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
const { run } = await import("../src/cli/main.ts");
process.exitCode = await run(process.argv.slice(2));
