import assert from "node:assert/strict";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { openDossier } from "../../app.js";
import { loadConfig } from "../../config.js";
import type { Incident } from "../../domain/incident.js";
import { sharedPath, sharedSkip } from "../../testing/shared.js";

const skip = sharedSkip("corpus", "seed") || sharedSkip("corpus", "ukraine-news");

function page(body: string, site: string, url: string): string {
  const paragraphs = body
    .split("\n")
    .filter(Boolean)
    .map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
    .join("\n");
  return `<!doctype html><html lang="en"><head><title>US says Russia committed war crimes | ${site}</title>
<meta property="og:site_name" content="${site}"><link rel="canonical" href="${url}"></head><body>
<nav><a href="/">${site} home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="cookie-banner">We use cookies to improve ${site}. <button>Accept</button></div>
<article><h1>US says Russia committed war crimes</h1>${paragraphs}</article>
<aside class="related"><h2>More from ${site}</h2><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul></aside>
<footer>© ${site}. Subscribe to our ${site} newsletter.</footer></body></html>`;
}

describe("incidents over the reference corpora (../shared)", { skip }, () => {
  it("has the Mariupol maternity hospital bombing once, and one article under two URLs counts once", async () => {
    const dir = await mkdtemp(join(tmpdir(), "dossier-corpus-"));
    const dossier = openDossier(loadConfig({ dataDir: join(dir, "data"), actor: "tester" }, {}));
    try {
      const seed = await readFile(sharedPath("corpus", "seed", "us-war-crimes-assessment.txt"), "utf8");
      const copies = [
        {
          html: page(seed, "First Example Daily", "https://first.example/world/war-crimes"),
          url: "https://first.example/world/war-crimes",
        },
        {
          html: page(seed, "Second Example Post", "https://second.example/news/123"),
          url: "https://second.example/news/123",
        },
      ];
      await writeFile(join(dir, "copies.jsonl"), `${copies.map((c) => JSON.stringify(c)).join("\n")}\n`);
      const summary = await dossier.ingest([
        sharedPath("corpus", "seed"),
        sharedPath("corpus", "ukraine-news"),
        join(dir, "copies.jsonl"),
      ]);
      assert.deepEqual(summary.failed, []);
      assert.deepEqual(summary.warnings, [], "every article analysed without an error");

      const hospital = await dossier.store.listIncidents({
        limit: 50,
        offset: 0,
        category: "Healthcare",
        near: { lat: 47.1, lon: 37.55, km: 30 },
      });
      const maternity: Incident[] = [];
      for (const i of hospital.items) {
        const detail = await dossier.store.getIncident(i.id);
        if (detail?.summary?.targets.some((t) => /maternity/.test(t.object))) maternity.push(i);
      }
      assert.equal(maternity.length, 1, "the maternity hospital bombing is one incident");
      const [incident] = maternity as [Incident];
      assert.equal(incident.placeName, "Mariupol");
      assert.equal(incident.sources, 3, "the seed and both republished copies support it");
      assert.equal(incident.independentSources, 1, "copies of one article count once");
    } finally {
      await dossier.close();
    }
  });
});
