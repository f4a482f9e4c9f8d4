import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AuthError } from "./errors.js";
import { addressKey } from "./rate-limit.js";
import { buildAuth, MINUTE, PASSWORD } from "./testing.js";

const HERE = { address: "192.0.2.10" };

async function failTimes(
  harness: ReturnType<typeof buildAuth>,
  times: number,
  username = "ana",
  address = HERE.address,
): Promise<void> {
  for (let i = 0; i < times; i++) {
    await assert.rejects(harness.service.login({ username, password: "not the password" }, { address }), {
      id: "invalid-credentials",
    });
  }
}

function rateLimited(retryAfterSeconds: number) {
  return (error: unknown) =>
    error instanceof AuthError &&
    error.id === "rate-limited" &&
    error.retryAfterSeconds === retryAfterSeconds;
}

describe("login rate limiting", () => {
  it("locks an account after 5 failures in 15 minutes, even for the right password, with the wait", async () => {
    const auth = buildAuth();
    await auth.addUser("ana", "investigator");
    await failTimes(auth, 4);
    auth.clock.advance(2 * MINUTE);
    await failTimes(auth, 1);
    // The first four failures leave the window 15 minutes after they happened, 13 minutes from now.
    await assert.rejects(
      auth.service.login({ username: "ana", password: PASSWORD }, HERE),
      rateLimited(13 * 60),
    );
    await assert.rejects(
      auth.service.login({ username: "ana", password: PASSWORD }, HERE),
      /try again in 13 minutes/,
    );
  });

  it("unlocks once the window has passed, and refused attempts do not extend the lock", async () => {
    const auth = buildAuth();
    await auth.addUser("ana", "investigator");
    await failTimes(auth, 5);
    auth.clock.advance(14 * MINUTE);
    await assert.rejects(
      auth.service.login({ username: "ana", password: "still guessing" }, HERE),
      rateLimited(60),
    );
    auth.clock.advance(MINUTE);
    const result = await auth.service.login({ username: "ana", password: PASSWORD }, HERE);
    assert.equal(result.principal.username, "ana");
  });

  it("slides: the lock lasts until the oldest failure that keeps the count at 5 leaves the window", async () => {
    const auth = buildAuth();
    await auth.addUser("ana", "investigator");
    await failTimes(auth, 1);
    auth.clock.advance(10 * MINUTE);
    await failTimes(auth, 4);
    await assert.rejects(
      auth.service.login({ username: "ana", password: PASSWORD }, HERE),
      rateLimited(5 * 60),
    );
    auth.clock.advance(5 * MINUTE);
    await failTimes(auth, 1);
    await assert.rejects(
      auth.service.login({ username: "ana", password: PASSWORD }, HERE),
      rateLimited(10 * 60),
    );
  });

  it("limits one address guessing across many usernames", async () => {
    const auth = buildAuth();
    await auth.addUser("ana", "investigator");
    for (const name of ["bob", "carla", "dmitri", "eve", "farid"]) await failTimes(auth, 1, name);
    await assert.rejects(auth.service.login({ username: "ana", password: PASSWORD }, HERE), {
      id: "rate-limited",
    });
    const elsewhere = await auth.service.login(
      { username: "ana", password: PASSWORD },
      { address: "198.51.100.7" },
    );
    assert.equal(elsewhere.principal.username, "ana");
  });

  it("limits guessing at one account from many addresses", async () => {
    const auth = buildAuth();
    await auth.addUser("ana", "investigator");
    for (let i = 1; i <= 5; i++) await failTimes(auth, 1, "ana", `203.0.113.${i}`);
    await assert.rejects(
      auth.service.login({ username: "ana", password: PASSWORD }, { address: "203.0.113.99" }),
      {
        id: "rate-limited",
      },
    );
  });

  it("holds across processes that share the repository", async () => {
    const first = buildAuth();
    await first.addUser("ana", "investigator");
    const second = buildAuth({ repo: first.repo });
    await failTimes(first, 3);
    await failTimes(second, 2);
    await assert.rejects(first.service.login({ username: "ana", password: PASSWORD }, HERE), {
      id: "rate-limited",
    });
  });

  it("a successful login clears the account's count but not the address's", async () => {
    const auth = buildAuth();
    await auth.addUser("ana", "investigator");
    await failTimes(auth, 4);
    await auth.service.login({ username: "ana", password: PASSWORD }, HERE);
    await failTimes(auth, 4, "ana", "198.51.100.7");
    await auth.service.login({ username: "ana", password: PASSWORD }, { address: "198.51.100.7" });
    await failTimes(auth, 1, "bob");
    await assert.rejects(auth.service.login({ username: "ana", password: PASSWORD }, HERE), {
      id: "rate-limited",
    });
  });

  it("keys IPv6 clients by their /64 and IPv4-mapped addresses as IPv4", () => {
    assert.equal(addressKey("2001:db8:1:2:aaaa::1"), addressKey("2001:db8:1:2:bbbb::2"));
    assert.notEqual(addressKey("2001:db8:1:2::1"), addressKey("2001:db8:1:3::1"));
    assert.equal(addressKey("::ffff:192.0.2.10"), addressKey("192.0.2.10"));
  });
});
