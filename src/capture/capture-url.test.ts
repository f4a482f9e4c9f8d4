import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { captureInputs } from "./capture.js";
import { planInputs } from "./plan.js";
import { buildOptions, collect, FIXED_NOW, startServer, summarize, type TestServer } from "./testing.js";

/** "Вербівка" (an invented village) in koi8-u. */
const koi8u = Buffer.from([0xf7, 0xc5, 0xd2, 0xc2, 0xa6, 0xd7, 0xcb, 0xc1]);

describe("captureInputs on URLs", () => {
  let srv: TestServer;
  before(async () => {
    srv = await startServer((req, res) => {
      if (req.url === "/old") {
        res.writeHead(301, { Location: "/article" });
        res.end();
      } else if (req.url === "/article") {
        res.writeHead(200, { "Content-Type": "text/html; charset=koi8-u" });
        res.end(Buffer.concat([Buffer.from("<html><body><p>"), koi8u, Buffer.from("</p></body></html>")]));
      } else if (req.url === "/report.txt.gz") {
        res.writeHead(200, { "Content-Type": "application/gzip" });
        res.end(gzipSync("A plain report, downloaded compressed."));
      } else if (req.url === "/photo") {
        res.writeHead(200, { "Content-Type": "image/gif" });
        res.end(Buffer.from("GIF89a\x01\x00\x01\x00\x80\x00\x00", "latin1"));
      } else if (req.url === "/empty") {
        res.writeHead(200, { "Content-Type": "text/html" });
        res.end();
      } else {
        res.writeHead(404);
        res.end("<h1>Not Found</h1>");
      }
    });
  });
  after(() => srv.close());

  it("captures a page through a redirect, decoding the charset from Content-Type", async () => {
    const planned = await planInputs([srv.url("/old")]);
    const [result, ...rest] = await collect(captureInputs(planned, buildOptions()));
    assert.equal(rest.length, 0);
    if (!result?.ok) assert.fail(`expected an item, got ${JSON.stringify(result)}`);
    const { item } = result;
    assert.equal(item.label, srv.url("/old"));
    assert.equal(item.content.mediaType, "text/html");
    assert.equal(item.content.text, "<html><body><p>Вербівка</p></body></html>");
    assert.deepEqual(item.capture.origin, { kind: "url", url: srv.url("/old") });
    assert.equal(item.capture.retrievedAt, FIXED_NOW.toISOString());
    assert.equal(item.capture.http?.finalUrl, srv.url("/article"));
    assert.equal(item.capture.http?.headers["content-type"], "text/html; charset=koi8-u");
    assert.equal(item.hints.url, srv.url("/article"));
    assert.equal(item.original.subarray(15, 23).equals(koi8u), true);
  });

  it("unpacks a gzip file served as such, keeping it compressed", async () => {
    const [result] = await collect(
      captureInputs(await planInputs([srv.url("/report.txt.gz")]), buildOptions()),
    );
    assert.equal(result?.ok && result.item.capture.encoding, "gzip");
    assert.equal(result?.ok && result.item.content.text, "A plain report, downloaded compressed.");
  });

  it("stores nothing for error pages, images, empty bodies or refused addresses, and goes on", async () => {
    const planned = await planInputs([
      srv.url("/gone"),
      srv.url("/photo"),
      srv.url("/empty"),
      srv.url("/article"),
    ]);
    const opts = buildOptions();
    const results = await collect(captureInputs(planned, opts));
    assert.deepEqual(summarize(results), [
      `${srv.url("/gone")}: HTTP 404 Not Found`,
      `${srv.url("/photo")}: binary content (looks like GIF image)`,
      `${srv.url("/empty")}: empty response body (HTTP 200)`,
      `${srv.url("/article")} ok`,
    ]);
    opts.config = { ...opts.config, fetch: { ...opts.config.fetch, allowPrivate: false } };
    const refused = await collect(captureInputs(await planInputs([srv.url("/article")]), opts));
    assert.match(summarize(refused)[0] ?? "", /: 127\.0\.0\.1 is not a public address \(loopback\)/);
  });
});
