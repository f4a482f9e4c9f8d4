import type { MentionRecord } from "./types.js";

/** A value of an incident field and the mentions that state it. */
export interface Supported<T> {
  value: T;
  /** Ids of the mentions that support the value. */
  supporters: string[];
  /** Distinct syndication groups among their sources: copies of one report count once. */
  independent: number;
}

export function independentCount(records: Iterable<MentionRecord>): number {
  const groups = new Set<string>();
  for (const r of records) groups.add(r.syndicationGroup);
  return groups.size;
}

export function supported<T>(value: T, records: MentionRecord[]): Supported<T> {
  return { value, supporters: records.map((r) => r.mentionId), independent: independentCount(records) };
}

/** Groups records by a key, keeping first-seen order. */
export function groupBy<K>(records: MentionRecord[], key: (r: MentionRecord) => K): Map<K, MentionRecord[]> {
  const out = new Map<K, MentionRecord[]>();
  for (const r of records) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/** Most independent support first, then most mentions; stable otherwise. */
export function bySupport<T>(a: Supported<T>, b: Supported<T>): number {
  return b.independent - a.independent || b.supporters.length - a.supporters.length;
}
