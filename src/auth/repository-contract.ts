import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ApiTokenRecord, AuthRepository, NewUser, SessionRecord } from "./repository.js";

const T0 = Date.parse("2024-03-01T09:00:00.123Z");
const at = (minutes: number): Date => new Date(T0 + minutes * 60_000);

function user(id: string, username: string, overrides: Partial<NewUser> = {}): NewUser {
  return {
    id,
    username,
    role: "investigator",
    partnerId: null,
    passwordHash: "$scrypt$ln=10,r=8,p=1$c2FsdA$a2V5",
    createdAt: at(0),
    ...overrides,
  };
}

function session(idHash: string, userId: string, overrides: Partial<SessionRecord> = {}): SessionRecord {
  return { idHash, userId, createdAt: at(0), lastSeenAt: at(0), expiresAt: at(60), ...overrides };
}

function token(id: string, userId: string, overrides: Partial<ApiTokenRecord> = {}): ApiTokenRecord {
  return {
    id,
    userId,
    name: `token ${id}`,
    tokenHash: `hash-${id}`,
    createdAt: at(0),
    expiresAt: null,
    lastUsedAt: null,
    revokedAt: null,
    ...overrides,
  };
}

/**
 * The behaviour every AuthRepository must show, run against each implementation (in memory,
 * SQLite, PostgreSQL) so that they cannot drift apart. `newRepository` returns an empty one.
 */
export function authRepositoryContract(name: string, newRepository: () => Promise<AuthRepository>): void {
  describe(`AuthRepository contract: ${name}`, () => {
    it("stores users and finds them by id and username, keeping dates and nulls", async () => {
      const repo = await newRepository();
      assert.equal(await repo.createUser(user("u1", "ana", { partnerId: null })), "created");
      assert.equal(
        await repo.createUser(user("u2", "ben", { role: "partner", partnerId: "p-1" })),
        "created",
      );
      assert.deepEqual(await repo.getUser("u1"), { ...user("u1", "ana"), disabledAt: null });
      assert.equal((await repo.getUserByUsername("ben"))?.partnerId, "p-1");
      assert.equal(await repo.getUserByUsername("nobody"), null);
      assert.equal(await repo.getUser("nope"), null);
      assert.equal(await repo.createUser(user("u3", "ana")), "username-taken");
      assert.deepEqual(
        (await repo.listUsers()).map((u) => u.username),
        ["ana", "ben"],
      );
    });

    it("counts active admins and records password changes and disabling", async () => {
      const repo = await newRepository();
      await repo.createUser(user("a1", "root", { role: "admin" }));
      await repo.createUser(user("a2", "boss", { role: "admin" }));
      await repo.createUser(user("i1", "ivy"));
      assert.equal(await repo.countActiveAdmins(), 2);
      await repo.setDisabled("a2", at(5));
      assert.equal(await repo.countActiveAdmins(), 1);
      assert.deepEqual((await repo.getUser("a2"))?.disabledAt, at(5));
      await repo.setDisabled("a2", null);
      assert.equal((await repo.getUser("a2"))?.disabledAt, null);
      await repo.setPasswordHash("i1", "$scrypt$new");
      assert.equal((await repo.getUser("i1"))?.passwordHash, "$scrypt$new");
    });

    it("stores, touches and deletes sessions", async () => {
      const repo = await newRepository();
      await repo.createUser(user("u1", "ana"));
      await repo.createUser(user("u2", "ben"));
      await repo.createSession(session("s1", "u1"));
      await repo.createSession(session("s2", "u1"));
      await repo.createSession(session("s3", "u2"));
      assert.deepEqual(await repo.getSession("s1"), session("s1", "u1"));
      await repo.touchSession("s1", at(10));
      assert.deepEqual((await repo.getSession("s1"))?.lastSeenAt, at(10));
      await repo.deleteSession("s1");
      assert.equal(await repo.getSession("s1"), null);
      assert.equal(await repo.deleteSessionsOfUser("u1"), 1);
      assert.notEqual(await repo.getSession("s3"), null);
    });

    it("deletes sessions past absolute expiry or idle at the boundary, and no others", async () => {
      const repo = await newRepository();
      await repo.createUser(user("u1", "ana"));
      await repo.createSession(session("expired", "u1", { expiresAt: at(30) }));
      await repo.createSession(session("idle", "u1", { lastSeenAt: at(10), expiresAt: at(600) }));
      await repo.createSession(session("live", "u1", { lastSeenAt: at(11), expiresAt: at(600) }));
      assert.equal(await repo.deleteExpiredSessions({ now: at(30), idleBefore: at(10) }), 2);
      assert.notEqual(await repo.getSession("live"), null);
      assert.equal(await repo.getSession("idle"), null);
    });

    it("stores API tokens, finds them by hash, lists newest first and revokes once", async () => {
      const repo = await newRepository();
      await repo.createUser(user("u1", "ana"));
      await repo.createApiToken(token("t1", "u1", { expiresAt: at(100) }));
      await repo.createApiToken(token("t2", "u1", { createdAt: at(1) }));
      assert.deepEqual(await repo.getApiToken("t1"), token("t1", "u1", { expiresAt: at(100) }));
      assert.equal((await repo.getApiTokenByHash("hash-t2"))?.id, "t2");
      assert.equal(await repo.getApiTokenByHash("hash-none"), null);
      await repo.touchApiToken("t1", at(3));
      assert.deepEqual((await repo.getApiToken("t1"))?.lastUsedAt, at(3));
      assert.equal(await repo.revokeApiToken("t1", at(4)), true);
      assert.equal(await repo.revokeApiToken("t1", at(5)), false);
      assert.equal(await repo.revokeApiToken("nope", at(5)), false);
      const listed = await repo.listApiTokens("u1");
      assert.deepEqual(
        listed.map((t) => t.id),
        ["t2", "t1"],
      );
      assert.deepEqual(listed[1]?.revokedAt, at(4));
      await assert.rejects(repo.createApiToken(token("t3", "u1", { tokenHash: "hash-t1" })));
    });

    it("keeps only the newest setup token and lets it be consumed once, before expiry", async () => {
      const repo = await newRepository();
      await repo.replaceSetupToken({ tokenHash: "old", createdAt: at(0), expiresAt: at(60) });
      await repo.replaceSetupToken({ tokenHash: "new", createdAt: at(1), expiresAt: at(60) });
      assert.equal(await repo.consumeSetupToken("old", at(2)), false);
      assert.equal(await repo.consumeSetupToken("new", at(60)), false, "expired at its expiry time");
      assert.equal(await repo.consumeSetupToken("new", at(2)), true);
      assert.equal(await repo.consumeSetupToken("new", at(2)), false);
    });

    it("counts login failures per key since a time, oldest first, and clears and prunes them", async () => {
      const repo = await newRepository();
      await repo.addLoginFailure({ key: "user:ana", at: at(3) });
      await repo.addLoginFailure({ key: "user:ana", at: at(1) });
      await repo.addLoginFailure({ key: "user:ana", at: at(1) });
      await repo.addLoginFailure({ key: "addr:10.0.0.1", at: at(2) });
      assert.deepEqual(await repo.loginFailuresSince("user:ana", at(1)), [at(1), at(1), at(3)]);
      assert.deepEqual(await repo.loginFailuresSince("user:ana", at(2)), [at(3)]);
      assert.equal(await repo.pruneLoginFailures(at(2)), 2);
      assert.deepEqual(await repo.loginFailuresSince("addr:10.0.0.1", at(0)), [at(2)]);
      await repo.clearLoginFailures("user:ana");
      assert.deepEqual(await repo.loginFailuresSince("user:ana", at(0)), []);
      assert.deepEqual(await repo.loginFailuresSince("addr:10.0.0.1", at(0)), [at(2)]);
    });
  });
}
