import { BLOCK_TAGS, HEADINGS } from "./blocks.js";
import { classWeight, isBoilerplate, isEmbeddedPost } from "./hints.js";
import { linkDensity } from "./score.js";
import type { Element } from "./tree.js";

// Inside the chosen article container, boxes that are not prose still sit between the
// paragraphs: related-link lists, image galleries, share bars without telling names.
// They are recognised as Readability does: few commas, and many links, list items or
// images for the text they carry.

const JUDGED = new Set(["div", "section", "ul", "ol", "dl", "table", "form", "fieldset", "figure", "aside"]);

interface Counts {
  /** Paragraphs: blocks with at least a short sentence of their own text, <p> or not. */
  p: number;
  li: number;
  img: number;
}

function countTags(el: Element, counts: Counts): Counts {
  for (const c of el.children) {
    if (typeof c === "string" || c.skip) continue;
    if (c.tag === "li") counts.li++;
    else if (c.inlineChars >= PARAGRAPH_CHARS && BLOCK_TAGS.has(c.tag)) counts.p++;
    else if (c.tag === "img" || c.tag === "picture") counts.img++;
    countTags(c, counts);
  }
  return counts;
}

const PARAGRAPH_CHARS = 25;

/** Enough unlinked text to be prose even where commas are rare (CJK, lists of facts). */
const PROSE_CHARS = 400;

function isClutter(el: Element): boolean {
  if (el.commas >= 10 || isEmbeddedPost(el)) return false;
  if (el.chars - el.linkChars >= PROSE_CHARS && linkDensity(el) < 0.3) return false;
  const weight = classWeight(el);
  if (weight < 0) return true;
  const ld = linkDensity(el);
  if ((weight < 25 && ld > 0.2) || ld > 0.5) return true;
  const counts = countTags(el, { p: 0, li: 0, img: 0 });
  if (el.chars < 25 && counts.img === 0) return true;
  return el.tag !== "ul" && el.tag !== "ol" && counts.li > counts.p + 10;
}

const LINK_PARAGRAPH = 0.9;

/** Share of the container's text above which a block is the container's wrapper, whatever its name. */
const WRAPPER_SHARE = 0.6;

function clean(el: Element, root: Element, byName: boolean): void {
  for (const c of el.children) {
    if (typeof c === "string" || c.skip) continue;
    if (byName && isBoilerplate(c)) c.skip = !c.holdsBody && c.chars <= root.chars * WRAPPER_SHARE;
    else if (HEADINGS.has(c.tag)) c.skip = linkDensity(c) > 0.33 || classWeight(c) < 0;
    // A paragraph that is all link points to another page ("Who will make the Hall in 2020?").
    else if (c.tag === "p") c.skip = linkDensity(c) >= LINK_PARAGRAPH;
    else if (JUDGED.has(c.tag) && isClutter(c)) c.skip = true;
    if (!c.skip) clean(c, root, byName);
  }
}

/** Marks boilerplate boxes inside the article container as skipped. */
export function cleanContent(root: Element, byName: boolean): void {
  clean(root, root, byName);
}
