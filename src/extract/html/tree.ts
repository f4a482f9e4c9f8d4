import { Parser } from "htmlparser2";
import { ExtractError } from "../types.js";
import { isArticleBody } from "./hints.js";

/**
 * A light element tree: only what extraction reads. Text children are plain strings with
 * entities already decoded; elements that never carry article text are left out at
 * parse time, so nothing later has to remember to skip them.
 */
export class Element {
  readonly children: Node[] = [];
  /** Lower-cased `id` and `class`, joined by a space: what boilerplate hints match against. */
  readonly hint: string;
  // Filled by the content passes (see stats.ts); kept on the node because a Map per page costs more.
  /** Visible characters of text below, whitespace excluded. */
  chars = 0;
  /** Of those, the characters inside links. */
  linkChars = 0;
  commas = 0;
  /** Characters and commas of the text that flows directly in this element, outside child blocks. */
  inlineChars = 0;
  inlineCommas = 0;
  /** Whether `score` has been started (with the tag and class weight). */
  candidate = false;
  /** Readability-style content score gathered from the paragraphs below. */
  score = 0;
  /** Boilerplate: left out of the article text. */
  skip = false;
  /** This element or one below it is named as the article body (see hints.ts). */
  holdsBody = false;
  constructor(
    readonly tag: string,
    readonly parent: Element | null,
    readonly attrs: ElementAttrs,
    /** Position in document order. */
    readonly order: number,
  ) {
    this.hint = attrs.hint;
  }
}

export type Node = Element | string;

export interface ElementAttrs {
  hint: string;
  /** Lower-cased `class` alone. */
  cls: string;
  role: string;
  itemprop: string;
  /** Hidden by the `hidden` attribute, `aria-hidden="true"` or an inline display:none. */
  hidden: boolean;
  /** `datetime` of a <time>, `content` of a <meta itemprop> inside the body. */
  value: string;
}

/** Metadata that lives outside the article text, gathered while parsing. */
export interface PageHead {
  title: string;
  /** `lang` of <html>. */
  lang: string;
  /** <meta> name/property/itemprop/http-equiv (lower-cased) → content, first one wins. */
  meta: Map<string, string>;
  /** rel (lower-cased) → href of <link>, first one wins. */
  links: Map<string, string>;
  /** Bodies of <script type="application/ld+json">. */
  jsonLd: string[];
}

export interface ParsedPage {
  root: Element;
  head: PageHead;
}

/** Far beyond real pages (the deepest of 181 news pages nests 51); htmlparser2's stack work grows with depth. */
export const MAX_DEPTH = 400;
/** Larger HTML is refused rather than cut: a silently truncated article would be worse evidence. */
export const MAX_HTML_CHARS = 16 * 1024 * 1024;
const MAX_HINT = 200;
const MAX_JSON_LD = 512 * 1024;
const MAX_META = 200;

// Elements whose content is never article text. Their subtrees are dropped while parsing.
const DROPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "canvas",
  "video",
  "audio",
  "map",
  "select",
  "textarea",
  "button",
  "input",
  "title",
  "dialog",
]);

const EMPTY_ATTRS: ElementAttrs = { hint: "", cls: "", role: "", itemprop: "", hidden: false, value: "" };

function readAttrs(attribs: Record<string, string>): ElementAttrs {
  const id = attribs.id;
  const cls = attribs.class;
  const role = attribs.role;
  const itemprop = attribs.itemprop;
  const style = attribs.style;
  const hidden =
    attribs.hidden !== undefined ||
    attribs["aria-hidden"] === "true" ||
    (style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style.slice(0, 500)));
  const value = attribs.datetime ?? attribs.content ?? "";
  if (id === undefined && cls === undefined && role === undefined && itemprop === undefined && !hidden) {
    return value === "" ? EMPTY_ATTRS : { ...EMPTY_ATTRS, value: value.slice(0, MAX_HINT) };
  }
  const hint = `${id ?? ""} ${cls ?? ""}`.slice(0, MAX_HINT).toLowerCase();
  return {
    hint,
    cls: (cls ?? "").slice(0, MAX_HINT).toLowerCase(),
    role: (role ?? "").slice(0, 50).toLowerCase(),
    itemprop: (itemprop ?? "").slice(0, 50).toLowerCase(),
    hidden,
    value: value.slice(0, MAX_HINT),
  };
}

class TreeBuilder {
  readonly root = new Element("#root", null, EMPTY_ATTRS, 0);
  private count = 0;
  readonly head: PageHead = { title: "", lang: "", meta: new Map(), links: new Map(), jsonLd: [] };
  private current = this.root;
  private depth = 0;
  /** Depth inside a dropped subtree; 0 when outside. */
  private dropped = 0;
  /** What the current dropped subtree is, when its text is still wanted (title, JSON-LD). */
  private capture: "title" | "json-ld" | null = null;
  private captured = "";
  tooDeep = false;

  constructor(private readonly parser: () => Parser) {}

  onopentag(name: string, attribs: Record<string, string>): void {
    this.depth++;
    if (this.depth > MAX_DEPTH) {
      this.tooDeep = true;
      this.parser().pause();
      return;
    }
    if (name === "meta" || name === "link" || name === "html") this.readHead(name, attribs);
    if (this.dropped > 0) {
      this.dropped++;
      return;
    }
    if (DROPPED.has(name)) {
      this.dropped = 1;
      if (name === "title" && this.head.title === "") this.capture = "title";
      else if (name === "script" && attribs.type?.toLowerCase().includes("ld+json")) this.capture = "json-ld";
      return;
    }
    const el = new Element(name, this.current, readAttrs(attribs), ++this.count);
    this.current.children.push(el);
    this.current = el;
  }

  onclosetag(): void {
    this.depth--;
    if (this.dropped > 0) {
      this.dropped--;
      if (this.dropped === 0) this.endCapture();
      return;
    }
    const el = this.current;
    const parent = el.parent;
    if (parent === null) return;
    if (el.holdsBody || isArticleBody(el)) {
      el.holdsBody = true;
      parent.holdsBody = true;
    }
    this.current = parent;
  }

  ontext(text: string): void {
    if (this.dropped > 0) {
      if (this.capture !== null && this.captured.length < MAX_JSON_LD) this.captured += text;
      return;
    }
    const kids = this.current.children;
    const last = kids.length - 1;
    const prev = kids[last];
    // htmlparser2 splits text at entities; one string per run keeps later passes simple.
    if (typeof prev === "string") kids[last] = prev + text;
    else kids.push(text);
  }

  private endCapture(): void {
    if (this.capture === "title") this.head.title = this.captured;
    else if (this.capture === "json-ld" && this.captured.length < MAX_JSON_LD)
      this.head.jsonLd.push(this.captured);
    this.capture = null;
    this.captured = "";
  }

  private readHead(name: string, attribs: Record<string, string>): void {
    if (name === "html") {
      this.head.lang = (attribs.lang ?? attribs["xml:lang"] ?? "").slice(0, 50);
      return;
    }
    if (name === "meta") {
      const key = attribs.property ?? attribs.name ?? attribs.itemprop ?? attribs["http-equiv"];
      const content = attribs.content;
      const meta = this.head.meta;
      if (key === undefined || content === undefined || meta.size >= MAX_META) return;
      const k = key.slice(0, 100).toLowerCase();
      if (!meta.has(k)) meta.set(k, content.slice(0, 2000));
      return;
    }
    const rel = attribs.rel;
    const href = attribs.href;
    if (rel === undefined || href === undefined || this.head.links.size >= MAX_META) return;
    const r = rel.slice(0, 100).toLowerCase();
    if (!this.head.links.has(r)) this.head.links.set(r, href.slice(0, 2000));
  }
}

/**
 * Parses untrusted HTML into a light tree. Nothing is executed or fetched; work is
 * linear in the input because size and nesting depth are bounded.
 */
export function parseHtml(html: string): ParsedPage {
  if (html.length > MAX_HTML_CHARS) {
    const mb = (html.length / 1048576).toFixed(1);
    throw new ExtractError(`page too large to extract: ${mb} M characters of HTML (limit 16 M)`);
  }
  let parser: Parser | null = null;
  const builder = new TreeBuilder(() => parser as Parser);
  parser = new Parser(builder, { decodeEntities: true });
  parser.write(html);
  if (builder.tooDeep) {
    throw new ExtractError(`HTML nests elements more than ${MAX_DEPTH} deep; refusing pathological markup`);
  }
  parser.end();
  return { root: builder.root, head: builder.head };
}
