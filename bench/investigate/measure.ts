/** Time and memory of one step, measured inside a fresh child process. */
export interface Measured<T> {
  value: T;
  ms: number;
  /** Growth of the process's peak resident set during the step, MB. */
  peakRssMB: number;
  /** Heap still held after the step (its result kept alive), after a full GC, MB. */
  heapMB: number;
}

const MB = 1024 * 1024;

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export function measure<T>(step: () => T): Measured<T> {
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.resourceUsage().maxRSS;
  const t0 = performance.now();
  const value = step();
  const ms = performance.now() - t0;
  const peakRssMB = ((process.resourceUsage().maxRSS - rssBefore) * 1024) / MB;
  gc();
  const heapMB = (process.memoryUsage().heapUsed - heapBefore) / MB;
  return { value, ms, peakRssMB, heapMB };
}
