import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { outletKey } from "./outlet-key.js";
import { reliabilityFor } from "./reliability.js";

describe("outletKey", () => {
  it("reduces URLs and hosts to the registrable domain, public suffixes included", () => {
    assert.equal(outletKey("https://www.bbc.co.uk/news/world-1")?.key, "bbc.co.uk");
    assert.equal(outletKey("HTTPS://Edition.CNN.com/2022/x")?.key, "cnn.com");
    assert.equal(outletKey("news.un.org")?.key, "un.org");
    assert.equal(outletKey("www.abc.net.au")?.key, "abc.net.au");
    assert.equal(outletKey("someone.blogspot.com")?.key, "someone.blogspot.com");
  });

  it("keys posts on platforms by account, and keeps IP hosts and names apart", () => {
    assert.deepEqual(outletKey("https://t.me/s/VellNews/1234"), {
      key: "t.me/vellnews",
      kind: "account",
      domain: "t.me",
    });
    assert.equal(outletKey("https://x.com/SomeReporter/status/99")?.key, "x.com/somereporter");
    assert.deepEqual(outletKey("http://10.0.0.7/report"), { key: "10.0.0.7", kind: "host", domain: null });
    assert.deepEqual(outletKey("  The   Vell  Gazette "), {
      key: "vell gazette",
      kind: "name",
      domain: null,
    });
    assert.equal(outletKey("   "), null);
  });
});

describe("reliabilityFor", () => {
  it("grades well-known outlets from the defaults, by URL or by name", () => {
    const byUrl = reliabilityFor("https://www.reuters.com/world/europe/x");
    assert.equal(byUrl.grade, "B");
    assert.equal(byUrl.basis, "default");
    assert.equal(reliabilityFor("BBC News").grade, "B");
    assert.equal(reliabilityFor("BBC News").key, "bbc.co.uk");
  });

  it("gives F to unknown outlets and to platforms, pointing at the account for platforms", () => {
    const unknown = reliabilityFor("https://vell-daily.example/story");
    assert.deepEqual([unknown.grade, unknown.basis, unknown.key], ["F", "unknown", "vell-daily.example"]);
    const post = reliabilityFor("https://t.me/vellnews/5");
    assert.deepEqual(
      [post.grade, post.basis, post.key, post.matchedKey],
      ["F", "default", "t.me/vellnews", "t.me"],
    );
  });

  it("prefers the team's overrides, matched after normalisation", () => {
    const overrides = [
      { key: "www.reuters.com", grade: "A" as const, note: "long record with us" },
      { key: "t.me/VellNews", grade: "D" as const },
      { key: "BBC News", grade: "C" as const },
    ];
    const r = reliabilityFor("https://uk.reuters.com/article", overrides);
    assert.deepEqual([r.grade, r.basis, r.note], ["A", "override", "long record with us"]);
    assert.equal(reliabilityFor("https://t.me/s/vellnews/9", overrides).grade, "D");
    assert.equal(reliabilityFor("https://t.me/otherchannel/9", overrides).grade, "F");
    assert.equal(reliabilityFor("https://www.bbc.co.uk/news", overrides).grade, "C");
  });
});
