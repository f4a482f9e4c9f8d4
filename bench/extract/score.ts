// Main-text scoring of the article-extraction benchmark, as its evaluate.py computes it:
// tokens are runs of letters, digits and underscore (Python's Unicode \w), shingles are
// 4 consecutive tokens (a shorter text is one shingle), counted as multisets per page.

const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < last; i++) {
    const s = tokens.slice(i, i + SHINGLE);
    if (s.length === 0) continue;
    const key = s.join("\u0001");
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** TP, FP and FN of one page, each divided by their sum (all zero when both texts are empty). */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export function pageCounts(gold: string, predicted: string): PageCounts {
  const g = shingles(gold);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, pc] of p) {
    const gc = g.get(k) ?? 0;
    tp += Math.min(gc, pc);
    fp += Math.max(0, pc - gc);
  }
  for (const [k, gc] of g) fn += Math.max(0, gc - (p.get(k) ?? 0));
  const sum = tp + fp + fn;
  return sum === 0 ? { tp: 0, fp: 0, fn: 0 } : { tp: tp / sum, fp: fp / sum, fn: fn / sum };
}

function precision({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp + fp === 0 ? 0 : tp / (tp + fp);
}

function recall({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp + fn === 0 ? 0 : tp / (tp + fn);
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/**
 * Precision averaged over pages where something was predicted, recall over pages with
 * gold text (a page where both are empty counts 1 in both), F1 their harmonic mean.
 */
export function score(pages: PageCounts[]): Scores {
  const empty = (c: PageCounts) => c.tp === 0 && c.fp === 0 && c.fn === 0;
  const p = mean(pages.filter((c) => c.tp + c.fp > 0 || empty(c)).map(precision));
  const r = mean(pages.filter((c) => c.tp + c.fn > 0 || empty(c)).map(recall));
  return { precision: p, recall: r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
