/**
 * Disjoint sets over dense indices 0..n-1, growing as items are added. The root of a set is
 * always its smallest index, so a group is named after its earliest member and keeps that
 * name when later groups join it.
 */
export class UnionFind {
  private parent = new Int32Array(64);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Adds a singleton set and returns its index. */
  add(): number {
    if (this.count === this.parent.length) {
      const grown = new Int32Array(this.parent.length * 2);
      grown.set(this.parent);
      this.parent = grown;
    }
    this.parent[this.count] = this.count;
    return this.count++;
  }

  find(index: number): number {
    let i = index;
    // Path halving: every visited node skips to its grandparent, keeping trees shallow.
    while (this.parent[i] !== i) {
      const grand = this.parent[this.parent[i] as number] as number;
      this.parent[i] = grand;
      i = grand;
    }
    return i;
  }

  /** Joins the two sets; returns the root that was absorbed, or -1 when already joined. */
  union(a: number, b: number): number {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return -1;
    const [keep, absorbed] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[absorbed] = keep;
    return absorbed;
  }
}
