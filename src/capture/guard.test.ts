import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { publicOnly } from "./guard.js";

describe("publicOnly", () => {
  it("allows global unicast IPv4 and IPv6, including through well-known NAT64", () => {
    for (const address of [
      "93.184.216.34",
      "2606:4700::6810:85e5",
      "::ffff:93.184.216.34",
      "64:ff9b::93.184.216.34",
    ]) {
      assert.equal(publicOnly(address), null, address);
    }
  });

  it("refuses each internal range, naming it", () => {
    const cases: [string, RegExp][] = [
      ["127.0.0.1", /loopback/],
      ["::1", /loopback/],
      ["10.0.0.1", /private RFC 1918/],
      ["172.16.5.4", /private/],
      ["192.168.1.1", /private/],
      ["100.64.0.1", /carrier-grade NAT/],
      ["169.254.169.254", /^not a public address \(link-local, the cloud metadata service\)$/],
      ["fe80::1%eth0", /link-local/],
      ["fd00:ec2::254", /unique local/],
      ["0.0.0.0", /unspecified/],
      ["::", /unspecified/],
      ["224.0.0.251", /multicast/],
      ["ff02::1", /multicast/],
      ["255.255.255.255", /broadcast/],
      ["240.0.0.1", /reserved/],
    ];
    for (const [address, reason] of cases) assert.match(publicOnly(address) ?? "allowed", reason, address);
  });

  it("sees through IPv6 forms that carry an internal IPv4 address", () => {
    assert.match(publicOnly("::ffff:127.0.0.1") ?? "", /loopback/);
    assert.match(publicOnly("::ffff:a9fe:a9fe") ?? "", /cloud metadata/);
    assert.match(publicOnly("::7f00:1") ?? "", /^not a public address \(loopback, reaches 127\.0\.0\.1\)$/);
    assert.match(publicOnly("64:ff9b::10.0.0.1") ?? "", /private RFC 1918, reaches 10\.0\.0\.1/);
    assert.match(publicOnly("64:ff9b:1::a00:1") ?? "", /local-use NAT64/);
    assert.match(publicOnly("2002:7f00:1::1") ?? "", /6to4/);
  });

  it("refuses what is not an address at all", () => {
    assert.match(publicOnly("localhost") ?? "", /not an IP address/);
  });
});
