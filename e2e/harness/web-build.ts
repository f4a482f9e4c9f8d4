import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { build } from "vite";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** What `npm run build:web` does, step by step below; checked so the two cannot drift apart. */
const BUILD_WEB = "vite build --config web/vite.config.ts && node scripts/precompress.js web/dist";

export interface WebBuild {
  root: string;
  remove(): Promise<void>;
}

async function checkBuildScript(): Promise<void> {
  const pkg = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  if (pkg.scripts["build:web"] !== BUILD_WEB) {
    throw new Error(
      `package.json's build:web is now "${pkg.scripts["build:web"]}": make buildWebApp in ` +
        "e2e/harness/web-build.ts build the UI the same way",
    );
  }
}

/**
 * Builds the UI from the current sources into a new temporary folder, as `npm run build:web` does
 * into web/dist. Each test file builds its own (a second or two): the tests then always see the code
 * as it is, on a fresh clone too, without guessing from file times whether web/dist is stale, and
 * without racing a developer's own build of web/dist.
 */
export async function buildWebApp(): Promise<WebBuild> {
  await checkBuildScript();
  const root = await mkdtemp(join(tmpdir(), "dossier-e2e-web-"));
  try {
    await build({
      configFile: join(ROOT, "web/vite.config.ts"),
      logLevel: "warn",
      build: { outDir: root, emptyOutDir: true },
    });
    await promisify(execFile)(process.execPath, [join(ROOT, "scripts/precompress.js"), root]);
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}
