import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { setupLink } from "./accounts.js";
import { secretHash } from "./secrets.js";
import { buildAuth, HOUR, PASSWORD } from "./testing.js";

const ADMIN = { username: "root", password: "first admin of the field office" };

describe("accounts", () => {
  it("creates users with normalised names and hashed passwords, audited", async () => {
    const auth = buildAuth();
    const user = await auth.service.createUser(
      { username: "Ana.Lee", password: PASSWORD, role: "investigator" },
      { actor: "root" },
    );
    assert.equal(user.username, "ana.lee");
    assert.equal("passwordHash" in user, false);
    const stored = await auth.repo.getUser(user.id);
    assert.match(stored?.passwordHash ?? "", /^\$scrypt\$/);
    assert.deepEqual(auth.events, [
      {
        actor: "root",
        action: "auth.user-create",
        payload: { userId: user.id, username: "ana.lee", role: "investigator", partnerId: null },
      },
    ]);
  });

  it("refuses weak passwords, bad or taken usernames, and partners without a partner", async () => {
    const auth = buildAuth();
    await auth.addUser("ana", "investigator");
    const attempt = (overrides: object) =>
      auth.service.createUser(
        { username: "ben", password: PASSWORD, role: "reviewer", ...overrides },
        { actor: "root" },
      );
    await assert.rejects(attempt({ password: "short one" }), { id: "weak-password" });
    await assert.rejects(attempt({ password: "ben-ben-ben-ben" }), { id: "weak-password" });
    await assert.rejects(attempt({ username: "b" }), { id: "invalid-username" });
    await assert.rejects(attempt({ username: "ANA" }), { id: "username-taken" });
    await assert.rejects(attempt({ role: "partner" }), { id: "invalid-user" });
    await assert.rejects(attempt({ partnerId: "tribunal" }), { id: "invalid-user" });
    const partner = await auth.service.createUser(
      { username: "clerk", password: PASSWORD, role: "partner", partnerId: "tribunal" },
      { actor: "root" },
    );
    assert.equal(partner.partnerId, "tribunal");
  });
});

describe("password upgrades", () => {
  it("rehashes a password made with older parameters at the next login", async () => {
    const before = buildAuth();
    const id = await before.addUser("ana", "investigator");
    const stronger = buildAuth({ repo: before.repo, passwordParams: { ln: 11, r: 8, p: 2 } });
    await stronger.service.login({ username: "ana", password: PASSWORD }, { address: "192.0.2.1" });
    const hash = (await before.repo.getUser(id))?.passwordHash ?? "";
    assert.match(hash, /^\$scrypt\$ln=11,r=8,p=2\$/);
    const again = await stronger.service.login(
      { username: "ana", password: PASSWORD },
      { address: "192.0.2.1" },
    );
    assert.equal(again.principal.username, "ana");
    assert.equal((await before.repo.getUser(id))?.passwordHash, hash, "no rehash once current");
  });
});

describe("first-run setup", () => {
  it("is needed until an admin exists, and the token is stored only as a hash", async () => {
    const auth = buildAuth();
    assert.equal(await auth.service.needsSetup(), true);
    const { token, expiresAt } = await auth.service.createSetupToken();
    assert.equal(expiresAt.getTime() - auth.clock.now().getTime(), 24 * HOUR);
    assert.equal(await auth.repo.consumeSetupToken(token, auth.clock.now()), false, "not stored in clear");
    const admin = await auth.service.redeemSetupToken(token, ADMIN);
    assert.equal(admin.role, "admin");
    assert.equal(await auth.service.needsSetup(), false);
    assert.equal(auth.events.at(-1)?.action, "auth.setup-complete");
  });

  it("works once", async () => {
    const auth = buildAuth();
    const { token } = await auth.service.createSetupToken();
    await auth.service.redeemSetupToken(token, ADMIN);
    await assert.rejects(auth.service.redeemSetupToken(token, { ...ADMIN, username: "second" }), {
      id: "invalid-setup-token",
    });
  });

  it("is refused once an admin exists by other means, even if unused", async () => {
    const auth = buildAuth();
    const { token } = await auth.service.createSetupToken();
    await auth.addUser("boss", "admin");
    await assert.rejects(auth.service.redeemSetupToken(token, ADMIN), /setup is complete already/);
    assert.equal(auth.events.at(-1)?.action, "auth.setup-refused");
  });

  it("expires, and a newer token replaces an older one", async () => {
    const auth = buildAuth();
    const old = await auth.service.createSetupToken();
    const current = await auth.service.createSetupToken();
    await assert.rejects(auth.service.redeemSetupToken(old.token, ADMIN), { id: "invalid-setup-token" });
    auth.clock.advance(24 * HOUR);
    await assert.rejects(auth.service.redeemSetupToken(current.token, ADMIN), { id: "invalid-setup-token" });
  });

  it("does not spend the token on a weak password", async () => {
    const auth = buildAuth();
    const { token } = await auth.service.createSetupToken();
    await assert.rejects(auth.service.redeemSetupToken(token, { username: "root", password: "too short" }), {
      id: "weak-password",
    });
    assert.equal((await auth.service.redeemSetupToken(token, ADMIN)).username, "root");
  });

  it("never puts the token in the audit log, and links carry it in the fragment", async () => {
    const auth = buildAuth();
    const { token } = await auth.service.createSetupToken();
    await auth.service.redeemSetupToken(token, ADMIN);
    const log = JSON.stringify(auth.events);
    assert.doesNotMatch(log, new RegExp(token));
    assert.doesNotMatch(log, new RegExp(secretHash(token)));
    assert.equal(setupLink("http://127.0.0.1:8480/", "abc"), "http://127.0.0.1:8480/setup#token=abc");
  });
});
