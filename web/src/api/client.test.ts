import assert from "node:assert/strict";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import {
  ApiError,
  api,
  asSentence,
  errorFrom,
  messageOf,
  NETWORK_ERROR,
  setCsrfToken,
  setUnauthenticatedHandler,
  withQuery,
} from "./client.js";

// A loopback server standing in for Dossier's API: it records what it was sent and answers
// in the API's error shape.
let server: Server;
let base = "";
const seen: { method: string; url: string; headers: IncomingHttpHeaders; body: string }[] = [];

before(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      const reply = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { "content-type": "application/json", ...headers });
        res.end(JSON.stringify(payload));
      };
      if (req.url?.startsWith("/api/ok")) reply(200, { fine: true });
      else if (req.url === "/api/note")
        reply(400, { error: { id: "note-required", message: "a note saying why is required" } });
      else if (req.url === "/api/gone")
        reply(401, { error: { id: "unauthenticated", message: "log in first" } });
      else if (req.url === "/api/auth/login")
        reply(
          429,
          { error: { id: "rate-limited", message: "too many attempts; try again in 60 seconds" } },
          { "retry-after": "60" },
        );
      else if (req.url === "/api/empty") {
        res.writeHead(204);
        res.end();
      } else {
        res.writeHead(502, { "content-type": "text/html" });
        res.end("<h1>Bad gateway</h1>");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  setCsrfToken(null);
  setUnauthenticatedHandler(null);
  server.close();
});

describe("api", () => {
  it("sends the CSRF token on state-changing requests only", async () => {
    setCsrfToken("tok-123");
    await api(`${base}/api/ok`);
    await api(`${base}/api/ok`, { body: { to: "in_review", note: "why" } });
    await api(`${base}/api/ok`, { method: "DELETE" });
    const [get, post, del] = seen.slice(-3);
    assert.equal(get?.headers["x-csrf-token"], undefined);
    assert.equal(post?.method, "POST");
    assert.equal(post?.headers["x-csrf-token"], "tok-123");
    assert.equal(post?.headers["content-type"], "application/json");
    assert.deepEqual(JSON.parse(post?.body ?? ""), { to: "in_review", note: "why" });
    assert.equal(del?.headers["x-csrf-token"], "tok-123");
  });

  it("rejects with the server's own message and error id", async () => {
    await assert.rejects(api(`${base}/api/note`, { body: {} }), (e: unknown) => {
      assert.ok(e instanceof ApiError);
      assert.equal(e.message, "a note saying why is required");
      assert.equal(e.id, "note-required");
      assert.equal(e.status, 400);
      return true;
    });
  });

  it("tells the app when the session has ended, but not for the login call itself", async () => {
    let calls = 0;
    setUnauthenticatedHandler(() => {
      calls++;
    });
    await assert.rejects(api(`${base}/api/gone`));
    assert.equal(calls, 1);
    await assert.rejects(api(`${base}/api/auth/login`, { body: {} }), (e: unknown) => {
      assert.ok(e instanceof ApiError);
      assert.equal(e.retryAfter, 60);
      assert.match(e.message, /too many attempts/);
      return true;
    });
    assert.equal(calls, 1);
  });

  it("explains a failure that is not the API's (a proxy's HTML page) in plain words", async () => {
    await assert.rejects(api(`${base}/elsewhere`), (e: unknown) => {
      assert.ok(e instanceof ApiError);
      assert.equal(e.status, 502);
      assert.match(e.message, /server ran into a problem/);
      return true;
    });
  });

  it("resolves to null for an empty answer", async () => {
    assert.equal(await api(`${base}/api/empty`, { method: "POST" }), null);
  });

  it("says the server cannot be reached when nothing answers", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await assert.rejects(api(`http://127.0.0.1:${port}/api/ok`), { message: NETWORK_ERROR });
  });
});

describe("request helpers", () => {
  it("writes only the query values that are set", () => {
    assert.equal(
      withQuery("/api/incidents", { status: "new", type: undefined, q: "", limit: 50 }),
      "/api/incidents?status=new&limit=50",
    );
    assert.equal(withQuery("/api/x", {}), "/api/x");
  });

  it("falls back to plain words for every status when the body says nothing", () => {
    assert.match(errorFrom(403, null).message, /not allowed/);
    assert.match(errorFrom(404, "nope").message, /Not found/);
    assert.match(errorFrom(418, {}).message, /HTTP 418/);
  });

  it("shows the server's clauses as sentences", () => {
    assert.equal(asSentence("a note saying why is required"), "A note saying why is required.");
    assert.equal(asSentence("Not found."), "Not found.");
    assert.equal(
      messageOf(new ApiError("too many failed logins; try again in 2 minutes", 429, "rate-limited")),
      "Too many failed logins; try again in 2 minutes.",
    );
    assert.equal(messageOf("weird"), "Something went wrong.");
  });
});
