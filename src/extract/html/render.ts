import { BLOCK_TAGS } from "./blocks.js";
import type { Element } from "./tree.js";

// Soft hyphens, zero-width spaces and word joiners are invisible on the page; left in,
// they would break every later match on the words they sit in. Zero-width (non-)joiners
// stay: they shape Persian words and compose emoji.
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;
const SPACES = /\s+/g;

class Paragraphs {
  readonly out: string[] = [];
  private parts: string[] = [];

  add(text: string): void {
    this.parts.push(text);
  }

  /** Ends the current paragraph, if it has any visible text. */
  break(): void {
    if (this.parts.length === 0) return;
    const text = this.parts.join("").replace(INVISIBLE, "").replace(SPACES, " ").trim();
    this.parts = [];
    if (text !== "") this.out.push(text);
  }
}

function walk(el: Element, out: Paragraphs, pre: boolean): void {
  if (el.tag === "br" || el.tag === "hr") {
    out.break();
    return;
  }
  const block = BLOCK_TAGS.has(el.tag);
  const inPre = pre || el.tag === "pre";
  if (block) out.break();
  for (const c of el.children) {
    if (typeof c !== "string") {
      if (!c.skip) walk(c, out, inPre);
      continue;
    }
    if (!inPre) {
      out.add(c);
      continue;
    }
    // Preformatted text keeps its lines; each line becomes a paragraph.
    const lines = c.split("\n");
    for (const [i, line] of lines.entries()) {
      if (i > 0) out.break();
      out.add(line);
    }
  }
  if (block) out.break();
}

/**
 * The visible text of the elements, one string per paragraph: block elements and line
 * breaks end paragraphs, inline elements flow together, white space collapses as a
 * browser would collapse it.
 */
export function renderParagraphs(roots: Element[]): string[] {
  const out = new Paragraphs();
  for (const root of roots) {
    walk(root, out, false);
    out.break();
  }
  return out.out;
}

function collect(el: Element, parts: string[], budget: { left: number }): void {
  for (const c of el.children) {
    if (budget.left <= 0) return;
    if (typeof c === "string") {
      parts.push(c);
      budget.left -= c.length;
    } else if (!c.attrs.hidden) {
      if (BLOCK_TAGS.has(c.tag)) parts.push(" ");
      collect(c, parts, budget);
    }
  }
}

/** The element's visible text on one line, cut at about `max` characters. */
export function lineText(el: Element, max = 500): string {
  const parts: string[] = [];
  collect(el, parts, { left: max });
  return parts.join("").replace(INVISIBLE, "").replace(SPACES, " ").trim().slice(0, max);
}

/** Whether any text below the element would show on the page. */
export function hasVisibleText(el: Element): boolean {
  for (const c of el.children) {
    if (typeof c === "string") {
      if (c.trim() !== "") return true;
    } else if (!c.attrs.hidden && hasVisibleText(c)) return true;
  }
  return false;
}
