import { linkDensity } from "./score.js";
import type { Element } from "./tree.js";

function isTop(el: Element): boolean {
  return el.tag === "body" || el.tag === "html" || el.tag === "#root";
}

function ancestors(el: Element): Set<Element> {
  const out = new Set<Element>();
  for (let p = el.parent; p !== null; p = p.parent) out.add(p);
  return out;
}

/**
 * When several strong candidates share an ancestor, the article is split into sections
 * and the ancestor is the article (Readability's rule of three).
 */
function sharedAncestor(top: Element, ranked: Element[]): Element {
  const above = ancestors(top);
  // Candidates inside or above the top one are the same section, not other ones.
  const close = ranked
    .slice(1, 5)
    .filter((c) => c.score >= top.score * 0.75 && !above.has(c) && !ancestors(c).has(top));
  if (close.length < 2) return top;
  const lists = close.map(ancestors);
  for (let p = top.parent; p !== null && !isTop(p); p = p.parent) {
    let containing = 1;
    for (const l of lists) if (l.has(p)) containing++;
    if (containing >= 3) return p;
  }
  return top;
}

/** Climbs while an ancestor scores better, or the candidate is its parent's only element. */
function climb(top: Element): Element {
  let best = top;
  let last = top.score;
  const threshold = top.score / 3;
  for (let p = best.parent; p !== null && !isTop(p); p = p.parent) {
    if (!p.candidate) continue;
    if (p.score < threshold) break;
    if (p.score > last) {
      best = p;
      break;
    }
    last = p.score;
  }
  for (let p = best.parent; p !== null && !isTop(p); p = p.parent) {
    const kids = p.children.filter((c) => typeof c !== "string" && !c.skip);
    if (kids.length !== 1) break;
    best = p;
  }
  return best;
}

const SENTENCE_END = /[.!?。！？]["'”’)]?\s*$/;

function textOf(el: Element): string {
  let s = "";
  for (const c of el.children) s += typeof c === "string" ? c : c.skip ? "" : textOf(c);
  return s;
}

/** Siblings worth keeping beside the top candidate: other parts of the same article. */
function keepSibling(sib: Element, top: Element): boolean {
  if (sib.skip || sib.chars === 0) return false;
  const bonus = top.hint !== "" && sib.hint === top.hint ? top.score * 0.2 : 0;
  const threshold = Math.max(10, top.score * 0.2);
  if (sib.candidate && sib.score + bonus >= threshold) return true;
  // Another chunk of the same body, too deeply nested for its paragraphs to score it.
  if (bonus > 0 && sib.chars >= 100 && linkDensity(sib) < 0.3) return true;
  if (sib.tag !== "p") return false;
  const ld = linkDensity(sib);
  if (sib.chars > 65 && ld < 0.25) return true;
  return sib.chars > 0 && ld === 0 && SENTENCE_END.test(textOf(sib));
}

function related(a: Element, b: Element): boolean {
  for (let p: Element | null = a; p !== null; p = p.parent) if (p === b) return true;
  for (let p: Element | null = b; p !== null; p = p.parent) if (p === a) return true;
  return false;
}

/**
 * Other parts of the article elsewhere in the page: sites cut the body into chunks of
 * the same class between ads and embeds, not always as siblings.
 */
function sameClassParts(top: Element, chosen: Element[], candidates: Element[]): Element[] {
  if (top.attrs.cls === "") return [];
  return candidates.filter(
    (c) =>
      c.tag === top.tag &&
      c.attrs.cls === top.attrs.cls &&
      !c.skip &&
      c.score >= top.score * 0.1 &&
      !chosen.some((x) => related(x, c)),
  );
}

/** The elements that hold the article, in document order; empty when nothing scored. */
export function selectContent(candidates: Element[]): Element[] {
  if (candidates.length === 0) return [];
  const ranked = [...candidates].sort((a, b) => b.score - a.score);
  const first = ranked[0] as Element;
  const top = climb(sharedAncestor(first, ranked));
  const parent = top.parent;
  if (parent === null || isTop(top)) return [top];
  const out: Element[] = [];
  for (const c of parent.children) {
    if (typeof c === "string") continue;
    if (c === top || keepSibling(c, top)) out.push(c);
  }
  return [...out, ...sameClassParts(top, out, candidates)].sort((a, b) => a.order - b.order);
}
