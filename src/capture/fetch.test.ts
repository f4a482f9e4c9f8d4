import assert from "node:assert/strict";
import type { ServerResponse } from "node:http";
import { after, before, describe, it } from "node:test";
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import { type FetchOptions, fetchUrl } from "./fetch.js";
import { publicOnly } from "./guard.js";
import type { Resolver } from "./request.js";
import { startServer, type TestServer } from "./testing.js";

const base: FetchOptions = {
  timeoutMs: 2000,
  maxRedirects: 3,
  maxBytes: 64 * 1024,
  allowPrivate: true,
  userAgent: "Dossier-test",
};

const send = (
  res: ServerResponse,
  status: number,
  headers: Record<string, string | number>,
  body: string | Buffer = "",
) => {
  res.writeHead(status, headers);
  res.end(body);
};

/** Resolves names from a table; any other name is an error, so no test ever reaches real DNS. */
const table =
  (entries: Record<string, string[]>): Resolver =>
  async (hostname) => {
    const addresses = entries[hostname];
    if (!addresses) throw Object.assign(new Error(`no test entry for ${hostname}`), { code: "ENOTFOUND" });
    return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };

/** Lets the test server's own address through, and nothing else private. */
const loopbackOnlyHere = (address: string) => (address === "127.0.0.1" ? null : publicOnly(address));

describe("fetchUrl against a loopback server", () => {
  let srv: TestServer;
  let hits: string[] = [];
  before(async () => {
    srv = await startServer((req, res) => {
      hits.push(req.url ?? "");
      const page = "<html><body><p>Report body.</p></body></html>";
      switch (req.url) {
        case "/page":
          return send(res, 200, { "Content-Type": "text/html; charset=utf-8", "X-Trace": "abc" }, page);
        case "/r1":
          return send(res, 301, { Location: "/r2" });
        case "/r2":
          return send(res, 302, { Location: `${srv.url("/page")}` });
        case "/loop":
          return send(res, 307, { Location: "/loop" });
        case "/to-ftp":
          return send(res, 302, { Location: "ftp://files.example/x" });
        case "/to-metadata":
          return send(res, 302, { Location: "http://metadata.test/latest/meta-data/" });
        case "/to-private-ip":
          return send(res, 302, { Location: "http://10.0.0.1/admin" });
        case "/missing":
          return send(res, 404, { "Content-Type": "text/html" }, "<h1>Not here</h1>");
        case "/broken":
          return send(res, 500, {}, "oops");
        case "/big-declared":
          return send(res, 200, { "Content-Length": 1_000_000 }, "");
        case "/big-chunked":
          res.writeHead(200, { "Content-Type": "text/plain" });
          for (let i = 0; i < 20; i++) res.write("x".repeat(8192));
          return res.end();
        case "/gzip":
          return send(res, 200, { "Content-Encoding": "gzip" }, gzipSync(page));
        case "/br":
          return send(res, 200, { "Content-Encoding": "br" }, brotliCompressSync(page));
        case "/deflate":
          return send(res, 200, { "Content-Encoding": "deflate" }, deflateSync(page));
        case "/raw-deflate":
          return send(res, 200, { "Content-Encoding": "deflate" }, deflateRawSync(page));
        case "/zip-bomb":
          return send(res, 200, { "Content-Encoding": "gzip" }, gzipSync(Buffer.alloc(1_000_000)));
        case "/cut":
          res.writeHead(200, { "Content-Length": 1000 });
          res.write("only part");
          return setTimeout(() => res.socket?.destroy(), 20);
        case "/silent":
          return; // never answers
        default:
          return send(res, 400, {});
      }
    });
  });
  after(() => srv.close());

  it("fetches a page and records the chain of custody", async () => {
    const { body, contentType, record } = await fetchUrl(srv.url("/page"), base);
    assert.equal(body.toString(), "<html><body><p>Report body.</p></body></html>");
    assert.equal(contentType, "text/html; charset=utf-8");
    assert.equal(record.requestedUrl, srv.url("/page"));
    assert.equal(record.finalUrl, srv.url("/page"));
    assert.equal(record.status, 200);
    assert.equal(record.headers["x-trace"], "abc");
    assert.deepEqual(record.redirects, [srv.url("/page")]);
    assert.equal(record.remoteAddress, "127.0.0.1");
  });

  it("follows redirects, checking and recording each hop", async () => {
    const { record } = await fetchUrl(srv.url("/r1"), base);
    assert.equal(record.finalUrl, srv.url("/page"));
    assert.deepEqual(record.redirects, [srv.url("/r1"), srv.url("/r2"), srv.url("/page")]);
  });

  it("stops after maxRedirects", async () => {
    hits = [];
    await assert.rejects(fetchUrl(srv.url("/loop"), base), { message: "too many redirects (more than 3)" });
    assert.equal(hits.length, 4);
  });

  it("refuses a redirect to another scheme", async () => {
    await assert.rejects(fetchUrl(srv.url("/to-ftp"), base), {
      message: 'redirect to unsupported URL scheme "ftp:" (ftp://files.example/x)',
    });
  });

  it("refuses error statuses: an error page is not a report", async () => {
    await assert.rejects(fetchUrl(srv.url("/missing"), base), { message: "HTTP 404 Not Found" });
    await assert.rejects(fetchUrl(srv.url("/broken"), base), { message: "HTTP 500 Internal Server Error" });
  });

  it("refuses bodies over maxBytes, by Content-Length or by counting", async () => {
    const opts = { ...base, maxBytes: 100_000 };
    await assert.rejects(fetchUrl(srv.url("/big-declared"), opts), {
      message: "response is 1000000 bytes (Content-Length), more than the limit of 100000 (fetch.maxBytes)",
    });
    await assert.rejects(fetchUrl(srv.url("/big-chunked"), opts), {
      message: "response body is more than 100000 bytes, the limit (fetch.maxBytes)",
    });
  });

  it("undoes gzip, br and both kinds of deflate, keeping the header in the record", async () => {
    for (const path of ["/gzip", "/br", "/deflate", "/raw-deflate"]) {
      const { body, record } = await fetchUrl(srv.url(path), base);
      assert.equal(body.toString(), "<html><body><p>Report body.</p></body></html>", path);
      assert.ok(record.headers["content-encoding"], path);
    }
  });

  it("caps the decoded size of a compressed body", async () => {
    await assert.rejects(fetchUrl(srv.url("/zip-bomb"), base), {
      message: "decoded response body is more than 65536 bytes, the limit (fetch.maxBytes)",
    });
  });

  it("times out on a server that never answers", async () => {
    await assert.rejects(fetchUrl(srv.url("/silent"), { ...base, timeoutMs: 300 }), {
      message: "timed out after 300 ms",
    });
  });

  it("reports a response cut off before its end", async () => {
    await assert.rejects(fetchUrl(srv.url("/cut"), base), {
      message: `connection to ${new URL(srv.url("/")).host} closed before the response was complete`,
    });
  });

  it("refuses loopback when private addresses are not allowed", async () => {
    await assert.rejects(fetchUrl(srv.url("/page"), { ...base, allowPrivate: false }), {
      message: "127.0.0.1 is not a public address (loopback); refusing to fetch (allowPrivate is off)",
    });
  });

  it("refuses a redirect from an allowed host to a private address, by name or literal", async () => {
    hits = [];
    const opts = {
      ...base,
      allowPrivate: false,
      addressPolicy: loopbackOnlyHere,
      resolve: table({ "metadata.test": ["169.254.169.254"] }),
    };
    await assert.rejects(fetchUrl(srv.url("/to-metadata"), opts), {
      message:
        "metadata.test resolves to 169.254.169.254, not a public address (link-local, the cloud metadata service); refusing to fetch (allowPrivate is off)",
    });
    await assert.rejects(fetchUrl(srv.url("/to-private-ip"), opts), {
      message: "10.0.0.1 is not a public address (private RFC 1918); refusing to fetch (allowPrivate is off)",
    });
    assert.deepEqual(hits, ["/to-metadata", "/to-private-ip"]);
  });
});

describe("fetchUrl address guard after DNS", () => {
  const guarded = (entries: Record<string, string[]>): FetchOptions => ({
    ...base,
    allowPrivate: false,
    resolve: table(entries),
  });

  it("refuses names that resolve to private, metadata or mapped loopback addresses", async () => {
    const cases: [string, string][] = [
      ["10.0.0.1", "private RFC 1918"],
      ["169.254.169.254", "link-local, the cloud metadata service"],
      ["::ffff:127.0.0.1", "loopback"],
    ];
    for (const [address, range] of cases) {
      await assert.rejects(fetchUrl("http://news.test/a", guarded({ "news.test": [address] })), {
        message: `news.test resolves to ${address}, not a public address (${range}); refusing to fetch (allowPrivate is off)`,
      });
    }
  });

  it("refuses a name when any of its addresses is private", async () => {
    await assert.rejects(
      fetchUrl("http://mixed.test/", guarded({ "mixed.test": ["93.184.216.34", "10.1.2.3"] })),
      {
        message: /^mixed\.test resolves to 10\.1\.2\.3, not a public address/,
      },
    );
  });

  it("names a host that does not resolve", async () => {
    await assert.rejects(fetchUrl("http://nowhere.test/", guarded({})), {
      message: "cannot resolve host nowhere.test",
    });
  });

  it("gives up connecting after connectTimeoutMs", async () => {
    const hang: Resolver = () => new Promise(() => {});
    await assert.rejects(fetchUrl("http://slow.test/", { ...base, resolve: hang, connectTimeoutMs: 100 }), {
      message: "could not connect to slow.test within 100 ms",
    });
  });

  it("names a refused connection", async () => {
    const closed = await startServer(() => {});
    const url = closed.url("/");
    await closed.close();
    await assert.rejects(fetchUrl(url, base), { message: `connection refused by ${new URL(url).host}` });
  });
});
