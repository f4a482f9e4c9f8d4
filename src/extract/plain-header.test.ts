import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extract } from "./index.js";
import { readPlainHeader } from "./plain-header.js";

const hints = { url: null, publishedAt: null, outlet: null, title: null };

describe("plain-text header", () => {
  it("reads title, outlet, date and URL from a leading Key: value block and keeps it out of the text", () => {
    const doc = extract(
      {
        mediaType: "text/plain",
        text: "Title: Shelling hits fictional Zarichne\nOutlet: Sample Herald\nPublished: 2022-04-05T08:30:00Z\nURL: https://herald.example/a\n\nShelling damaged homes in the fictional town of Zarichne overnight, officials said.\n",
      },
      hints,
    );
    assert.equal(doc.title, "Shelling hits fictional Zarichne");
    assert.equal(doc.outlet, "Sample Herald");
    assert.equal(doc.publishedAt, "2022-04-05T08:30:00Z");
    assert.equal(doc.url, "https://herald.example/a");
    assert.equal(
      doc.text,
      "Shelling damaged homes in the fictional town of Zarichne overnight, officials said.",
    );
  });

  it("leaves text alone when the opening lines are prose, a single key, or unknown keys", () => {
    assert.equal(readPlainHeader("Date: the talks ended late.\n\nMore text."), null);
    assert.equal(readPlainHeader("Note: one\nWarning: two\n\nBody"), null);
    assert.equal(readPlainHeader("Title: A\nOutlet: B\nThe body starts without a blank line."), null);
  });
});
