// Publication dates as pages state them: ISO 8601 in metadata ("2022-03-23T14:05:00+00:00",
// "2022-03-23 14:05", "20220323"), English prose in datelines ("23 March 2022",
// "March 23, 2022", "Mar. 23 2022"). The result keeps the stated precision: a date
// with no time stays a date, and a time with no zone stays without one, because
// inventing a zone would invent a fact.

const ISO =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, "i");
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i");

const pad = (n: number): string => String(n).padStart(2, "0");

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > new Date().getUTCFullYear() + 1 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function zone(z: string | undefined): string {
  if (z === undefined) return "";
  if (z.toUpperCase() === "Z") return "Z";
  const digits = z.replace(":", "");
  const mins = digits.length > 3 ? digits.slice(3) : "00";
  return `${digits.slice(0, 3)}:${mins}`;
}

function fromIso(s: string): string | null {
  const m = ISO.exec(s);
  if (m === null) return null;
  const [, y, mo, d, h, mi, sec, z] = m;
  if (!validDate(Number(y), Number(mo), Number(d))) return null;
  const date = `${y}-${mo}-${d}`;
  if (h === undefined || mi === undefined) return date;
  if (Number(h) > 23 || Number(mi) > 59 || Number(sec ?? 0) > 59) return date;
  return `${date}T${h}:${mi}${sec === undefined ? "" : `:${sec}`}${zone(z)}`;
}

function fromProse(s: string): string | null {
  let m = DAY_MONTH_YEAR.exec(s);
  let day: string | undefined;
  let month: string | undefined;
  let year: string | undefined;
  if (m !== null) [, day, month, year] = m;
  else {
    m = MONTH_DAY_YEAR.exec(s);
    if (m !== null) [, month, day, year] = m;
  }
  if (day === undefined || month === undefined || year === undefined) return null;
  const mo = MONTHS[month.toLowerCase().slice(0, 3)];
  if (mo === undefined || !validDate(Number(year), mo, Number(day))) return null;
  return `${year}-${pad(mo)}-${pad(Number(day))}`;
}

/**
 * An ISO 8601 date or date-time for what `raw` states, or null when it states no
 * plausible date (years before 1990 or after next year are taken as noise).
 */
export function toIsoDate(raw: string): string | null {
  const s = raw.trim().slice(0, 200);
  if (s === "") return null;
  return fromIso(s) ?? fromProse(s);
}
