import { parse } from "tldts";

export type OutletKeyKind = "domain" | "account" | "host" | "name";

export interface OutletKey {
  /** What grades are stored under: "bbc.co.uk", "t.me/somechannel", "10.0.0.1", "kyiv daily". */
  key: string;
  kind: OutletKeyKind;
  /** The registrable domain, for accounts and domains; null for names and bare hosts. */
  domain: string | null;
}

/**
 * Platforms where the domain says nothing about who published: a grade belongs to the account
 * (first path segment), not to the platform.
 */
export const PLATFORM_DOMAINS: ReadonlySet<string> = new Set([
  "x.com",
  "twitter.com",
  "t.me",
  "facebook.com",
  "instagram.com",
  "youtube.com",
  "tiktok.com",
  "vk.com",
  "reddit.com",
  "medium.com",
]);

/** Path segments that are part of a platform's own URL scheme rather than an account name. */
const NOT_ACCOUNTS = new Set([
  "s",
  "c",
  "channel",
  "user",
  "u",
  "r",
  "watch",
  "shorts",
  "embed",
  "share",
  "hashtag",
  "search",
  "i",
  "intent",
  "p",
  "reel",
  "reels",
  "status",
]);

function looksLikeHost(input: string): boolean {
  return input.includes("://") || (!/\s/.test(input) && input.includes("."));
}

function accountOf(input: string): string | null {
  let path: string;
  try {
    path = new URL(input.includes("://") ? input : `https://${input}`).pathname;
  } catch {
    return null;
  }
  const segment = path
    .split("/")
    .map((s) => decodeURIComponent(s).toLowerCase())
    .find((s) => s !== "" && !NOT_ACCOUNTS.has(s));
  return segment ?? null;
}

function nameKey(input: string): string {
  return input.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").replace(/^the /, "").trim();
}

/**
 * The key an outlet's grade is stored and looked up under. URLs and host names become the
 * registrable domain ("https://www.bbc.co.uk/news" → "bbc.co.uk", using the public-suffix list,
 * private suffixes included so that each blogspot.com or github.io site stands alone); posts on
 * platforms become "platform/account"; anything else is treated as an outlet name.
 */
export function outletKey(outletOrUrl: string): OutletKey | null {
  const input = outletOrUrl.trim();
  if (input === "") return null;
  if (!looksLikeHost(input)) return { key: nameKey(input), kind: "name", domain: null };
  const parsed = parse(input, { allowPrivateDomains: true });
  if (parsed.domain === null) {
    return parsed.hostname ? { key: parsed.hostname.toLowerCase(), kind: "host", domain: null } : null;
  }
  const domain = parsed.domain.toLowerCase();
  if (PLATFORM_DOMAINS.has(domain)) {
    const account = accountOf(input);
    if (account !== null) return { key: `${domain}/${account}`, kind: "account", domain };
  }
  return { key: domain, kind: "domain", domain };
}
