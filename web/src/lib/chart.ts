/** The smallest of 1, 2, 5 × 10^k (k ≥ 0) at or above `n`: whole-number steps only. */
export function niceStep(n: number): number {
  if (!(n > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  for (const step of [1, 2, 5]) {
    if (step * power >= n) return step * power;
  }
  return 10 * power;
}

/** An axis for counts up to `n`: round steps, about `count` of them, and the top tick. */
export function countAxis(n: number, count = 4): { max: number; ticks: number[] } {
  const step = niceStep(Math.max(n, 0) / count);
  const max = Math.max(step, Math.ceil(Math.max(n, 0) / step) * step);
  const ticks: number[] = [];
  for (let v = 0; v <= max; v += step) ticks.push(v);
  return { max, ticks };
}
