import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildAuthApp, HOUR, PASSWORD } from "./testing.js";

describe("auth plugin: browser sessions", () => {
  it("login → cookie → me → CSRF-protected POST → logout", async () => {
    const { app, harness } = await buildAuthApp();
    await harness.addUser("ana", "investigator");

    const login = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "ana", password: PASSWORD },
    });
    assert.equal(login.statusCode, 200);
    const setCookie = String(login.headers["set-cookie"]);
    assert.match(
      setCookie,
      /^dossier-session=[A-Za-z0-9_-]{43}; Max-Age=43200; Path=\/; HttpOnly; SameSite=Strict$/,
    );
    const cookie = setCookie.split(";")[0] ?? "";
    const { csrfToken, user } = login.json();
    assert.deepEqual(user, { id: user.id, username: "ana", role: "investigator", partnerId: null });

    const me = await app.inject({ url: "/api/auth/me", headers: { cookie } });
    assert.equal(me.statusCode, 200);
    assert.equal(me.json().user.username, "ana");
    assert.equal(me.json().csrfToken, csrfToken, "a reloaded page gets its token back");

    const post = await app.inject({
      method: "POST",
      url: "/api/things",
      headers: {
        cookie,
        "x-csrf-token": csrfToken,
        origin: "http://localhost",
        "sec-fetch-site": "same-origin",
      },
    });
    assert.equal(post.statusCode, 200);
    assert.deepEqual(post.json(), { changed: true });

    const logout = await app.inject({
      method: "POST",
      url: "/api/auth/logout",
      headers: { cookie, "x-csrf-token": csrfToken },
    });
    assert.equal(logout.statusCode, 204);
    assert.match(String(logout.headers["set-cookie"]), /^dossier-session=; Max-Age=0/);

    const after = await app.inject({ url: "/api/auth/me", headers: { cookie } });
    assert.equal(after.statusCode, 401);
    assert.equal(after.json().error.id, "unauthenticated");
  });

  it("uses the __Host- prefixed Secure cookie over TLS", async () => {
    const { app, harness } = await buildAuthApp({ secureCookies: true });
    await harness.addUser("ana", "investigator");
    const res = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "ana", password: PASSWORD },
    });
    assert.match(
      String(res.headers["set-cookie"]),
      /^__Host-dossier-session=.*; Path=\/; HttpOnly; Secure; SameSite=Strict$/,
    );
  });

  it("rotates the session on a new login", async () => {
    const { app, harness, login } = await buildAuthApp();
    await harness.addUser("ana", "investigator");
    const first = await login("ana");
    const again = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { cookie: first.cookie },
      payload: { username: "ana", password: PASSWORD },
    });
    const second = String(again.headers["set-cookie"]).split(";")[0];
    assert.notEqual(second, first.cookie);
    assert.equal(
      (await app.inject({ url: "/api/auth/me", headers: { cookie: first.cookie } })).statusCode,
      401,
    );
  });

  it("clears the cookie of a session that has expired", async () => {
    const { app, harness, login } = await buildAuthApp();
    await harness.addUser("ana", "investigator");
    const { cookie } = await login("ana");
    harness.clock.advance(2 * HOUR);
    const res = await app.inject({ url: "/api/things", headers: { cookie } });
    assert.equal(res.statusCode, 401);
    assert.match(String(res.headers["set-cookie"]), /Max-Age=0/);
  });
});

describe("auth plugin: login refusals", () => {
  it("answers unknown users and wrong passwords identically", async () => {
    const { app, harness } = await buildAuthApp();
    await harness.addUser("ana", "investigator");
    const wrong = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "ana", password: "not her password" },
    });
    const unknown = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "nobody", password: "not her password" },
    });
    assert.equal(wrong.statusCode, 401);
    assert.equal(wrong.json().error.id, "invalid-credentials");
    assert.equal(unknown.body, wrong.body);
  });

  it("answers 429 with Retry-After once locked", async () => {
    const { app, harness } = await buildAuthApp();
    await harness.addUser("ana", "investigator");
    const attempt = (password: string) =>
      app.inject({ method: "POST", url: "/api/auth/login", payload: { username: "ana", password } });
    for (let i = 0; i < 5; i++) assert.equal((await attempt("a wrong guess")).statusCode, 401);
    const locked = await attempt(PASSWORD);
    assert.equal(locked.statusCode, 429);
    assert.equal(locked.headers["retry-after"], "900");
    assert.equal(locked.json().error.id, "rate-limited");
    assert.match(locked.json().error.message, /try again in 15 minutes/);
  });

  it("validates the body", async () => {
    const { app } = await buildAuthApp();
    const res = await app.inject({ method: "POST", url: "/api/auth/login", payload: { username: "ana" } });
    assert.equal(res.statusCode, 400);
  });
});

describe("auth plugin: first-run setup", () => {
  it("creates the first admin from the one-time token and logs them in", async () => {
    const { app, harness } = await buildAuthApp();
    assert.deepEqual((await app.inject({ url: "/api/auth/setup" })).json(), { needed: true });
    const { token } = await harness.service.createSetupToken();
    const weak = await app.inject({
      method: "POST",
      url: "/api/auth/setup",
      payload: { token, username: "root", password: "short" },
    });
    assert.equal(weak.statusCode, 400);
    assert.equal(weak.json().error.id, "weak-password");
    const res = await app.inject({
      method: "POST",
      url: "/api/auth/setup",
      payload: { token, username: "root", password: "first admin of the field office" },
    });
    assert.equal(res.statusCode, 201);
    const cookie = String(res.headers["set-cookie"]).split(";")[0] ?? "";
    const me = await app.inject({ url: "/api/auth/me", headers: { cookie } });
    assert.equal(me.json().user.role, "admin");
    assert.deepEqual((await app.inject({ url: "/api/auth/setup" })).json(), { needed: false });
    const replay = await app.inject({
      method: "POST",
      url: "/api/auth/setup",
      payload: { token, username: "mallory", password: "first admin of the field office" },
    });
    assert.equal(replay.json().error.id, "invalid-setup-token");
  });
});

describe("security headers", () => {
  it("sends a strict CSP and friends on every response, refusals included", async () => {
    const { app } = await buildAuthApp();
    for (const url of ["/api/auth/setup", "/api/things"]) {
      const res = await app.inject({ url });
      assert.equal(
        res.headers["content-security-policy"],
        "default-src 'self';script-src 'self';object-src 'none';base-uri 'none';frame-ancestors 'none';" +
          "img-src 'self' data:;style-src 'self';connect-src 'self';form-action 'self'",
      );
      assert.equal(res.headers["x-content-type-options"], "nosniff");
      assert.equal(res.headers["referrer-policy"], "no-referrer");
      assert.equal(res.headers["cross-origin-opener-policy"], "same-origin");
      assert.equal(res.headers["strict-transport-security"], undefined, "no HSTS on plain HTTP");
    }
  });

  it("adds HSTS over TLS", async () => {
    const { app } = await buildAuthApp({ secureCookies: true });
    const res = await app.inject({ url: "/api/auth/setup" });
    assert.equal(res.headers["strict-transport-security"], "max-age=31536000");
  });
});
