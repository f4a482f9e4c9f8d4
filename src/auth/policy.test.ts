import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkPassword, checkUsername, normalizeUsername } from "./policy.js";

const ok = { ok: true };

describe("password policy", () => {
  it("requires at least 12 characters, counted as a person counts them", () => {
    assert.equal(checkPassword("eleven chrs", { username: "ana" }).ok, false);
    assert.deepEqual(checkPassword("twelve chars", { username: "ana" }), ok);
    assert.equal(
      checkPassword("🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥🔥", { username: "ana" }).ok,
      false,
      "11 emoji are 22 UTF-16 units",
    );
  });

  it("imposes no composition rules: a lower-case passphrase is fine", () => {
    assert.deepEqual(checkPassword("river stones in the morning", { username: "ana" }), ok);
  });

  it("refuses a password that contains the username, in any case", () => {
    const result = checkPassword("xXMariaKovacXx2024", { username: "mariakovac" });
    assert.deepEqual(result, { ok: false, message: "the password must not contain the username" });
    assert.equal(checkPassword("secret-Mariakovac", { username: " MariaKovac " }).ok, false);
  });

  it("refuses one character repeated and absurdly long input", () => {
    assert.equal(checkPassword("aaaaaaaaaaaaaaaa", { username: "ana" }).ok, false);
    assert.equal(checkPassword("x".repeat(500) + "y".repeat(600), { username: "ana" }).ok, false);
  });
});

describe("usernames", () => {
  it("are case-insensitive and trimmed", () => {
    assert.equal(normalizeUsername("  Ana.Lee "), "ana.lee");
  });

  it("allow letters, digits and . _ - from 3 to 64 characters", () => {
    assert.deepEqual(checkUsername("ana.lee"), ok);
    assert.deepEqual(checkUsername("Field_Team-2"), ok);
    for (const bad of ["al", "ana lee", "ana@ngo.org", "-ana", "аna", "a".repeat(65)]) {
      assert.equal(checkUsername(bad).ok, false, bad);
    }
  });
});
