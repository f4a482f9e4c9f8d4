import { decodeHTML } from "entities";
import type { CaptureHints } from "../../domain/capture.js";
import { toIsoDate } from "../dates.js";
import { normalizeLang } from "../lang.js";
import type { PageMetadata } from "../types.js";
import { absoluteUrl, hostName } from "../urls.js";
import { readLinkedData } from "./jsonld.js";
import { lineText } from "./render.js";
import type { Element, PageHead } from "./tree.js";

const PUBLISHED_META = [
  "article:published_time",
  "og:article:published_time",
  "datepublished",
  "published_time",
  "article.published",
  "pubdate",
  "publishdate",
  "publish-date",
  "publish_date",
  "parsely-pub-date",
  "sailthru.date",
  "dc.date.issued",
  "dcterms.issued",
  "dc.date",
  "dcterms.created",
  "date",
];
const AUTHOR_META = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"];
const LANG_META = ["content-language", "language", "dc.language", "og:locale"];

const clean = (s: string): string => decodeHTML(s).replace(/\s+/g, " ").trim();

function firstMeta(
  head: PageHead,
  keys: string[],
  accept: (v: string) => boolean = () => true,
): string | null {
  for (const k of keys) {
    const v = head.meta.get(k);
    if (v !== undefined && v.trim() !== "" && accept(v)) return clean(v);
  }
  return null;
}

/** Byline and dateline elements, found by microdata or by the names sites give them. */
interface Marked {
  h1: string | null;
  author: string | null;
  date: string | null;
}

const AUTHOR_HINT = /(?:^|[\s_-])(?:byline|author|authors|by-?line|writer|reporter)(?:$|[\s_-])/;
const DATE_HINT =
  /(?:^|[\s_-])(?:date|dateline|time|timestamp|published|pubdate|posted|post-?date)(?:$|[\s_-])/;
const MAX_MARKED_VISITS = 20000;

function findMarked(root: Element): Marked {
  const out: Marked = { h1: null, author: null, date: null };
  const stack: Element[] = [root];
  let visits = 0;
  while (stack.length > 0 && visits++ < MAX_MARKED_VISITS) {
    const el = stack.pop() as Element;
    if (el.attrs.hidden) continue;
    const { itemprop } = el.attrs;
    if (out.h1 === null && el.tag === "h1") out.h1 = lineText(el, 300) || null;
    if (out.author === null && (itemprop === "author" || (el.hint !== "" && AUTHOR_HINT.test(el.hint)))) {
      const text = lineText(el, 200);
      if (text.length > 2 && text.length <= 120) out.author = text;
    }
    if (out.date === null) out.date = dateOf(el);
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i];
      if (c !== undefined && typeof c !== "string") stack.push(c);
    }
  }
  return out;
}

function dateOf(el: Element): string | null {
  const { itemprop, value } = el.attrs;
  if (itemprop === "datepublished" || itemprop === "datecreated")
    return toIsoDate(value || lineText(el, 100));
  if (el.tag === "time" && value !== "") return toIsoDate(value);
  if (el.hint !== "" && DATE_HINT.test(el.hint)) return toIsoDate(lineText(el, 120));
  return null;
}

const BY = /^(?:by|from|von|par|por|di|door|автор|авторы)\s*[:\-–—]?\s+/i;

function cleanByline(s: string | null): string | null {
  if (s === null) return null;
  const t = s.replace(BY, "").trim();
  return t === "" || /^https?:/.test(t) ? null : t;
}

const SEPARATORS = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » "];

/** "Headline | Outlet" → "Headline", when the cut-off part names the outlet or the host. */
function stripSiteName(title: string, outlet: string | null, host: string | null): string {
  const names = [outlet, host, host?.split(".")[0] ?? null]
    .filter((n): n is string => n !== null && n !== "")
    .map((n) => n.toLowerCase().replace(/\s+/g, ""));
  for (const sep of SEPARATORS) {
    const at = title.lastIndexOf(sep);
    if (at <= 0) continue;
    const tail = title
      .slice(at + sep.length)
      .toLowerCase()
      .replace(/\s+/g, "");
    if (names.some((n) => tail.includes(n) || n.includes(tail))) return title.slice(0, at).trim();
  }
  return title;
}

/**
 * Metadata as the page states it, in order of reliability: JSON-LD, then <meta> tags,
 * then marked-up elements, then the <title>.
 */
export function readMetadata(head: PageHead, root: Element, hints: CaptureHints): PageMetadata {
  const ld = readLinkedData(head.jsonLd);
  const marked = findMarked(root);
  const notUrl = (v: string) => !/^https?:/.test(v.trim());

  const url =
    absoluteUrl(head.links.get("canonical") ?? null, hints.url) ??
    absoluteUrl(head.meta.get("og:url") ?? null, hints.url) ??
    absoluteUrl(ld.url, hints.url);
  const outlet =
    firstMeta(head, ["og:site_name"]) ??
    (ld.publisher === null ? null : clean(ld.publisher)) ??
    firstMeta(head, ["application-name"]);
  const rawTitle =
    (ld.headline === null ? null : clean(ld.headline)) ??
    firstMeta(head, ["og:title", "twitter:title", "headline", "dc.title"]) ??
    marked.h1 ??
    (clean(head.title) || null);
  const title = rawTitle === null ? null : stripSiteName(rawTitle, outlet, hostName(url ?? hints.url));
  const byline = cleanByline(
    (ld.authors.length > 0 ? clean(ld.authors.join(", ")) : null) ??
      firstMeta(head, AUTHOR_META, notUrl) ??
      marked.author,
  );
  const dated = ld.datePublished ?? firstMeta(head, PUBLISHED_META);
  const publishedAt = (dated === null ? null : toIsoDate(dated)) ?? marked.date;
  const declared = head.lang || ld.inLanguage || firstMeta(head, LANG_META) || "";
  return { title, byline, publishedAt, outlet, lang: normalizeLang(declared), url };
}
