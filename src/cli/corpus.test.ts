import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { describe, it } from "node:test";
import { sharedPath, sharedSkip } from "../testing/shared.js";
import { cliHarness } from "./testing.js";

interface Summary {
  ingested: number;
  duplicates: number;
  failed: { label: string; reason: string }[];
}

describe("reference corpora (../shared)", () => {
  it("ingests the seed article without adverts or the donation appeal, every other line intact", {
    skip: sharedSkip("corpus/seed"),
  }, async () => {
    const { dossier } = await cliHarness();
    const file = sharedPath("corpus", "seed", "us-war-crimes-assessment.txt");
    const first = await dossier("ingest", file, "--json");
    assert.equal(first.code, 0, first.err);
    assert.equal(first.json<Summary>().ingested, 1);

    const [source] = (await dossier("sources", "--jsonl")).lines<{ id: string }>();
    assert.ok(source);
    const shown = (await dossier("show", source.id, "--json")).json<{ text: string }>();
    const original = await readFile(file, "utf8");
    const lines = original.split("\n").filter((l) => l.trim() !== "");
    const boilerplate = lines.filter((l) => l.trim() === "Advert" || /click here/i.test(l));
    assert.equal(boilerplate.length, 4, "the file has three Advert lines and one donation appeal");
    for (const line of lines) {
      if (boilerplate.includes(line)) assert.ok(!shown.text.includes(line), `removed: ${line}`);
      else assert.ok(shown.text.includes(line.trim()), `kept byte for byte: ${line.slice(0, 60)}`);
    }
    assert.doesNotMatch(shown.text, /^Advert$/m);
    assert.doesNotMatch(shown.text, /donate/i);

    const again = await dossier("ingest", file, "--json");
    assert.equal(again.json<Summary>().duplicates, 1);
    assert.equal(again.json<Summary>().ingested, 0);
  });

  it("ingests all of corpus/ukraine-news and finds every article about Mariupol", {
    skip: sharedSkip("corpus/ukraine-news"),
  }, async () => {
    const { dossier } = await cliHarness();
    const dir = sharedPath("corpus", "ukraine-news");
    const files = (await readdir(dir)).filter((f) => f.endsWith(".txt"));
    const result = await dossier("ingest", dir, "--json");
    const summary = result.json<Summary>();
    assert.deepEqual(summary.failed, []);
    assert.equal(summary.ingested + summary.duplicates, files.length);

    const all = (await dossier("sources", "--limit", "500", "--jsonl")).lines<{ id: string }>();
    let mentioning = 0;
    for (const { id } of all) {
      const { text } = (await dossier("show", id, "--json")).json<{ text: string }>();
      if (/\bmariupol\b/i.test(text)) mentioning++;
    }
    const found = (await dossier("search", "Mariupol", "--limit", "500", "--json")).json<{
      total: number;
      hits: { snippet: { text: string; hit: boolean }[] }[];
    }>();
    assert.ok(mentioning > 0);
    assert.equal(found.total, mentioning);
    for (const hit of found.hits) assert.ok(hit.snippet.some((p) => p.hit && /mariupol/i.test(p.text)));
  });
});
