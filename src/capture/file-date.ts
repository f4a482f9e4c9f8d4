// Archives and scrapers often name files after the publication time (GDELT-style
// "20220316T083000Z_…", or "2022-03-16-…"). That date is only a hint: a date stated in the
// content wins, and a name that is not a real calendar date gives nothing.

const BASIC = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z(?=[^\d]|$)/;
const EXTENDED = /^(\d{4})-(\d{2})-(\d{2})(?=[^\d]|$)/;

function valid(y: string, m: string, d: string): boolean {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return (
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(m) - 1 &&
    date.getUTCDate() === Number(d)
  );
}

/** The publication date a file's name states, as ISO 8601, or null. */
export function dateFromFileName(name: string): string | null {
  const basic = BASIC.exec(name);
  if (basic) {
    const [, y, mo, d, h, mi, s] = basic as unknown as string[];
    if (!valid(y as string, mo as string, d as string) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59)
      return null;
    return `${y}-${mo}-${d}T${h}:${mi}:${s}Z`;
  }
  const ext = EXTENDED.exec(name);
  if (ext) {
    const [, y, mo, d] = ext as unknown as string[];
    return valid(y as string, mo as string, d as string) ? `${y}-${mo}-${d}` : null;
  }
  return null;
}
