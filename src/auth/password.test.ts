import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  createPasswordHasher,
  DEFAULT_SCRYPT,
  hashPassword,
  needsRehash,
  parsePasswordHash,
  verifyPassword,
} from "./password.js";
import { TEST_SCRYPT } from "./testing.js";

describe("password hashing", () => {
  it("hashes with the shipped parameters into a self-describing string and verifies", async () => {
    const hash = await hashPassword("a long passphrase for the archive");
    assert.match(hash, /^\$scrypt\$ln=15,r=8,p=3\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    assert.deepEqual(parsePasswordHash(hash)?.params, DEFAULT_SCRYPT);
    assert.equal(await verifyPassword("a long passphrase for the archive", hash), true);
    assert.equal(await verifyPassword("a long passphrase for the archivE", hash), false);
    assert.equal(await verifyPassword("", hash), false);
  });

  it("salts every hash, so equal passwords do not give equal hashes", async () => {
    const a = await hashPassword("same password twice", TEST_SCRYPT);
    const b = await hashPassword("same password twice", TEST_SCRYPT);
    assert.notEqual(a, b);
    assert.notEqual(parsePasswordHash(a)?.salt.toString("hex"), parsePasswordHash(b)?.salt.toString("hex"));
  });

  it("verifies hashes made with other parameters, by the parameters they name", async () => {
    const old = await hashPassword("an older account password", TEST_SCRYPT);
    assert.equal(await verifyPassword("an older account password", old), true);
  });

  it("accepts the same password typed in composed or decomposed Unicode", async () => {
    const composed = "caf\u00e9 au lait sans sucre";
    const decomposed = "cafe\u0301 au lait sans sucre";
    const hash = await hashPassword(composed, TEST_SCRYPT);
    assert.equal(await verifyPassword(decomposed, hash), true);
  });

  it("asks for a rehash when the parameters differ from the current ones", async () => {
    const weak = await hashPassword("an older account password", TEST_SCRYPT);
    assert.equal(needsRehash(weak, DEFAULT_SCRYPT), true);
    assert.equal(needsRehash(weak, TEST_SCRYPT), false);
    assert.equal(needsRehash("$2b$10$bcrypt-from-elsewhere", DEFAULT_SCRYPT), true);
  });

  it("refuses to read damaged or absurd stored hashes instead of treating them as wrong passwords", async () => {
    await assert.rejects(verifyPassword("whatever", "plaintext-password"), /not in a format/);
    assert.equal(
      parsePasswordHash("$scrypt$ln=40,r=8,p=1$c2FsdA$a2V5"),
      null,
      "N=2^40 would hang the server",
    );
    assert.equal(parsePasswordHash("$scrypt$ln=15,r=8,p=0$c2FsdA$a2V5"), null);
  });

  it("spends the work of a real check on a decoy and always refuses", async () => {
    const hasher = createPasswordHasher(TEST_SCRYPT);
    assert.equal(await hasher.verifyDecoy("anything at all here"), false);
    const hash = await hasher.hash("a real password here");
    assert.equal(await hasher.verify("a real password here", hash), true);
    assert.equal(hasher.needsRehash(hash), false);
  });
});
