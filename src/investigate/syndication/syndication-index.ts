import {
  DEFAULT_MINHASH,
  estimateContainment,
  estimateJaccard,
  type MinHashParams,
  type Signature,
} from "./minhash.js";
import { fmix32 } from "./shingles.js";
import { UnionFind } from "./union-find.js";

export interface SyndicationOptions {
  params: MinHashParams;
  /** Estimated Jaccard similarity at or above which two texts are copies of one report. */
  minJaccard: number;
  /** Share of the shorter text's shingles found in the longer one that makes it an embedded copy. */
  minContainment: number;
  /**
   * Distinct shingles the shorter text needs before containment counts: a shared boilerplate
   * paragraph (a newsletter blurb, a standard disclaimer) is contained in many articles
   * without making them copies of each other.
   */
  minContainedShingles: number;
  /**
   * Items kept per LSH bucket. A bucket this full holds copies of one text already, so later
   * copies are still found through them; the cap keeps a flood of identical pages linear.
   */
  maxBucket: number;
}

export const DEFAULT_SYNDICATION: SyndicationOptions = {
  params: DEFAULT_MINHASH,
  minJaccard: 0.5,
  minContainment: 0.8,
  minContainedShingles: 50,
  maxBucket: 64,
};

/**
 * Why two texts were grouped: `near-copy` when most of both is shared (a republished wire
 * story with another headline or boilerplate), `embedded` when most of the shorter one sits
 * inside the longer (a wire story with the outlet's own paragraphs added).
 */
export type LinkKind = "near-copy" | "embedded";

export interface SyndicationLink {
  /** The item that was added. */
  id: string;
  /** The earlier item it was found to copy or be copied from. */
  with: string;
  jaccard: number;
  /** Estimated share of the shorter text found in the longer one. */
  containment: number;
  kind: LinkKind;
}

export interface AddResult {
  /** The group the item now belongs to, named after the group's earliest member. */
  groupId: string;
  /** One link per group the item joined, the strongest found; empty when it stands alone. */
  links: SyndicationLink[];
  /** Group ids that no longer exist because the item bridged them into `groupId`. */
  merged: string[];
}

export interface SyndicationGroup {
  id: string;
  /** Members in the order they were added. */
  members: string[];
  /** For every member but the first, the link that brought it (or its group) in. */
  links: SyndicationLink[];
}

interface Candidate {
  index: number;
  hits: number;
}

/**
 * Near-duplicate groups, built incrementally: each `add` looks up the new signature's LSH
 * buckets (42 map lookups), verifies the few candidates found by estimated similarity, and
 * joins groups with union-find. Cost per item does not depend on how many items came before,
 * so a corpus is grouped in linear time and new sources join without recomputing anything.
 * Adding the same signatures in the same order always gives the same groups.
 */
export class SyndicationIndex {
  private readonly options: SyndicationOptions;
  private readonly ids: string[] = [];
  private readonly indexOf = new Map<string, number>();
  private readonly signatures: Signature[] = [];
  private readonly sets = new UnionFind();
  private readonly bands: Map<number, number | number[]>[];
  private readonly members = new Map<number, number[]>();
  private readonly links = new Map<number, SyndicationLink[]>();
  private stamp = new Int32Array(64).fill(-1);
  private hits = new Int32Array(64);

  constructor(options: Partial<SyndicationOptions> = {}) {
    this.options = { ...DEFAULT_SYNDICATION, ...options };
    this.bands = Array.from({ length: this.options.params.bands }, () => new Map());
  }

  /** Rebuilds an index from stored signatures, in the order they were first added. */
  static rebuild(
    entries: Iterable<{ id: string; signature: Signature }>,
    options: Partial<SyndicationOptions> = {},
  ): SyndicationIndex {
    const index = new SyndicationIndex(options);
    for (const e of entries) index.add(e.id, e.signature);
    return index;
  }

  get size(): number {
    return this.ids.length;
  }

  has(id: string): boolean {
    return this.indexOf.has(id);
  }

  add(id: string, sig: Signature): AddResult {
    const { bands, rows } = this.options.params;
    if (sig.mins.length !== bands * rows) throw new Error(`signature of ${id} has ${sig.mins.length} minima`);
    if (this.indexOf.has(id)) throw new Error(`${id} is already in the syndication index`);
    const self = this.sets.add();
    this.ids.push(id);
    this.signatures.push(sig);
    this.indexOf.set(id, self);
    this.members.set(self, [self]);
    this.growScratch(self + 1);
    const keys = sig.shingles === 0 ? [] : this.bandKeys(sig);
    const found = this.verify(self, this.candidates(self, keys));
    const merged: string[] = [];
    for (const link of found) {
      const other = this.indexOf.get(link.with) as number;
      const a = this.sets.find(self);
      const b = this.sets.find(other);
      if (a === b) continue;
      const absorbed = this.sets.union(a, b);
      const keep = absorbed === a ? b : a;
      this.absorb(keep, absorbed, link);
      if (absorbed !== self) merged.push(this.ids[absorbed] as string);
    }
    keys.forEach((key, band) => {
      this.bucketAdd(band, key, self);
    });
    return { groupId: this.ids[this.sets.find(self)] as string, links: found, merged };
  }

  /** The group id of an item, or undefined when the item was never added. */
  groupOf(id: string): string | undefined {
    const i = this.indexOf.get(id);
    return i === undefined ? undefined : this.ids[this.sets.find(i)];
  }

  group(groupId: string): SyndicationGroup | undefined {
    const root = this.indexOf.get(groupId);
    if (root === undefined || this.sets.find(root) !== root) return undefined;
    return this.describe(root);
  }

  /** Every group, singletons included, in the order of their earliest member. */
  groups(): SyndicationGroup[] {
    return [...this.members.keys()].sort((a, b) => a - b).map((root) => this.describe(root));
  }

  private describe(root: number): SyndicationGroup {
    const members = [...(this.members.get(root) ?? [])].sort((a, b) => a - b);
    return {
      id: this.ids[root] as string,
      members: members.map((i) => this.ids[i] as string),
      links: this.links.get(root) ?? [],
    };
  }

  private absorb(keep: number, absorbed: number, link: SyndicationLink): void {
    const a = this.members.get(keep) ?? [];
    const b = this.members.get(absorbed) ?? [];
    const [big, small] = a.length >= b.length ? [a, b] : [b, a];
    for (const m of small) big.push(m);
    this.members.set(keep, big);
    this.members.delete(absorbed);
    const la = this.links.get(keep) ?? [];
    const lb = this.links.get(absorbed) ?? [];
    const [bigL, smallL] = la.length >= lb.length ? [la, lb] : [lb, la];
    for (const l of smallL) bigL.push(l);
    bigL.push(link);
    this.links.set(keep, bigL);
    this.links.delete(absorbed);
  }

  private bandKeys(sig: Signature): number[] {
    const { bands, rows } = this.options.params;
    const keys: number[] = [];
    for (let b = 0; b < bands; b++) {
      let h = Math.imul(b + 1, 0x9e3779b1);
      for (let r = 0; r < rows; r++)
        h = Math.imul(((h << 13) | (h >>> 19)) ^ (sig.mins[b * rows + r] as number), 0x5bd1e995);
      // 30 bits keep keys small integers for V8's maps; a rare collision only adds a candidate.
      keys.push(fmix32(h) & 0x3fffffff);
    }
    return keys;
  }

  private bucketAdd(band: number, key: number, item: number): void {
    const map = this.bands[band] as Map<number, number | number[]>;
    const bucket = map.get(key);
    if (bucket === undefined) map.set(key, item);
    else if (typeof bucket === "number") map.set(key, [bucket, item]);
    else if (bucket.length < this.options.maxBucket) bucket.push(item);
  }

  /** Earlier items sharing at least one band, most shared bands first. */
  private candidates(self: number, keys: number[]): Candidate[] {
    const found: number[] = [];
    const note = (item: number): void => {
      if (this.stamp[item] !== self) {
        this.stamp[item] = self;
        this.hits[item] = 0;
        found.push(item);
      }
      this.hits[item] = (this.hits[item] as number) + 1;
    };
    keys.forEach((key, band) => {
      const bucket = this.bands[band]?.get(key);
      if (bucket === undefined) return;
      if (typeof bucket === "number") note(bucket);
      else for (const item of bucket) note(item);
    });
    return found
      .map((index) => ({ index, hits: this.hits[index] as number }))
      .sort((a, b) => b.hits - a.hits || a.index - b.index);
  }

  /** The first accepted link into each distinct group, trying likelier candidates first. */
  private verify(self: number, candidates: Candidate[]): SyndicationLink[] {
    const sig = this.signatures[self] as Signature;
    const linkedRoots = new Set<number>();
    const out: SyndicationLink[] = [];
    for (const { index } of candidates) {
      const root = this.sets.find(index);
      if (linkedRoots.has(root)) continue;
      const other = this.signatures[index] as Signature;
      const link = this.judge(sig, other);
      if (link === null) continue;
      linkedRoots.add(root);
      out.push({ id: this.ids[self] as string, with: this.ids[index] as string, ...link });
    }
    return out;
  }

  private judge(a: Signature, b: Signature): { jaccard: number; containment: number; kind: LinkKind } | null {
    const jaccard = estimateJaccard(a, b);
    const containment = estimateContainment(a, b, jaccard);
    const round = (x: number): number => Math.round(x * 1000) / 1000;
    if (jaccard >= this.options.minJaccard)
      return { jaccard: round(jaccard), containment: round(containment), kind: "near-copy" };
    const embedded =
      containment >= this.options.minContainment &&
      Math.min(a.shingles, b.shingles) >= this.options.minContainedShingles;
    return embedded ? { jaccard: round(jaccard), containment: round(containment), kind: "embedded" } : null;
  }

  private growScratch(needed: number): void {
    if (needed <= this.stamp.length) return;
    const size = Math.max(needed, this.stamp.length * 2);
    const stamp = new Int32Array(size).fill(-1);
    stamp.set(this.stamp);
    const hits = new Int32Array(size);
    hits.set(this.hits);
    this.stamp = stamp;
    this.hits = hits;
  }
}
