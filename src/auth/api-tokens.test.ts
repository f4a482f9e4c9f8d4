import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Principal } from "./context.js";
import { secretHash } from "./secrets.js";
import { buildAuth, HOUR } from "./testing.js";

async function withUsers() {
  const auth = buildAuth();
  const ana = await auth.addUser("ana", "investigator");
  const ben = await auth.addUser("ben", "reviewer");
  const root = await auth.addUser("root", "admin");
  const who = (userId: string, username: string, role: Principal["role"]): Principal => ({
    userId,
    username,
    role,
  });
  return {
    auth,
    ana: who(ana, "ana", "investigator"),
    ben: who(ben, "ben", "reviewer"),
    root: who(root, "root", "admin"),
  };
}

describe("API tokens", () => {
  it("are shown once at creation, stored only as their SHA-256, and listed without the secret", async () => {
    const { auth, ana } = await withUsers();
    const { token, view } = await auth.service.createApiToken(
      { userId: ana.userId, name: "nightly import" },
      { actor: "ana" },
    );
    assert.match(token, /^dsr_[A-Za-z0-9_-]{43}$/);
    const stored = await auth.repo.getApiToken(view.id);
    assert.equal(stored?.tokenHash, secretHash(token));
    assert.doesNotMatch(JSON.stringify(stored), new RegExp(token.slice(4)));
    const listed = await auth.service.listApiTokens(ana.userId);
    assert.deepEqual(
      listed.map((t) => t.name),
      ["nightly import"],
    );
    assert.doesNotMatch(JSON.stringify(listed), new RegExp(token.slice(4)));
    assert.doesNotMatch(JSON.stringify(listed), new RegExp(secretHash(token)));
  });

  it("authenticate as their owner, with the owner's current role, and record when last used", async () => {
    const { auth, ana } = await withUsers();
    const { token, view } = await auth.service.createApiToken(
      { userId: ana.userId, name: "script" },
      { actor: "ana" },
    );
    const found = await auth.service.authenticateApiToken(token);
    assert.deepEqual(found, { principal: ana, tokenId: view.id });
    const [listed] = await auth.service.listApiTokens(ana.userId);
    assert.equal(listed?.lastUsedAt, auth.clock.now().toISOString());
    assert.equal(await auth.service.authenticateApiToken(`${token.slice(0, -2)}AA`), null);
    assert.equal(await auth.service.authenticateApiToken("dsr_short"), null);
  });

  it("stop working when revoked, and revocation is audited", async () => {
    const { auth, ana } = await withUsers();
    const { token, view } = await auth.service.createApiToken(
      { userId: ana.userId, name: "script" },
      { actor: "ana" },
    );
    await auth.service.revokeApiToken(view.id, ana);
    assert.equal(await auth.service.authenticateApiToken(token), null);
    assert.notEqual((await auth.service.listApiTokens(ana.userId))[0]?.revokedAt, null);
    assert.deepEqual(auth.events.at(-1), {
      actor: "ana",
      action: "auth.token-revoke",
      payload: { tokenId: view.id, userId: ana.userId, name: "script" },
    });
    await assert.rejects(auth.service.revokeApiToken(view.id, ana), { id: "token-not-found" });
  });

  it("may be revoked by their owner or an admin only; to others they do not exist", async () => {
    const { auth, ana, ben, root } = await withUsers();
    const first = await auth.service.createApiToken({ userId: ana.userId, name: "one" }, { actor: "ana" });
    await assert.rejects(auth.service.revokeApiToken(first.view.id, ben), { id: "token-not-found" });
    assert.ok(await auth.service.authenticateApiToken(first.token));
    await auth.service.revokeApiToken(first.view.id, root);
    assert.equal(await auth.service.authenticateApiToken(first.token), null);
  });

  it("expire at their expiry date, which must be in the future", async () => {
    const { auth, ana } = await withUsers();
    const expiresAt = new Date(auth.clock.now().getTime() + HOUR);
    const { token } = await auth.service.createApiToken(
      { userId: ana.userId, name: "short", expiresAt },
      { actor: "ana" },
    );
    assert.ok(await auth.service.authenticateApiToken(token));
    auth.clock.advance(HOUR);
    assert.equal(await auth.service.authenticateApiToken(token), null);
    await assert.rejects(
      auth.service.createApiToken(
        { userId: ana.userId, name: "past", expiresAt: new Date(0) },
        { actor: "ana" },
      ),
      { id: "invalid-token-request" },
    );
  });

  it("stop working when their user is disabled", async () => {
    const { auth, ana } = await withUsers();
    const { token } = await auth.service.createApiToken(
      { userId: ana.userId, name: "script" },
      { actor: "ana" },
    );
    await auth.service.disableUser(ana.userId, { actor: "root" });
    assert.equal(await auth.service.authenticateApiToken(token), null);
  });

  it("audit creation with a reference, never the token", async () => {
    const { auth, ana } = await withUsers();
    const { token, view } = await auth.service.createApiToken(
      { userId: ana.userId, name: "script" },
      { actor: "ana" },
    );
    const event = auth.events.at(-1);
    assert.equal(event?.action, "auth.token-create");
    assert.equal((event?.payload as { tokenId?: string } | undefined)?.tokenId, view.id);
    assert.doesNotMatch(JSON.stringify(event), new RegExp(token.slice(4)));
  });
});
