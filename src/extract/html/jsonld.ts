// schema.org JSON-LD, the metadata most news sites now publish for search engines.
// Pages nest it freely (arrays, @graph, an Article inside a WebPage), so it is walked
// with a budget rather than a fixed shape.

export interface LinkedData {
  headline: string | null;
  datePublished: string | null;
  authors: string[];
  publisher: string | null;
  inLanguage: string | null;
  url: string | null;
}

const ARTICLE_TYPES =
  /^(?:\w+:)?(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|WebPage|PressRelease)$/;
const MAX_VISITED = 5000;

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function str(v: Json, depth = 0): string | null {
  if (typeof v === "string") return v.trim() === "" ? null : v.trim();
  // Hostile JSON can nest a value a hundred thousand levels deep.
  if (depth > 5) return null;
  if (Array.isArray(v)) return str(v[0], depth + 1);
  if (isObject(v)) return str(v.name ?? v["@value"] ?? v["@id"] ?? v.url, depth + 1);
  return null;
}

function names(v: Json): string[] {
  const list = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const item of list.slice(0, 20)) {
    const name = typeof item === "string" ? item : isObject(item) ? item.name : null;
    const s = str(name, 4);
    if (s !== null && !/^https?:/.test(s)) out.push(s);
  }
  return out;
}

function types(o: Record<string, Json>): string[] {
  const t = o["@type"];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === "string");
}

/** Articles first, in document order; a WebPage only when no article is described. */
function findArticles(roots: Json[]): Record<string, Json>[] {
  const articles: Record<string, Json>[] = [];
  const pages: Record<string, Json>[] = [];
  const stack: Json[] = [...roots].reverse();
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_VISITED) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
      continue;
    }
    if (!isObject(v)) continue;
    const t = types(v).filter((x) => ARTICLE_TYPES.test(x));
    if (t.length > 0) (t.every((x) => x.endsWith("WebPage")) ? pages : articles).push(v);
    for (const key of ["@graph", "mainEntity", "mainEntityOfPage", "hasPart", "itemListElement"]) {
      if (key in v) stack.push(v[key]);
    }
  }
  return [...articles, ...pages];
}

function parseAll(scripts: string[]): Json[] {
  const out: Json[] = [];
  for (const s of scripts) {
    try {
      out.push(JSON.parse(s.trim().replace(/^<!--|-->$/g, "")));
    } catch {
      // Broken JSON-LD is common and says nothing; the other sources of metadata remain.
    }
  }
  return out;
}

/** What the page's JSON-LD says about its article; fields are null when it is silent. */
export function readLinkedData(scripts: string[]): LinkedData {
  const found = findArticles(parseAll(scripts));
  const first = <T>(pick: (o: Record<string, Json>) => T | null): T | null => {
    for (const o of found) {
      const v = pick(o);
      if (v !== null) return v;
    }
    return null;
  };
  return {
    headline: first((o) => str(o.headline ?? o.name)),
    datePublished: first((o) => str(o.datePublished ?? o.dateCreated)),
    authors:
      first((o) => {
        const n = names(o.author ?? o.creator);
        return n.length > 0 ? n : null;
      }) ?? [],
    publisher: first((o) => names(o.publisher)[0] ?? null),
    inLanguage: first((o) => str(o.inLanguage)),
    url: first((o) => {
      const u = str(o.url ?? o.mainEntityOfPage);
      return u !== null && /^https?:\/\//.test(u) ? u : null;
    }),
  };
}
