import { cleanContent } from "./clean.js";
import { renderParagraphs } from "./render.js";
import { markBoilerplate, measure, scoreCandidates } from "./score.js";
import { selectContent } from "./select.js";
import type { Element } from "./tree.js";

/**
 * Below this many visible characters, names have probably removed the article with its
 * wrapper: the page is scored again without them. Set low because short articles with
 * long comment threads are common, and names are what keeps the comments out.
 */
const NEARLY_NOTHING = 150;

const MAX_LINK_DENSITY = 0.5;

function reset(el: Element): void {
  el.skip = false;
  el.candidate = false;
  el.score = 0;
  for (const c of el.children) if (typeof c !== "string") reset(c);
}

function attempt(root: Element, byName: boolean): { paragraphs: string[]; chars: number } {
  markBoilerplate(root, byName);
  measure(root);
  const roots = selectContent(scoreCandidates(root));
  for (const r of roots) cleanContent(r, byName);
  // Cleaning skipped boxes inside the roots: count again what is left.
  let chars = 0;
  let links = 0;
  for (const r of roots) {
    measure(r);
    chars += r.chars;
    links += r.linkChars;
  }
  // What is left of a page of menus and link lists is more links: no article.
  if (chars === 0 || links / chars > MAX_LINK_DENSITY) return { paragraphs: [], chars: 0 };
  return { paragraphs: renderParagraphs(roots), chars };
}

/**
 * The article's paragraphs. Class and id names are trusted first; when that leaves
 * almost nothing (a site whose wrapper is called "page-with-sidebar"), the page is
 * scored again on structure and density alone and the longer result kept.
 */
export function articleParagraphs(root: Element): string[] {
  const named = attempt(root, true);
  if (named.chars >= NEARLY_NOTHING) return named.paragraphs;
  reset(root);
  const plain = attempt(root, false);
  return plain.chars > named.chars ? plain.paragraphs : named.paragraphs;
}
