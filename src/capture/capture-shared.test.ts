import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sharedPath, sharedSkip } from "../testing/shared.js";
import { captureInputs } from "./capture.js";
import { planInputs } from "./plan.js";
import { buildOptions, collect, summarize } from "./testing.js";

/** The configured default; the tests' own small limit would refuse some real pages. */
const options = () => {
  const opts = buildOptions();
  opts.config = { ...opts.config, maxInputBytes: 64 * 1024 * 1024 };
  return opts;
};

/** Real pages and articles must not trip the binary, charset or size checks. */
describe("capture on real-world material", () => {
  it("captures every gzipped page of eval/article-extraction as HTML", {
    skip: sharedSkip("eval/article-extraction/html"),
  }, async () => {
    const planned = await planInputs([sharedPath("eval/article-extraction/html")]);
    const results = await collect(captureInputs(planned, options()));
    assert.equal(results.length, planned.length);
    assert.deepEqual(summarize(results.filter((r) => !r.ok)), []);
    assert.ok(
      results.every(
        (r) => r.ok && r.item.capture.encoding === "gzip" && r.item.content.mediaType === "text/html",
      ),
    );
  });

  it("captures every article of corpus/ukraine-news as plain text", {
    skip: sharedSkip("corpus/ukraine-news"),
  }, async () => {
    const planned = await planInputs([sharedPath("corpus/ukraine-news")]);
    const results = await collect(captureInputs(planned, options()));
    assert.ok(results.length > 100);
    assert.deepEqual(summarize(results.filter((r) => !r.ok)), []);
    assert.ok(results.every((r) => r.ok && r.item.content.mediaType === "text/plain"));
  });
});
