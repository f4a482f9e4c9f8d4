import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import type { CaptureHints } from "../domain/capture.js";
import { sharedPath, sharedSkip } from "../testing/shared.js";
import { ExtractError, extract } from "./index.js";

const NO_HINTS: CaptureHints = { url: null, publishedAt: null, outlet: null, title: null };

function fromText(text: string, hints: Partial<CaptureHints> = {}) {
  return extract({ mediaType: "text/plain", text }, { ...NO_HINTS, ...hints });
}

describe("extract from plain text", () => {
  it("removes the seed article's ad markers and donation appeal and keeps every other line verbatim", {
    skip: sharedSkip("corpus", "seed"),
  }, () => {
    const raw = readFileSync(sharedPath("corpus", "seed", "us-war-crimes-assessment.txt"), "utf8");
    const doc = fromText(raw);
    const lines = raw.split("\n").filter((l) => l.trim() !== "");
    const removed = lines.filter((l) => l === "Advert" || l.startsWith("If you would like to donate"));
    assert.equal(removed.length, 4, "the seed has three Advert lines and one appeal");
    for (const line of lines) {
      if (removed.includes(line)) assert.ok(!doc.text.includes(line), `should be gone: ${line}`);
      else assert.ok(doc.text.includes(line), `should survive verbatim: ${line}`);
    }
    assert.doesNotMatch(doc.text, /^Advert$/m);
    assert.equal(doc.paragraphs.length, lines.length - removed.length);
  });

  it("removes general boilerplate lines and keeps sentences that only mention the same words", () => {
    const kept = [
      "Residents of Kalynove said the shelling began before dawn and lasted for three hours.",
      "The charity asked people abroad to donate blood and warm clothing for the displaced.",
      "Officials said the newsletter sent to residents had warned of the evacuation a week earlier.",
      "He said the website uses cookies from a tracking firm, which investigators are now examining.",
      "Read the full statement, the prosecutor told reporters, and you will see what we found.",
    ];
    const text = [
      kept[0],
      "ADVERTISEMENT",
      kept[1],
      "Read more: Evacuations continue in the north",
      "Share this article",
      kept[2],
      "Sign up to our free daily newsletter to get the latest news in your inbox",
      "We use cookies to give you the best experience. By continuing to browse you agree to our cookie policy.",
      kept[3],
      "CLICK HERE TO GET THE NEWS APP",
      "Photo: Regional Administration",
      kept[4],
      "Related: Five things to know about the ceasefire",
    ].join("\n");
    assert.deepEqual(fromText(text).text.split("\n\n"), kept);
  });

  it("treats each line as a paragraph and joins hard-wrapped lines", () => {
    const text =
      "First paragraph on its own line.\r\n\r\nA sentence that was wrapped\r\nat seventy columns by the tool.\r\nThird line stands alone.";
    const doc = fromText(text);
    assert.deepEqual(doc.text.split("\n\n"), [
      "First paragraph on its own line.",
      "A sentence that was wrapped at seventy columns by the tool.",
      "Third line stands alone.",
    ]);
    for (const [i, r] of doc.paragraphs.entries())
      assert.equal(doc.text.slice(r.start, r.end), doc.text.split("\n\n")[i]);
  });

  it("takes metadata from the hints only, and guesses no title from the first line", () => {
    const text =
      "Strike on Novarivka bridge\nThe bridge over the Vesna river was hit twice overnight, the regional administration said.";
    const bare = fromText(text);
    assert.equal(bare.title, null);
    assert.ok(bare.text.startsWith("Strike on Novarivka bridge\n\n"));
    assert.equal(bare.publishedAt, null);
    assert.equal(bare.outlet, null);

    const hinted = fromText(text, {
      title: "Strike on Novarivka bridge",
      publishedAt: "20220125T090000Z",
      url: "https://www.daily.example/a",
    });
    assert.equal(hinted.title, "Strike on Novarivka bridge");
    assert.equal(hinted.publishedAt, "2022-01-25T09:00:00Z");
    assert.equal(hinted.outlet, "daily.example");
    assert.equal(hinted.url, "https://www.daily.example/a");
    assert.equal(hinted.lang, "en");
  });

  it("throws ExtractError for empty text and for text that is all boilerplate", () => {
    assert.throws(
      () => fromText(" \n\n "),
      (e: unknown) => e instanceof ExtractError && e.message === "the text is empty",
    );
    assert.throws(
      () => fromText("Advertisement\nShare this article\nClick here to subscribe"),
      (e: unknown) => e instanceof ExtractError && /every line is boilerplate/.test(e.message),
    );
  });
});
