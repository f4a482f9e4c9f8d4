import assert from "node:assert/strict";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { cliHarness } from "./testing.js";

const ARTICLE = `<!doctype html><html lang="en"><head><title>Strike on a clinic in Novoselka | Sample Herald</title>
<meta property="og:site_name" content="Sample Herald">
<meta property="article:published_time" content="2023-04-02T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Strike on a clinic in Novoselka</h1>
<p>A clinic in the fictional village of Novoselka was struck by artillery on Saturday morning, local officials said.</p>
<p>Three people were injured and the clinic's roof collapsed, according to the village head, who asked not to be named.</p>
<p>Rescue workers cleared the rubble through the afternoon while patients were moved to a nearby town.</p>
</article><footer>© Sample Herald. Fictional sample page written for Dossier's tests.</footer></body></html>`;

const TEXT = `Water supplies restored in fictional Zarichne
Engineers restored the water supply to the fictional town of Zarichne on Monday after a week of outages.
The outage followed shelling that damaged the pumping station, the town council said in a statement.`;

async function corpus(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "dossier-inputs-"));
  await mkdir(join(dir, "nested"));
  await writeFile(join(dir, "clinic.html"), ARTICLE);
  await writeFile(join(dir, "nested", "water.txt.gz"), gzipSync(TEXT));
  await writeFile(
    join(dir, "feed.jsonl"),
    `${JSON.stringify({ url: "https://news.example/a", text: "Shelling damaged a fictional bakery in Zarichne overnight, the owner said on Tuesday.", publishedAt: "2023-04-04", outlet: "Example Wire" })}\n{"url": broken\n`,
  );
  await writeFile(join(dir, "empty.txt"), "");
  await writeFile(
    join(dir, "image.png"),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  );
  return dir;
}

describe("dossier CLI", () => {
  it("ingests a folder, reports every failure by input, and recognises a second ingest", async () => {
    const { dossier } = await cliHarness();
    const dir = await corpus();
    const first = await dossier("ingest", dir, "--json");
    assert.equal(first.code, 1, "exit status is non-zero when an input failed");
    const summary = first.json<{
      ingested: number;
      duplicates: number;
      failed: { label: string; reason: string }[];
    }>();
    assert.equal(summary.ingested, 3);
    assert.deepEqual(summary.failed.map((f) => f.label.replace(`${dir}/`, "")).sort(), [
      "empty.txt",
      "feed.jsonl:2",
      "image.png",
    ]);
    for (const f of summary.failed) assert.ok(f.reason.length > 0 && !f.reason.includes("\n"));

    const second = await dossier("ingest", join(dir, "clinic.html"), "--json");
    assert.equal(second.code, 0);
    assert.deepEqual(second.json<{ ingested: number; duplicates: number }>().duplicates, 1);
  });

  it("lists, shows, searches and counts what was ingested", async () => {
    const { dossier } = await cliHarness();
    await dossier("ingest", await corpus(), "--quiet");
    const sources = (await dossier("sources", "--json")).json<{
      total: number;
      items: { id: string; title: string | null }[];
    }>();
    assert.equal(sources.total, 3);
    const clinic = sources.items.find((s) => s.title?.includes("clinic"));
    assert.ok(clinic, "the HTML article is listed with its title");

    const shown = (await dossier("show", clinic.id.slice(0, 6), "--json")).json<{
      text: string;
      outlet: string;
      capture: { sha256: string };
    }>();
    assert.match(shown.text, /struck by artillery on Saturday/);
    assert.doesNotMatch(shown.text, /Home|World|©/);
    assert.equal(shown.outlet, "Sample Herald");
    assert.equal(shown.capture.sha256.slice(0, 12), clinic.id);

    const search = await dossier("search", "Zarichne");
    assert.equal(search.code, 0);
    assert.match(search.out, /\[Zarichne\]/, "matches are highlighted in snippets");
    assert.match(search.out, /2 matching sources/);

    const stats = (await dossier("stats", "--json")).json<{ sources: number; captures: number }>();
    assert.equal(stats.sources, 3);
  });

  it("extracts without storing, one JSON line per input", async () => {
    const { dossier } = await cliHarness();
    const dir = await corpus();
    const result = await dossier(
      "extract",
      "--jsonl",
      join(dir, "clinic.html"),
      join(dir, "nested", "water.txt.gz"),
    );
    const lines = result.lines<{ file: string; title: string; text: string; lang: string }>();
    assert.equal(lines.length, 2);
    assert.equal(lines[0]?.title, "Strike on a clinic in Novoselka");
    assert.match(lines[1]?.text ?? "", /pumping station/);
    const stats = (await dossier("stats", "--json")).json<{ sources: number }>();
    assert.equal(stats.sources, 0);
  });

  it("answers misuse with exit status 2 and a specific message", async () => {
    const { dossier } = await cliHarness();
    const missing = await dossier("show", "abcdef123456");
    assert.equal(missing.code, 2);
    assert.match(missing.err, /no source with id "abcdef123456"/);
    const badLimit = await dossier("sources", "--limit", "ten");
    assert.equal(badLimit.code, 2);
    assert.match(badLimit.err, /--limit must be a positive whole number/);
  });

  it("has --help on every subcommand", async () => {
    const { dossier } = await cliHarness();
    for (const sub of ["ingest", "extract", "sources", "show", "search", "stats", "serve"]) {
      const help = await dossier(sub, "--help");
      assert.equal(help.code, 0, `${sub} --help`);
      assert.match(help.out, new RegExp(`Usage: dossier ${sub}`));
      assert.match(help.out, /--data-dir/, "global options are listed on every subcommand");
    }
  });
});
