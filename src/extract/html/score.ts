import { BLOCK_TAGS, PARAGRAPH_TAGS } from "./blocks.js";
import { classWeight, isStructuralBoilerplate, isSurelyBoilerplate } from "./hints.js";
import type { Element } from "./tree.js";

// Content scoring after Mozilla Readability's proven scheme: every paragraph of at least
// 25 characters gives its container points for length and commas (prose has commas,
// menus do not); the points fade over five ancestor levels, and each candidate is
// discounted by its link density. Unlike Readability it runs over a light tree in
// a few linear passes and never mutates the markup.

const MIN_PARAGRAPH = 25;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;
}

let countedChars = 0;
let countedCommas = 0;

function count(text: string): void {
  let chars = 0;
  let commas = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    chars++;
    // , ، ， 、 : the comma of Latin, Arabic and CJK prose.
    if (c === 44 || c === 0x60c || c === 0xff0c || c === 0x3001) commas++;
  }
  countedChars = chars;
  countedCommas = commas;
}

/**
 * Marks boilerplate (by tag, role, and with `byName` by class and id) so that scoring
 * never sees it. Only sure cases go here: a block that holds the named article body is
 * a wrapper whatever its own name says (Blogger puts every post inside "widget Blog").
 */
export function markBoilerplate(el: Element, byName: boolean): void {
  for (const c of el.children) {
    if (typeof c === "string") continue;
    const boilerplate = byName ? isSurelyBoilerplate(c) : isStructuralBoilerplate(c);
    if (boilerplate) c.skip = true;
    else markBoilerplate(c, byName);
  }
}

/** Fills chars, linkChars, commas and the inline counts of every element not skipped. */
export function measure(el: Element): void {
  let chars = 0;
  let links = 0;
  let commas = 0;
  let inlineChars = 0;
  let inlineCommas = 0;
  for (const c of el.children) {
    if (typeof c === "string") {
      count(c);
      chars += countedChars;
      commas += countedCommas;
      inlineChars += countedChars;
      inlineCommas += countedCommas;
      continue;
    }
    if (c.skip) continue;
    measure(c);
    chars += c.chars;
    links += c.tag === "a" ? c.chars : c.linkChars;
    commas += c.commas;
    if (!BLOCK_TAGS.has(c.tag)) {
      inlineChars += c.chars;
      inlineCommas += c.commas;
    }
  }
  el.chars = chars;
  el.linkChars = links;
  el.commas = commas;
  el.inlineChars = inlineChars;
  el.inlineCommas = inlineCommas;
}

export function linkDensity(el: Element): number {
  return el.chars === 0 ? 0 : el.linkChars / el.chars;
}

const TAG_WEIGHT: Record<string, number> = {
  div: 5,
  article: 5,
  section: 3,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

function start(el: Element, candidates: Element[]): void {
  if (el.candidate) return;
  el.candidate = true;
  el.score = (TAG_WEIGHT[el.tag] ?? 0) + classWeight(el);
  candidates.push(el);
}

function scoreParagraph(el: Element, candidates: Element[]): void {
  const points = 1 + el.inlineCommas + Math.min(3, Math.floor(el.inlineChars / 85));
  // A paragraph's points go to its container, unless it has none (an HTML fragment).
  let node = PARAGRAPH_TAGS.has(el.tag) && el.parent?.tag !== "#root" ? el.parent : el;
  for (let level = 0; node !== null && level < 5; level++) {
    if (node.tag === "#root") break;
    start(node, candidates);
    node.score += level === 0 ? points : level === 1 ? points / 2 : points / (level * 3);
    node = node.parent;
  }
}

function collect(el: Element, candidates: Element[]): void {
  // Inline elements' text already counts in their block's inline text.
  if (el.inlineChars >= MIN_PARAGRAPH && BLOCK_TAGS.has(el.tag)) scoreParagraph(el, candidates);
  for (const c of el.children) if (typeof c !== "string" && !c.skip) collect(c, candidates);
}

/**
 * A container with less text than a short article gets its score cut in proportion:
 * otherwise a well-named title box ("content-header") outscores a body whose
 * paragraphs are full of links.
 */
const SHORT_CONTAINER = 500;

/** Scores the tree and returns the candidates with their final, link-discounted scores. */
export function scoreCandidates(root: Element): Element[] {
  const candidates: Element[] = [];
  collect(root, candidates);
  for (const c of candidates) c.score *= (1 - linkDensity(c)) * Math.min(1, c.chars / SHORT_CONTAINER);
  return candidates;
}
