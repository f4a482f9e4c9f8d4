import type { Reliability } from "./admiralty.js";
import { outletKey, PLATFORM_DOMAINS } from "./outlet-key.js";

export interface OutletGrade {
  domain: string;
  names: readonly string[];
  grade: Reliability;
  note: string;
}

const ESTABLISHED =
  "Established organisation with editorial standards and a corrections record; graded B, never A by default: an A is the analyst's call.";
const INTERGOVERNMENTAL =
  "Intergovernmental or humanitarian body with its own monitoring; graded B, never A by default: an A is the analyst's call.";
const NGO = "Human-rights organisation that publishes its methods; graded B by default.";

function outlets(note: string, grade: Reliability, rows: [string, ...string[]][]): OutletGrade[] {
  return rows.map(([domain, ...names]) => ({ domain, names, grade, note }));
}

/**
 * Shipped defaults: deliberately few and uncontroversial. Everything else is F ("cannot be
 * judged") until a reviewer grades it; grades of parties to a conflict are left to the team.
 */
export const DEFAULT_OUTLET_GRADES: readonly OutletGrade[] = [
  ...outlets(ESTABLISHED, "B", [
    ["reuters.com", "Reuters"],
    ["apnews.com", "Associated Press", "AP", "AP News"],
    ["afp.com", "AFP", "Agence France-Presse"],
    ["bbc.co.uk", "BBC", "BBC News"],
    ["bbc.com"],
    ["dw.com", "Deutsche Welle", "DW"],
    ["theguardian.com", "The Guardian"],
    ["nytimes.com", "The New York Times"],
    ["washingtonpost.com", "The Washington Post"],
  ]),
  ...outlets(INTERGOVERNMENTAL, "B", [
    ["un.org", "United Nations", "UN News"],
    ["ohchr.org", "OHCHR", "UN Human Rights Office"],
    ["unicef.org", "UNICEF"],
    ["who.int", "World Health Organization", "WHO"],
    ["icrc.org", "ICRC", "International Committee of the Red Cross"],
    ["osce.org", "OSCE"],
  ]),
  ...outlets(NGO, "B", [
    ["hrw.org", "Human Rights Watch"],
    ["amnesty.org", "Amnesty International"],
  ]),
  ...[...PLATFORM_DOMAINS].map((domain) => ({
    domain,
    names: [],
    grade: "F" as const,
    note: "A platform, not a publisher: grade the account (e.g. t.me/channel), not the platform.",
  })),
];

export interface ReliabilityOverride {
  /** An outlet name, host, URL or account; normalised with outletKey() before use. */
  key: string;
  grade: Reliability;
  note?: string;
}

export interface ReliabilityResolution {
  grade: Reliability;
  /** The key a team's grade for this outlet should be stored under; null for blank input. */
  key: string | null;
  /** The key the grade was found under (a platform's, for an ungraded account); null when unknown. */
  matchedKey: string | null;
  basis: "override" | "default" | "unknown";
  note: string;
}

/** An override stored under an outlet's name applies to the domain that name is known by. */
function overrideKey(raw: string): string {
  return candidates(raw)[0] ?? raw;
}

const defaultsByKey = new Map<string, OutletGrade>();
for (const row of DEFAULT_OUTLET_GRADES) {
  defaultsByKey.set(row.domain, row);
  for (const name of row.names) defaultsByKey.set(outletKey(name)?.key ?? name, row);
}

/**
 * Keys to try, most specific first, the first being where a grade should be stored: an account
 * before its platform; a known outlet's domain before the name it goes by ("BBC News").
 */
function candidates(input: string): string[] {
  const k = outletKey(input);
  if (k === null) return [];
  if (k.kind === "account" && k.domain) return [k.key, k.domain];
  const aliased = k.kind === "name" ? defaultsByKey.get(k.key)?.domain : undefined;
  return aliased ? [aliased, k.key] : [k.key];
}

/**
 * The reliability grade for an outlet name, host or URL: a team's override first, then the
 * shipped defaults, else F. Overrides are matched after the same normalisation, so one stored
 * under "www.example.org" also applies to "https://news.example.org/a".
 */
export function reliabilityFor(
  outletOrUrl: string,
  overrides: readonly ReliabilityOverride[] = [],
): ReliabilityResolution {
  const keys = candidates(outletOrUrl);
  const storeKey = keys[0] ?? null;
  const byKey = new Map(overrides.map((o) => [overrideKey(o.key), o]));
  for (const key of keys) {
    const o = byKey.get(key);
    if (o)
      return {
        grade: o.grade,
        key: storeKey,
        matchedKey: key,
        basis: "override",
        note: o.note ?? "graded by the team",
      };
  }
  for (const key of keys) {
    const d = defaultsByKey.get(key);
    if (d) return { grade: d.grade, key: storeKey, matchedKey: key, basis: "default", note: d.note };
  }
  return {
    grade: "F",
    key: storeKey,
    matchedKey: null,
    basis: "unknown",
    note: "No grade recorded for this outlet: its reliability cannot be judged until someone grades it.",
  };
}
