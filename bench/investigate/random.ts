/** A seeded generator (mulberry32), so every run of the benchmark sees the same corpus. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)] as T;
  }

  /** A value from `choices` with the given weights. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [v, w] of choices) {
      r -= w;
      if (r <= 0) return v;
    }
    return (choices[choices.length - 1] as readonly [T, number])[0];
  }
}

/** Samples ranks 0..n-1 with probability ∝ 1/(rank+1)^s, by binary search in the CDF. */
export class Zipf {
  private readonly cdf: Float64Array;

  constructor(n: number, s: number) {
    this.cdf = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      sum += 1 / (i + 1) ** s;
      this.cdf[i] = sum;
    }
    for (let i = 0; i < n; i++) this.cdf[i] = (this.cdf[i] as number) / sum;
  }

  sample(random: Random): number {
    const r = random.next();
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cdf[mid] as number) < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Pairwise precision and recall of a grouping against the truth, without listing pairs. */
export function pairScores(
  predicted: ArrayLike<string>,
  truth: ArrayLike<string>,
): { precision: number; recall: number } {
  const pairs = (counts: Map<string, number>): number => {
    let n = 0;
    for (const c of counts.values()) n += (c * (c - 1)) / 2;
    return n;
  };
  const count = (key: (i: number) => string): Map<string, number> => {
    const m = new Map<string, number>();
    for (let i = 0; i < predicted.length; i++) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
    return m;
  };
  const both = pairs(count((i) => `${predicted[i]}\u0000${truth[i]}`));
  const pred = pairs(count((i) => predicted[i] as string));
  const gold = pairs(count((i) => truth[i] as string));
  return { precision: pred === 0 ? 1 : both / pred, recall: gold === 0 ? 1 : both / gold };
}
