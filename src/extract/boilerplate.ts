// Paragraph-level boilerplate: the lines a page or a scraper leaves inside the article
// text itself, where markup can no longer tell them apart. Each rule targets a form of
// words that reportage does not use (an ad marker alone on its line, an imperative
// "click here", a cookie notice), and most are bounded in length, so that a long
// sentence that merely mentions donations, cookies or newsletters is never dropped.

export type BoilerplateKind =
  | "ad"
  | "appeal"
  | "cookie"
  | "link-label"
  | "share"
  | "credit"
  | "copyright"
  | "contact"
  | "page-meta";

const AD_MARKER =
  /^(?:advert(?:isement|ising)?|ads?|sponsored(?: content)?|paid (?:content|post)|promoted(?: content)?|skip (?:advert(?:isement)?|ad)|remove ads|ad feedback|(?:story|article|content|text) continues (?:below|after)(?: (?:this|the))?(?: (?:advert(?:isement)?|ad))?|continue reading(?: below| the main story)?|scroll (?:down )?to continue(?: (?:with|reading) content)?|advertisement\s*[-–—:]\s*scroll to continue(?: with content)?)$/i;

const CLICK_HERE = /\b(?:click|tap|press) (?:here|this link|the link)\b/i;
const IMPERATIVE_APPEAL =
  /^(?:please )?(?:donate|subscribe|sign up|register (?:now|here|today|for free)|follow us|like us|join us|support (?:us|our (?:work|journalism|reporting))|become a (?:member|subscriber|supporter|patron)|download (?:our|the)(?: \w+)? app|get (?:our|the)(?: \w+)? (?:newsletter|app)|make a donation|give (?:now|today))\b/i;
// "If you would like to donate ..., click here" and "To subscribe, visit ...": an appeal
// needs both the reader's wish and somewhere to act on it.
const CONDITIONAL_APPEAL =
  /^(?:if you (?:would like|want|wish|'d like|’d like|can|are able) to (?:donate|support|subscribe|sign up|help|give|contribute)|to (?:donate|subscribe|sign up))\b/i;
const APPEAL_TARGET = /\b(?:click|tap|visit|go to|head to|text|call|here|www\.|https?:\/\/)\b/i;
const NEWSLETTER = /\bnewsletters?\b/i;
const NEWSLETTER_ACTION = /\b(?:sign up|subscribe|inbox|delivered|get (?:our|the)|for free)\b/i;
/** "Like this story? Share it", "If you enjoyed this article, join ...", "Tell us what you think". */
const READER_APPEAL =
  /^(?:(?:did you )?like this (?:story|article)\?|if you (?:enjoyed|liked|value|appreciated?) (?:this|our)\b|tell us what you think)/i;

/** "Follow us on Twitter", "Follow AP's coverage at ...", "Email the author at ...": how to reach the outlet. */
const FOLLOW =
  /^(?:follow|like|join)\b.{0,80}?(?:\b(?:twitter|facebook|instagram|telegram|youtube|linkedin|tiktok|coverage)\b|@\w)/i;
const CONTACT = /^(?:e-?mail|write to|contact|reach)\b.{0,80}?(?:\S+@\S+\.\w|\btwitter\b|https?:\/\/)/i;
const TIP_LINE = /^(?:have a (?:news )?tip\?|got a (?:news )?tip\?)/i;

/** Page furniture that strays into the text: reading time, filing, a bare time stamp, a script notice. */
const PAGE_META =
  /^(?:(?:reading time|read time|tempo de leitura|temps de lecture|tiempo de lectura|lesezeit)\s*:?\s*\d+|\d+\s*min(?:ute)?s?\s+read$|filed under\s*:|tags\s*:|tags$|(?:last )?(?:updated|published|posted)(?: on| at)?\s*:?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+\d).{0,80}$|this (?:slideshow|content|video|page) requires javascript)/i;

/** "The Morning Brief: a newsletter for ...": a newsletter's name, then its pitch. */
const NEWSLETTER_PITCH = /:\s*(?:a|our|the)\s+(?:free\s+|daily\s+|weekly\s+)*newsletter\b/i;

const COOKIE =
  /\b(?:(?:we|this (?:web)?site|our (?:web)?site) uses? cookies|cookie (?:policy|settings|preferences|notice)|accept (?:all )?cookies|manage (?:your )?cookies|(?:can|may|will) set cookies|need your consent)\b/i;
const CONSENT = /\bby (?:continuing|using|browsing)\b.{0,80}\byou (?:agree|accept|consent)\b/i;

const LINK_LABEL =
  /^(?:read more|read also|also read|more|more on this(?: story)?|related|related (?:articles?|stories|content|coverage|news|reading)|see also|recommended(?: reading| for you)?|most (?:read|popular|viewed)|trending(?: now)?|watch|further reading|you (?:may|might) also like|don'?t miss|must read|editor'?s picks?|top stories|latest news|more stories|next story|learn more)\s*(?:[:|»›>–—-]|$)/i;

/** "Read more about that here.", "You can read more on Example.com": a pointer, not a sentence of the report. */
const READ_MORE = /^(?:you can )?read more\b/i;

const SHARE_WORDS =
  /^(?:(?:share(?: this)?(?: article| story| page| post)?(?: on| via)?|tweet|e-?mail|print|copy(?: link)?|link copied|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|messenger|flipboard|pocket|save|bookmark|comments?)(?:\s*[,|•·/]\s*|\s+|$))+$/i;

const PICTURE =
  "\\(?(?:photo|image|picture|video|graphic|illustration|photograph|pic|main image|top image|file photo|header image)s?";
const CREDIT = new RegExp(`^(?:${PICTURE}(?: credits?)?\\s*:|credits?\\s*:)`, "i");
const CREDIT_BY = new RegExp(`^${PICTURE}\\s+(?:by|courtesy(?: of)?)\\b`, "i");

const COPYRIGHT = /^(?:©|\(c\)|copyright (?:©|\(c\)|\d{4}))|\ball rights reserved\b/i;

interface Rule {
  kind: BoilerplateKind;
  /** Longest line the rule may remove: beyond it, a line is prose whatever it contains. */
  max: number;
  /** `line` as given; `bare` without surrounding punctuation and symbols. */
  test: (line: string, bare: string) => boolean;
}

// In order: the first rule that matches names the kind.
const RULES: Rule[] = [
  { kind: "ad", max: 80, test: (_, bare) => AD_MARKER.test(bare) },
  { kind: "share", max: 80, test: (_, bare) => SHARE_WORDS.test(bare) },
  { kind: "appeal", max: 400, test: (line) => CLICK_HERE.test(line) },
  { kind: "appeal", max: 400, test: (line) => CONDITIONAL_APPEAL.test(line) && APPEAL_TARGET.test(line) },
  { kind: "appeal", max: 250, test: (line) => IMPERATIVE_APPEAL.test(line) },
  { kind: "appeal", max: 250, test: (line) => NEWSLETTER.test(line) && NEWSLETTER_ACTION.test(line) },
  { kind: "appeal", max: 200, test: (line) => NEWSLETTER_PITCH.test(line) },
  { kind: "appeal", max: 300, test: (line) => READER_APPEAL.test(line) },
  {
    kind: "contact",
    max: 300,
    test: (line) => FOLLOW.test(line) || CONTACT.test(line) || TIP_LINE.test(line),
  },
  { kind: "page-meta", max: 100, test: (_, bare) => PAGE_META.test(bare) },
  { kind: "cookie", max: 400, test: (line) => COOKIE.test(line) || CONSENT.test(line) },
  { kind: "link-label", max: 300, test: (line, bare) => LINK_LABEL.test(line) || LINK_LABEL.test(bare) },
  { kind: "link-label", max: 150, test: (line) => READ_MORE.test(line) },
  { kind: "credit", max: 150, test: (line) => CREDIT.test(line) },
  { kind: "credit", max: 80, test: (line) => CREDIT_BY.test(line) },
  { kind: "copyright", max: 200, test: (line) => COPYRIGHT.test(line) },
];

const LONGEST_RULE = Math.max(...RULES.map((r) => r.max));
const EDGE_PUNCTUATION = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

/**
 * Why a line of article text is boilerplate, or null when it is not. `line` is one
 * paragraph with surrounding white space already trimmed.
 */
export function boilerplateKind(line: string): BoilerplateKind | null {
  const n = line.length;
  if (n > LONGEST_RULE) return null;
  const bare = line.replace(EDGE_PUNCTUATION, "");
  for (const rule of RULES) if (n <= rule.max && rule.test(line, bare)) return rule.kind;
  return null;
}
