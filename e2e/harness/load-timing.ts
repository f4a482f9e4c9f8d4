import type { Page } from "playwright-core";

export interface LoadFigures {
  /** Milliseconds from the start of navigation. */
  domContentLoaded: number;
  load: number;
  /** When `ready` was taken: the page showed what the user came for. */
  ready: number;
  /** Bytes over the wire (headers and bodies) for the document and everything fetched since. */
  transferred: number;
  requests: number;
}

/** Navigation and resource timing of the page as it stands, read in the page itself. */
export function loadFigures(page: Page): Promise<LoadFigures> {
  return page.evaluate(() => {
    const [nav] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
    const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
    return {
      domContentLoaded: nav?.domContentLoadedEventEnd ?? Number.NaN,
      load: nav?.loadEventEnd ?? Number.NaN,
      ready: performance.now(),
      transferred: (nav?.transferSize ?? 0) + resources.reduce((sum, r) => sum + r.transferSize, 0),
      requests: 1 + resources.length,
    };
  });
}

export function formatFigures(label: string, f: LoadFigures): string {
  const ms = (n: number) => `${Math.round(n)} ms`.padStart(8);
  const kib = `${(f.transferred / 1024).toFixed(1)} KiB`.padStart(11);
  return `${label.padEnd(34)} DOMContentLoaded ${ms(f.domContentLoaded)}  load ${ms(f.load)}  ready ${ms(f.ready)}  ${kib} in ${f.requests} requests`;
}
