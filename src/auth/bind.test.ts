import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertSafeBind, isLoopbackHost, UnsafeBindError } from "./bind.js";

describe("safe bind check", () => {
  it("treats IPv4 and IPv6 loopback and localhost as local", () => {
    for (const host of [
      "127.0.0.1",
      "127.1.2.3",
      "::1",
      "[::1]",
      "localhost",
      "LOCALHOST",
      "::ffff:127.0.0.1",
    ]) {
      assert.equal(isLoopbackHost(host), true, host);
    }
  });

  it("treats wildcards, LAN addresses and names as public", () => {
    for (const host of [
      "0.0.0.0",
      "::",
      "[::]",
      "192.168.1.20",
      "10.0.0.5",
      "fe80::1",
      "dossier.example.org",
    ]) {
      assert.equal(isLoopbackHost(host), false, host);
    }
  });

  it("lets loopback serve plain HTTP and anything serve TLS", () => {
    assert.deepEqual(assertSafeBind({ host: "127.0.0.1", tls: false }), { warning: null });
    assert.deepEqual(assertSafeBind({ host: "0.0.0.0", tls: true }), { warning: null });
  });

  it("refuses plain HTTP on a public address with a message that says what to do", () => {
    assert.throws(
      () => assertSafeBind({ host: "0.0.0.0", tls: false }),
      (error: unknown) =>
        error instanceof UnsafeBindError &&
        /without TLS/.test(error.message) &&
        /--allow-insecure-public/.test(error.message),
    );
    assert.throws(
      () => assertSafeBind({ host: "::", tls: false, allowInsecurePublic: false }),
      UnsafeBindError,
    );
  });

  it("allows it when explicitly asked, with a warning to print", () => {
    const { warning } = assertSafeBind({ host: "192.168.1.20", tls: false, allowInsecurePublic: true });
    assert.match(warning ?? "", /plain HTTP on 192\.168\.1\.20/);
  });
});
