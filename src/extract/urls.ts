/** `raw` resolved against `base`, when it is an http(s) URL; null otherwise. */
export function absoluteUrl(raw: string | null, base: string | null): string | null {
  if (raw === null || raw.trim() === "") return null;
  try {
    const u = new URL(raw.trim(), base ?? undefined);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

/** "www.example.org" → "example.org": the name readers know a site by. */
export function hostName(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}
