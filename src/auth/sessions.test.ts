import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { secretHash } from "./secrets.js";
import { buildAuth, HOUR, MINUTE, PASSWORD } from "./testing.js";

const HERE = { address: "192.0.2.10" };

async function loggedIn() {
  const auth = buildAuth();
  await auth.addUser("ana", "reviewer");
  const { session, principal } = await auth.service.login({ username: "Ana", password: PASSWORD }, HERE);
  return { auth, session, principal };
}

describe("sessions", () => {
  it("gets a random 256-bit id of which only the hash is stored", async () => {
    const { auth, session, principal } = await loggedIn();
    assert.match(session.id, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(principal.role, "reviewer");
    const stored = await auth.repo.getSession(secretHash(session.id));
    assert.ok(stored, "the session is found by the hash of its id");
    assert.equal(await auth.repo.getSession(session.id), null, "never by the id itself");
    assert.equal((await auth.service.authenticateSession(session.id))?.principal.username, "ana");
    assert.equal(await auth.service.authenticateSession(`${session.id.slice(0, -1)}x`), null);
  });

  it("ends after the idle limit, and is deleted when presented afterwards", async () => {
    const { auth, session } = await loggedIn();
    auth.clock.advance(2 * HOUR);
    assert.equal(await auth.service.authenticateSession(session.id), null);
    assert.equal(await auth.repo.getSession(secretHash(session.id)), null);
  });

  it("stays alive while used, until the absolute limit", async () => {
    const { auth, session } = await loggedIn();
    for (let hour = 1; hour < 12; hour++) {
      auth.clock.advance(HOUR);
      assert.ok(await auth.service.authenticateSession(session.id), `still valid after ${hour} h of use`);
    }
    auth.clock.advance(HOUR);
    assert.equal(
      await auth.service.authenticateSession(session.id),
      null,
      "12 h after login, however active",
    );
  });

  it("writes last-seen at most once a minute", async () => {
    const { auth, session } = await loggedIn();
    const start = (await auth.repo.getSession(secretHash(session.id)))?.lastSeenAt;
    auth.clock.advance(30 * 1000);
    await auth.service.authenticateSession(session.id);
    assert.deepEqual((await auth.repo.getSession(secretHash(session.id)))?.lastSeenAt, start);
    auth.clock.advance(30 * 1000);
    await auth.service.authenticateSession(session.id);
    assert.deepEqual((await auth.repo.getSession(secretHash(session.id)))?.lastSeenAt, auth.clock.now());
  });

  it("rotates on login: a new id, and the session the browser still had is ended", async () => {
    const { auth, session } = await loggedIn();
    const again = await auth.service.login(
      { username: "ana", password: PASSWORD },
      { ...HERE, previousSessionId: session.id },
    );
    assert.notEqual(again.session.id, session.id);
    assert.equal(await auth.service.authenticateSession(session.id), null);
    assert.ok(await auth.service.authenticateSession(again.session.id));
  });

  it("is revoked by logout, and the logout is audited without the id", async () => {
    const { auth, session, principal } = await loggedIn();
    await auth.service.logout(session.id, principal);
    assert.equal(await auth.service.authenticateSession(session.id), null);
    const event = auth.events.at(-1);
    assert.equal(event?.action, "auth.logout");
    assert.equal(event?.actor, "ana");
    assert.doesNotMatch(JSON.stringify(event), new RegExp(session.id));
  });

  it("stops working at once when the user is disabled", async () => {
    const { auth, session, principal } = await loggedIn();
    await auth.service.disableUser(principal.userId, { actor: "root" });
    assert.equal(await auth.service.authenticateSession(session.id), null);
    await assert.rejects(auth.service.login({ username: "ana", password: PASSWORD }, HERE), {
      id: "invalid-credentials",
    });
  });

  it("sweeps expired sessions in bulk", async () => {
    const { auth, session } = await loggedIn();
    auth.clock.advance(90 * MINUTE);
    const fresh = await auth.service.login({ username: "ana", password: PASSWORD }, HERE);
    auth.clock.advance(31 * MINUTE);
    assert.equal(await auth.service.sweepSessions(), 1);
    assert.equal(await auth.repo.getSession(secretHash(session.id)), null);
    assert.ok(await auth.repo.getSession(secretHash(fresh.session.id)));
  });
});
