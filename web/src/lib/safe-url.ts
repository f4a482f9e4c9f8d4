/**
 * A URL from a source, as an href, only when it is plain http(s): `javascript:`, `data:` and
 * every other scheme in hostile pages must never become a link. Credentials in the URL are
 * refused too (they are a classic way to disguise where a link goes).
 */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.username !== "" || url.password !== "") return null;
  return url.href;
}

/** One URL a line; lines that are not http(s) URLs are named before anything is sent. */
export function parseUrlLines(text: string): { urls: string[]; bad: string[] } {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return {
    urls: lines.filter((l) => safeHttpUrl(l) !== null),
    bad: lines.filter((l) => safeHttpUrl(l) === null),
  };
}
