import type { Element } from "./tree.js";

// What a page's own class and id names say about a block. Publishers name their boxes
// after what they are ("share-bar", "related-stories", "cookie-consent"), which is the
// most reliable boilerplate signal there is; text density decides where names are silent.
// Names are matched as words: a separator (start, space, "-", "_") or a camelCase join
// lower-cased away on each side for short words, as substrings for distinctive ones.

const B = "(?:^|[\\s_-])";
const E = "(?:$|[\\s_-])";

/** Blocks that are boilerplate wherever they sit. */
const BOILERPLATE = new RegExp(
  [
    `${B}(?:ad|ads|adv|advert|adunit|adslot|dfp|gpt|ad-?slot|ad-?unit|ad-?container|ad-?wrapper)(?:\\d+)?${E}`,
    "advertis|adsense|sponsor|promo(?!t)|outbrain|taboola|zergnet|newsletter|subscri|signup|sign-up",
    "cookie|consent|gdpr|paywall-prompt|donat|membership|support-us",
    "share|sharing|social|addthis|follow-us|followus",
    `${B}comments?${E}|comment-|disqus|${B}respond${E}|replies`,
    "related|recommend|more-stories|morestories|read-more|readmore|recirc|popular|trending|most-?read",
    "also-read|see-also|next-article|up-next|upnext",
    `breadcrumb|sidebar|side-bar|${B}(?:rail|nav|navbar|navigation|menu|toolbar|tools|pagination|pager)${E}`,
    `footer|masthead|site-header|copyright|${B}(?:banner|alert|modal|popup|overlay|tooltip|dropdown)${E}`,
    `${B}(?:byline|author|authors|meta|tags|tag-list|keywords|widget|player|carousel|print)${E}`,
    "author-?bio|about-?the-?author|author-?info|author-?box",
    "sr-only|screen-?reader|visually-?hidden|visuallyhidden|offscreen|skip-?link|caption|credit",
  ].join("|"),
);

/** Blocks named as the article itself. */
const ARTICLE_BODY = new RegExp(
  [
    "article-?body|article__body|article-?content|article__content|article-?text|articletext",
    "story-?body|story-?content|story-?text|entry-?content|entry-?body",
    "post-?content|post-?body|post-?entry|post-?text|main-?content|body-?text|content-?body",
    "rich-?text|text-?content|article-?main|news-?text|news-?body",
  ].join("|"),
);

// Readability's weights (Mozilla Readability, Apache-2.0): long-proven on news pages.
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story/;
const NEGATIVE =
  /-ad-|hidden|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/;

// Never article text, whatever a page calls them. Figures are pictures with their
// captions and credits: not the report's sentences.
const STRUCTURAL_TAGS = new Set(["nav", "aside", "footer", "menu", "figure", "figcaption"]);
const BOILERPLATE_ROLES = new Set([
  "navigation",
  "banner",
  "contentinfo",
  "complementary",
  "search",
  "menu",
  "menubar",
  "dialog",
  "alertdialog",
  "toolbar",
  "tablist",
]);

/**
 * Posts embedded from social networks: a statement quoted in full, often the very words
 * an investigation needs, even when the site's wrapper calls it a widget.
 */
const EMBEDDED_POST = /tweet|instagram-media|tiktok-embed|fb-post|social-?(?:media-?)?embed|embedded-?post/;

export function isEmbeddedPost(el: Element): boolean {
  return el.hint !== "" && EMBEDDED_POST.test(el.hint);
}

/** Wrappers named for what they wrap ("content-with-sidebar") are not boilerplate by that name alone. */
const MAY_BE_CONTENT = /article|body|column|content|main/;

/**
 * True when the element's name says boilerplate and does not also say it may be the
 * content or hold it: safe to drop before the page is scored.
 */
export function isSurelyBoilerplate(el: Element): boolean {
  if (isStructuralBoilerplate(el)) return true;
  return isBoilerplate(el) && !el.holdsBody && !MAY_BE_CONTENT.test(el.hint);
}

/** True when the element is named or marked as the article body. */
export function isArticleBody(el: Element): boolean {
  return el.attrs.itemprop === "articlebody" || (el.hint !== "" && ARTICLE_BODY.test(el.hint));
}

/** True when the element is boilerplate by its tag or ARIA role, or is hidden. */
export function isStructuralBoilerplate(el: Element): boolean {
  if (el.attrs.hidden || STRUCTURAL_TAGS.has(el.tag)) return true;
  return el.attrs.role !== "" && BOILERPLATE_ROLES.has(el.attrs.role);
}

/**
 * True when the element is boilerplate by its tag, role or name. Names that also say
 * "article body" win: "article-body share-enabled" is the article. Not <form>: ASP.NET
 * pages wrap the whole page in one; forms are judged by their content instead.
 */
export function isBoilerplate(el: Element): boolean {
  if (isStructuralBoilerplate(el) || el.tag === "header") return true;
  if (el.hint === "" || el.tag === "body" || el.tag === "main") return false;
  return BOILERPLATE.test(el.hint) && !isArticleBody(el) && !isEmbeddedPost(el);
}

/** Readability's class weight: +25 for content-like names, −25 for boilerplate-like ones. */
export function classWeight(el: Element): number {
  if (el.hint === "") return 0;
  let w = 0;
  if (POSITIVE.test(el.hint)) w += 25;
  if (NEGATIVE.test(el.hint)) w -= 25;
  if (isArticleBody(el)) w += 25;
  return w;
}
