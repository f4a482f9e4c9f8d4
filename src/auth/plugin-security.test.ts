import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildAuthApp, PASSWORD } from "./testing.js";

async function investigatorApp() {
  const built = await buildAuthApp();
  await built.harness.addUser("ana", "investigator");
  await built.harness.addUser("ben", "investigator");
  return { ...built, ana: await built.login("ana") };
}

describe("CSRF protection", () => {
  it("refuses a cookie-authenticated POST without the token, with a wrong one, or another session's", async () => {
    const { app, ana, login } = await investigatorApp();
    const ben = await login("ben");
    for (const token of [undefined, "not-the-token", ben.csrf]) {
      const headers: Record<string, string> = { cookie: ana.cookie };
      if (token !== undefined) headers["x-csrf-token"] = token;
      const res = await app.inject({ method: "POST", url: "/api/things", headers });
      assert.equal(res.statusCode, 403, String(token));
      assert.equal(res.json().error.id, "csrf-failed");
    }
    const del = await app.inject({ method: "DELETE", url: "/api/users/1", headers: { cookie: ana.cookie } });
    assert.equal(del.json().error.id, "csrf-failed");
  });

  it("refuses a cross-site request even with the right token", async () => {
    const { app, ana } = await investigatorApp();
    const base = { cookie: ana.cookie, "x-csrf-token": ana.csrf };
    for (const extra of [
      { origin: "https://evil.example" },
      { "sec-fetch-site": "cross-site" },
      { origin: "null" },
    ]) {
      const res = await app.inject({ method: "POST", url: "/api/things", headers: { ...base, ...extra } });
      assert.equal(res.statusCode, 403, JSON.stringify(extra));
      assert.equal(res.json().error.id, "csrf-failed");
    }
  });

  it("refuses a cross-site login (login CSRF), and accepts the configured UI origin", async () => {
    const { app, harness } = await buildAuthApp({ trustedOrigins: ["https://dossier.example.org"] });
    await harness.addUser("ana", "investigator");
    const attempt = (origin: string) =>
      app.inject({
        method: "POST",
        url: "/api/auth/login",
        headers: { origin },
        payload: { username: "ana", password: PASSWORD },
      });
    assert.equal((await attempt("https://evil.example")).json().error.id, "csrf-failed");
    assert.equal((await attempt("https://dossier.example.org")).statusCode, 200);
  });

  it("leaves reads alone", async () => {
    const { app, ana } = await investigatorApp();
    const res = await app.inject({
      url: "/api/things",
      headers: { cookie: ana.cookie, origin: "https://evil.example" },
    });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { viewer: "ana" });
  });
});

describe("API tokens over HTTP", () => {
  it("are created from a session, shown once, work as Bearer without CSRF, and die when revoked", async () => {
    const { app, ana } = await investigatorApp();
    const created = await app.inject({
      method: "POST",
      url: "/api/auth/tokens",
      headers: { cookie: ana.cookie, "x-csrf-token": ana.csrf },
      payload: { name: "nightly import" },
    });
    assert.equal(created.statusCode, 201);
    const { token, id } = created.json();
    assert.match(token, /^dsr_/);

    const listed = await app.inject({ url: "/api/auth/tokens", headers: { cookie: ana.cookie } });
    assert.equal(listed.json().items[0].name, "nightly import");
    assert.doesNotMatch(listed.body, new RegExp(token.slice(4)));

    const bearer = { authorization: `Bearer ${token}` };
    const post = await app.inject({
      method: "POST",
      url: "/api/things",
      headers: { ...bearer, origin: "https://elsewhere.example" },
    });
    assert.equal(post.statusCode, 200, "no ambient authority, so no CSRF check");

    const mint = await app.inject({
      method: "POST",
      url: "/api/auth/tokens",
      headers: bearer,
      payload: { name: "x" },
    });
    assert.equal(mint.statusCode, 401, "a token cannot mint tokens");

    const revoke = await app.inject({
      method: "DELETE",
      url: `/api/auth/tokens/${id}`,
      headers: { cookie: ana.cookie, "x-csrf-token": ana.csrf },
    });
    assert.equal(revoke.statusCode, 204);
    const dead = await app.inject({ url: "/api/things", headers: bearer });
    assert.equal(dead.statusCode, 401);
    assert.equal(dead.json().error.id, "unauthenticated");
  });

  it("refuses malformed Authorization headers rather than falling back to the cookie", async () => {
    const { app, ana } = await investigatorApp();
    const res = await app.inject({
      url: "/api/things",
      headers: { cookie: ana.cookie, authorization: "Basic YTpi" },
    });
    assert.equal(res.statusCode, 401);
  });
});

describe("roles", () => {
  it("answers 401 without a login and 403 for the wrong role, auditing the refusal", async () => {
    const { app, harness, ana } = await investigatorApp();
    assert.equal((await app.inject({ url: "/api/things" })).statusCode, 401);
    const res = await app.inject({
      method: "DELETE",
      url: "/api/users/42?reason=test",
      headers: { cookie: ana.cookie, "x-csrf-token": ana.csrf },
    });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error.id, "forbidden");
    assert.deepEqual(harness.events.at(-1), {
      actor: "ana",
      action: "auth.permission-denied",
      payload: {
        userId: (await harness.repo.getUserByUsername("ana"))?.id,
        role: "investigator",
        method: "DELETE",
        path: "/api/users/42",
        required: "the admin role",
      },
    });
  });

  it("keeps partners read-only even where a route forgot to check, but lets them manage their own session and tokens", async () => {
    const { app, harness, login } = await buildAuthApp();
    await harness.addUser("clerk", "partner", "tribunal");
    const clerk = await login("clerk");
    const headers = { cookie: clerk.cookie, "x-csrf-token": clerk.csrf };
    const me = await app.inject({ url: "/api/auth/me", headers });
    assert.equal(me.json().user.partnerId, "tribunal");
    assert.equal((await app.inject({ url: "/api/things", headers })).statusCode, 200);
    for (const url of ["/api/things", "/api/unguarded"]) {
      const res = await app.inject({ method: "POST", url, headers });
      assert.equal(res.statusCode, 403, url);
      assert.equal(harness.events.at(-1)?.action, "auth.permission-denied");
    }
    const token = await app.inject({
      method: "POST",
      url: "/api/auth/tokens",
      headers,
      payload: { name: "reader" },
    });
    assert.equal(token.statusCode, 201);
    assert.equal((await app.inject({ method: "POST", url: "/api/auth/logout", headers })).statusCode, 204);
  });
});

describe("audit", () => {
  it("records logins, failures, logouts, tokens and denials, and never a secret", async () => {
    const { app, harness, login } = await buildAuthApp();
    await harness.addUser("clerk", "partner", "tribunal");
    await app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "clerk", password: "Wrong-Pass-123" },
    });
    await app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "my password 99", password: "x" },
    });
    const clerk = await login("clerk");
    const headers = { cookie: clerk.cookie, "x-csrf-token": clerk.csrf };
    const created = await app.inject({
      method: "POST",
      url: "/api/auth/tokens",
      headers,
      payload: { name: "reader" },
    });
    const { token, id } = created.json();
    await app.inject({ method: "POST", url: "/api/things", headers: { authorization: `Bearer ${token}` } });
    await app.inject({ method: "DELETE", url: `/api/auth/tokens/${id}`, headers });
    await app.inject({ method: "POST", url: "/api/auth/logout", headers });

    assert.deepEqual(
      harness.events.map((e) => e.action),
      [
        "auth.user-create",
        "auth.login-failed",
        "auth.login-failed",
        "auth.login",
        "auth.token-create",
        "auth.permission-denied",
        "auth.token-revoke",
        "auth.logout",
      ],
    );
    const log = JSON.stringify(harness.events);
    const sessionId = clerk.cookie.split("=")[1] ?? "";
    for (const secret of [
      PASSWORD,
      "Wrong-Pass-123",
      "my password 99",
      sessionId,
      clerk.csrf,
      token.slice(4),
    ]) {
      assert.equal(log.includes(secret), false, `audit log contains a secret: ${secret.slice(0, 6)}…`);
    }
  });
});
