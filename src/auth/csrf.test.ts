import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { crossOriginReason, csrfTokenFor, csrfTokenValid, isStateChanging } from "./csrf.js";

const APP = ["http://127.0.0.1:8480"];

describe("CSRF token", () => {
  it("belongs to one session and is checked exactly", () => {
    const token = csrfTokenFor("session-one");
    assert.equal(csrfTokenValid("session-one", token), true);
    assert.equal(csrfTokenValid("session-two", token), false);
    assert.equal(csrfTokenValid("session-one", undefined), false);
    assert.equal(csrfTokenValid("session-one", ""), false);
    assert.equal(csrfTokenValid("session-one", token.toUpperCase()), false);
    assert.notEqual(token, "session-one");
  });

  it("is needed for POST, PUT, PATCH and DELETE, not for reads", () => {
    for (const m of ["POST", "PUT", "PATCH", "DELETE", "post"]) assert.equal(isStateChanging(m), true, m);
    for (const m of ["GET", "HEAD", "OPTIONS"]) assert.equal(isStateChanging(m), false, m);
  });
});

describe("origin check", () => {
  it("accepts same-origin browser requests and clients that send neither header", () => {
    assert.equal(
      crossOriginReason({ origin: "http://127.0.0.1:8480", secFetchSite: "same-origin" }, APP),
      null,
    );
    assert.equal(crossOriginReason({}, APP), null);
  });

  it("refuses other sites, sibling subdomains and opaque origins", () => {
    assert.match(crossOriginReason({ origin: "https://evil.example" }, APP) ?? "", /another origin/);
    assert.match(crossOriginReason({ secFetchSite: "cross-site" }, APP) ?? "", /another site/);
    assert.match(crossOriginReason({ secFetchSite: "same-site" }, APP) ?? "", /another site/);
    assert.notEqual(crossOriginReason({ origin: "null" }, APP), null);
    assert.notEqual(crossOriginReason({ origin: "http://127.0.0.1:9999" }, APP), null, "another port");
    assert.notEqual(crossOriginReason({ origin: "https://127.0.0.1:8480" }, APP), null, "another scheme");
  });
});
