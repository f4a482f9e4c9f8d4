import type { FigureMeasure, FigureQualifier, FigureWho } from "../../domain/analysis.js";
import type { Span } from "../../domain/span.js";
import { independentCount } from "./support.js";
import type { MentionRecord } from "./types.js";

/** One source's figure: who says how many, where, and when it was published. */
export interface FigureClaim {
  mentionId: string;
  sourceId: string;
  syndicationGroup: string;
  publishedAt: string | null;
  low: number | null;
  high: number | null;
  qualifier: FigureQualifier;
  /** The figure's words in the source. */
  span: Span;
  /** Who the source attributes the figure to ("the regional governor"), when it says. */
  attributedTo: string | null;
  hedged: boolean;
}

/** A value claimed, and by whom. */
export interface FigureValue {
  low: number | null;
  high: number | null;
  mentionIds: string[];
  independent: number;
}

/**
 * All claims about one count (killed civilians, injured children, ...). When they disagree
 * the summary shows the whole range and each value with its backers; it never picks one.
 */
export interface FigureSummary {
  measure: FigureMeasure;
  who: FigureWho;
  /** Least and greatest values claimed; `high` null when some claim is open-ended. */
  low: number | null;
  high: number | null;
  /** True when no single number fits every claim ("3 killed" vs "5 killed"; not "at least 3" vs "5"). */
  conflict: boolean;
  /** The values every claim allows, when there are any. */
  agreed: { low: number; high: number | null } | null;
  values: FigureValue[];
  /** In order of publication: tolls are often revised upwards as days pass. */
  claims: FigureClaim[];
}

function claimsOf(r: MentionRecord): FigureClaim[] {
  return r.figures.map((f) => ({
    mentionId: r.mentionId,
    sourceId: r.sourceId,
    syndicationGroup: r.syndicationGroup,
    publishedAt: r.publishedAt,
    low: f.low,
    high: f.high,
    qualifier: f.qualifier,
    span: { start: f.start, end: f.end, text: f.text },
    attributedTo: f.attributedTo?.name ?? null,
    hedged: f.hedges.length > 0,
  }));
}

function values(claims: FigureClaim[], records: Map<string, MentionRecord>): FigureValue[] {
  const byValue = new Map<string, FigureClaim[]>();
  for (const c of claims) {
    const key = `${c.low}-${c.high}`;
    byValue.set(key, [...(byValue.get(key) ?? []), c]);
  }
  return [...byValue.values()]
    .map((cs) => {
      const ids = [...new Set(cs.map((c) => c.mentionId))];
      const recs = ids.flatMap((id) => records.get(id) ?? []);
      return {
        low: cs[0]?.low ?? null,
        high: cs[0]?.high ?? null,
        mentionIds: ids,
        independent: independentCount(recs),
      };
    })
    .sort((a, b) => b.independent - a.independent || (a.low ?? 0) - (b.low ?? 0));
}

type Measured = Omit<FigureSummary, "measure" | "who">;

function summarizeOne(claims: FigureClaim[], records: Map<string, MentionRecord>): Measured {
  const lows = claims.map((c) => c.low ?? 0);
  const highs = claims.map((c) => c.high ?? c.low);
  const openEnded = claims.some((c) => c.high === null);
  const agreedLow = Math.max(...lows);
  const finiteHighs = claims.flatMap((c) => (c.high === null ? [] : [c.high]));
  const agreedHigh = finiteHighs.length === 0 ? null : Math.min(...finiteHighs);
  const conflict = agreedHigh !== null && agreedLow > agreedHigh;
  const known = claims.flatMap((c) => (c.low === null ? [] : [c.low]));
  return {
    low: known.length === 0 ? null : Math.min(...known),
    high: openEnded ? null : Math.max(...highs.map((h) => h ?? 0)),
    conflict,
    agreed: conflict ? null : { low: agreedLow, high: agreedHigh },
    values: values(claims, records),
    claims,
  };
}

/** Figures of all members, one summary per measure and group of people counted. */
export function summarizeFigures(records: MentionRecord[]): FigureSummary[] {
  const byId = new Map(records.map((r) => [r.mentionId, r]));
  const groups = new Map<string, { measure: FigureMeasure; who: FigureWho; claims: FigureClaim[] }>();
  for (const r of records) {
    const claims = claimsOf(r);
    r.figures.forEach((f, i) => {
      const key = `${f.measure}|${f.who}`;
      const g = groups.get(key) ?? { measure: f.measure, who: f.who, claims: [] };
      g.claims.push(claims[i] as FigureClaim);
      groups.set(key, g);
    });
  }
  return [...groups.values()].map((g) => {
    const claims = [...g.claims].sort((a, b) => (a.publishedAt ?? "").localeCompare(b.publishedAt ?? ""));
    return { measure: g.measure, who: g.who, ...summarizeOne(claims, byId) };
  });
}
