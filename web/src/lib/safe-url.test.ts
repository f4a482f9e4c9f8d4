import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseUrlLines, safeHttpUrl } from "./safe-url.js";

describe("safeHttpUrl", () => {
  it("keeps http and https links", () => {
    assert.equal(safeHttpUrl("https://news.example.org/a?b=1#c"), "https://news.example.org/a?b=1#c");
    assert.equal(safeHttpUrl(" http://example.org "), "http://example.org/");
  });

  it("refuses script and data links however they are disguised", () => {
    for (const raw of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      " javascript:alert(1)",
      "java\tscript:alert(1)",
      "\u0000javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
    ]) {
      assert.equal(safeHttpUrl(raw), null, raw);
    }
  });

  it("refuses relative links, garbage and credentials", () => {
    assert.equal(safeHttpUrl("/api/sources"), null);
    assert.equal(safeHttpUrl("not a url"), null);
    assert.equal(safeHttpUrl("https://user:pass@example.org/"), null);
    assert.equal(safeHttpUrl(null), null);
    assert.equal(safeHttpUrl(""), null);
  });
});

describe("parseUrlLines", () => {
  it("takes one address a line, skipping blank lines, and names the lines that are not addresses", () => {
    assert.deepEqual(
      parseUrlLines("https://a.example/1\r\n\n  http://b.example/2  \nftp://c.example/\nnews story"),
      {
        urls: ["https://a.example/1", "http://b.example/2"],
        bad: ["ftp://c.example/", "news story"],
      },
    );
  });
});
