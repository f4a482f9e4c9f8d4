#!/usr/bin/env node
// The CLI runs the TypeScript sources directly through tsx, so there is no build
// step between a checkout and a working `npx dossier`.
import { register } from "tsx/esm/api";

register();
const { run } = await import("../src/cli/main.ts");
process.exitCode = await run(process.argv.slice(2));
