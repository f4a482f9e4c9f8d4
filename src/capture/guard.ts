/**
 * Which addresses a fetch may connect to. Sources are written by adversaries as often
 * as by allies: a URL (or a redirect, or a DNS answer) can point inside the network,
 * at a router, a database or a cloud metadata service.
 */
import ipaddr from "ipaddr.js";

/** Returns why an address may not be connected to ("not a public address (loopback)"), or null when it may. */
export type AddressPolicy = (address: string) => string | null;

const RANGE_NAMES: Record<string, string> = {
  unspecified: "unspecified",
  broadcast: "broadcast",
  multicast: "multicast",
  linkLocal: "link-local",
  loopback: "loopback",
  carrierGradeNat: "carrier-grade NAT 100.64.0.0/10",
  private: "private RFC 1918",
  uniqueLocal: "unique local fc00::/7",
  reserved: "reserved",
  benchmarking: "benchmarking",
  rfc6052: "local-use NAT64",
  rfc6145: "IPv4-translated",
  "6to4": "6to4 tunnel",
  teredo: "Teredo tunnel",
  deprecatedSiteLocal: "site-local",
};

type Ip = ipaddr.IPv4 | ipaddr.IPv6;

/** The IPv4 address carried in the last 32 bits of an IPv6 address. */
function embeddedIpv4(v6: ipaddr.IPv6): ipaddr.IPv4 {
  const [hi = 0, lo = 0] = v6.parts.slice(6);
  return new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
}

function isPrefix(v6: ipaddr.IPv6, prefix: number[]): boolean {
  return prefix.every((part, i) => v6.parts[i] === part);
}

/**
 * The range an address belongs to, looking through the IPv6 forms that carry an IPv4
 * address to one that could be reached through them: IPv4-mapped (handled by
 * `ipaddr.process`), IPv4-compatible (::a.b.c.d) and well-known NAT64 (64:ff9b::/96).
 */
function rangeOf(ip: Ip): { range: string; address: Ip } {
  if (ip.kind() === "ipv4") return { range: ip.range(), address: ip };
  const v6 = ip as ipaddr.IPv6;
  const range = v6.range();
  const carriesIpv4 =
    (range === "rfc6052" && isPrefix(v6, [0x64, 0xff9b, 0, 0, 0, 0])) ||
    (range !== "loopback" && range !== "unspecified" && isPrefix(v6, [0, 0, 0, 0, 0, 0]));
  if (carriesIpv4) {
    const v4 = embeddedIpv4(v6);
    return { range: v4.range(), address: v4 };
  }
  return { range, address: v6 };
}

/** Refuses everything but global unicast: the default policy unless `allowPrivate`. */
export const publicOnly: AddressPolicy = (address) => {
  let ip: Ip;
  try {
    ip = ipaddr.process(address.replace(/%.*$/, ""));
  } catch {
    return "not an IP address";
  }
  const { range, address: effective } = rangeOf(ip);
  if (range === "unicast") return null;
  const name = RANGE_NAMES[range] ?? range;
  const via = effective === ip ? "" : `, reaches ${effective.toString()}`;
  const metadata = effective.toString() === "169.254.169.254" ? ", the cloud metadata service" : "";
  return `not a public address (${name}${via}${metadata})`;
};
