import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CaptureHints } from "../domain/capture.js";
import { EXTRACTOR_VERSION, ExtractError, extract } from "./index.js";

const NO_HINTS: CaptureHints = { url: null, publishedAt: null, outlet: null, title: null };

function fromHtml(html: string, hints: Partial<CaptureHints> = {}) {
  return extract({ mediaType: "text/html", text: html }, { ...NO_HINTS, ...hints });
}

const ARTICLE = [
  "Artillery fire struck the covered market in Novarivka on Sunday morning, killing four civilians and wounding eleven, the regional administration said.",
  "Witnesses said the first shell landed near the bread stalls shortly after nine, when the market is at its busiest, and a second hit the car park minutes later.",
  "The regional governor, Ivan Dorosh, said there were no military positions within two kilometres of the market, a claim that could not be independently verified.",
  "Emergency crews worked through the afternoon to clear the debris, and the hospital in the neighbouring town of Selets appealed for blood donors.",
];

const CLUTTERED_PAGE = `<!doctype html>
<html lang="en"><head>
<title>Shelling hits Novarivka market | Eastbridge Herald</title>
<meta property="og:site_name" content="Eastbridge Herald">
<meta property="article:published_time" content="2023-04-02T08:15:00+03:00">
<meta name="author" content="Mara Lenk">
<link rel="canonical" href="/news/novarivka-market">
<style>p { color: red } .x:after { content: "STYLE TEXT" }</style>
</head><body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience on our site. <button>Accept all</button></div>
<header class="site-header"><nav><ul>
  <li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/opinion">Opinion</a></li>
</ul></nav></header>
<main>
<article>
  <h1>Shelling hits Novarivka market</h1>
  <div class="byline">By Mara Lenk</div>
  <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
  <div class="article-body">
    <p>${ARTICLE[0]}</p>
    <div class="ad-slot"><span>Advertisement</span></div>
    <p>${ARTICLE[1]}</p>
    <figure><img src="market.jpg" alt="Market"><figcaption>The market after the strike. Photo: Eastbridge Herald</figcaption></figure>
    <p>Advertisement</p>
    <p>${ARTICLE[2]}</p>
    <ul>
      <li><a href="/a">Drone attack on power station leaves city dark</a></li>
      <li><a href="/b">Evacuation buses leave frontline villages</a></li>
      <li><a href="/c">Prosecutors open case over school strike</a></li>
    </ul>
    <p>${ARTICLE[3]}</p>
    <p>Read more: <a href="/d">How the market was rebuilt after the first attack</a></p>
    <div class="donate-box"><p>Our reporting from the front line depends on readers like you. Donate today to support independent journalism.</p></div>
    <p>If you would like to help the families, click here for more information.</p>
  </div>
  <div class="related-articles"><h3>Related stories</h3><ul>
    <li><a href="/e">Ceasefire talks stall again as shelling continues along the river</a></li>
    <li><a href="/f">Aid convoy reaches besieged town after weeks of delay</a></li>
  </ul></div>
</article>
<section id="comments" class="comments-area"><h3>Comments</h3>
  <div class="comment"><p>This is a very long reader comment that goes on about the war, the government, the weather and many other things, with plenty of commas, clauses, asides, and opinions, so that it looks like prose to a naive extractor.</p></div>
</section>
</main>
<aside class="sidebar"><h3>Most read</h3><ol><li><a href="/g">Story one</a></li><li><a href="/h">Story two</a></li></ol></aside>
<footer><p>© 2023 Eastbridge Herald. All rights reserved.</p></footer>
<script>document.write("SCRIPT TEXT")</script>
</body></html>`;

describe("extract from HTML: main text", () => {
  it("keeps the article's paragraphs and drops navigation, ads, cookie banner, share, donate, related and comments", () => {
    const doc = fromHtml(CLUTTERED_PAGE, { url: "https://herald.example/news/novarivka-market?utm=x" });
    assert.deepEqual(doc.text.split("\n\n"), ARTICLE);
  });

  it("records paragraph ranges that match the text exactly", () => {
    const doc = fromHtml(CLUTTERED_PAGE);
    assert.equal(doc.paragraphs.length, ARTICLE.length);
    for (const [i, r] of doc.paragraphs.entries()) {
      assert.equal(doc.text.slice(r.start, r.end), ARTICLE[i]);
      const next = doc.paragraphs[i + 1];
      if (next !== undefined) assert.equal(doc.text.slice(r.end, next.start), "\n\n");
    }
    assert.equal(doc.paragraphs.at(-1)?.end, doc.text.length);
    assert.equal(doc.extractor, EXTRACTOR_VERSION);
  });

  it("splits paragraphs at block elements and <br>, and collapses white space inside them", () => {
    const html = `<html><body><div class="story-body">
      <div>First    line of a report
        that wraps in the source, with enough words to count as a paragraph.<br><br>Second paragraph after two line
        breaks, with enough words and a comma, to count.</div>
      <p>Third   paragraph with <b>bold</b> and <a href="/x">a link</a> inline, long enough to be kept here.</p>
    </div></body></html>`;
    assert.deepEqual(fromHtml(html).text.split("\n\n"), [
      "First line of a report that wraps in the source, with enough words to count as a paragraph.",
      "Second paragraph after two line breaks, with enough words and a comma, to count.",
      "Third paragraph with bold and a link inline, long enough to be kept here.",
    ]);
  });

  it("keeps posts embedded from social networks inside the article", () => {
    const html = `<html><body><div class="article-body">
      <p>${ARTICLE[0]}</p>
      <div class="social-media-embed"><blockquote class="twitter-tweet"><p>Our crews are on site in Novarivka. Please keep the roads clear for ambulances.</p>— Regional Emergency Service (@example) <a href="https://twitter.example/status/1">April 2, 2023</a></blockquote></div>
      <p>${ARTICLE[1]}</p>
    </div></body></html>`;
    assert.match(fromHtml(html).text, /Please keep the roads clear for ambulances\./);
  });
});

describe("extract from HTML: metadata", () => {
  it("reads title, byline, date, outlet, language and canonical URL from meta tags", () => {
    const doc = fromHtml(CLUTTERED_PAGE, { url: "https://herald.example/news/novarivka-market?utm=x" });
    assert.equal(doc.title, "Shelling hits Novarivka market");
    assert.equal(doc.byline, "Mara Lenk");
    assert.equal(doc.publishedAt, "2023-04-02T08:15:00+03:00");
    assert.equal(doc.outlet, "Eastbridge Herald");
    assert.equal(doc.lang, "en");
    assert.equal(doc.url, "https://herald.example/news/novarivka-market");
  });

  it("prefers JSON-LD, which names the article's own headline, authors and publisher", () => {
    const ld = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebSite", name: "Site" },
        {
          "@type": "NewsArticle",
          headline: "Dam breach floods Lower Vesna &amp; nearby farms",
          datePublished: "2023-06-06T05:40:00Z",
          author: [{ "@type": "Person", name: "Olha Tern" }, { name: "Piet Vos" }],
          publisher: { "@type": "Organization", name: "Vesna Daily" },
          inLanguage: "en-GB",
        },
      ],
    };
    const html = `<html><head><title>Flood | Somewhere else</title>
      <meta property="og:title" content="A different social title">
      <script type="application/ld+json">${JSON.stringify(ld)}</script></head>
      <body><div class="entry-content"><p>${ARTICLE[0]}</p><p>${ARTICLE[1]}</p></div></body></html>`;
    const doc = fromHtml(html, { url: "https://vesna.example/a/1" });
    assert.equal(doc.title, "Dam breach floods Lower Vesna & nearby farms");
    assert.equal(doc.byline, "Olha Tern, Piet Vos");
    assert.equal(doc.publishedAt, "2023-06-06T05:40:00Z");
    assert.equal(doc.outlet, "Vesna Daily");
    assert.equal(doc.lang, "en");
  });

  it("falls back to <time datetime>, a visible dateline, and the host name", () => {
    const withTime = `<html><body><article><time datetime="2022-03-23">23 March</time>
      <div class="post-content"><p>${ARTICLE[0]}</p><p>${ARTICLE[2]}</p></div></article></body></html>`;
    const a = fromHtml(withTime, { url: "https://www.news.example/story" });
    assert.equal(a.publishedAt, "2022-03-23");
    assert.equal(a.outlet, "news.example");
    assert.equal(a.url, "https://www.news.example/story");

    const withDateline = `<html><body><article><div class="date">Published: March 4, 2022, 10:30</div>
      <div class="post-content"><p>${ARTICLE[0]}</p><p>${ARTICLE[2]}</p></div></article></body></html>`;
    assert.equal(fromHtml(withDateline).publishedAt, "2022-03-04");
  });

  it("takes the page's own metadata over hints, and hints where the page is silent", () => {
    const hints = {
      url: "https://feed.example/x",
      publishedAt: "2020-01-01",
      outlet: "Feed",
      title: "Feed title",
    };
    const page = fromHtml(CLUTTERED_PAGE, hints);
    assert.equal(page.title, "Shelling hits Novarivka market");
    assert.equal(page.publishedAt, "2023-04-02T08:15:00+03:00");
    assert.equal(page.outlet, "Eastbridge Herald");

    const bare = fromHtml(
      `<html><body><div class="article-body"><p>${ARTICLE[0]}</p></div></body></html>`,
      hints,
    );
    assert.equal(bare.title, "Feed title");
    assert.equal(bare.publishedAt, "2020-01-01");
    assert.equal(bare.outlet, "Feed");
    assert.equal(bare.url, "https://feed.example/x");
  });

  it("detects the language when none is declared, and overrules a template's wrong declaration", () => {
    const german =
      "Die Stadtverwaltung teilte am Montag mit, dass die Wasserversorgung in den östlichen Bezirken wiederhergestellt worden sei. " +
      "Nach Angaben der Behörden waren mehr als zwanzigtausend Menschen drei Tage lang ohne fließendes Wasser, weil eine Pumpstation beschädigt wurde. " +
      "Die Reparaturarbeiten hätten sich wegen anhaltender Angriffe in der Nacht immer wieder verzögert, sagte ein Sprecher der Verwaltung.";
    const body = `<body><div class="article-body"><p>${german}</p></div></body>`;
    assert.equal(fromHtml(`<html>${body}</html>`).lang, "de");
    assert.equal(fromHtml(`<html lang="en-US">${body}</html>`).lang, "de");
  });
});

describe("extract from HTML: hostile input", () => {
  it("never puts script, style, iframe, noscript or template content, or attributes, into the text", () => {
    const html = `<html><head><script>var a = "HEAD SCRIPT";</script></head><body>
      <div class="article-body" onclick="alert('ONCLICK')" data-x="ATTRIBUTE">
        <p onmouseover="steal()">${ARTICLE[0]}</p>
        <script>document.write("<p>INJECTED</p>")</script>
        <style>.a::before { content: "STYLED" }</style>
        <iframe src="https://evil.example/">IFRAME FALLBACK</iframe>
        <noscript>NOSCRIPT TEXT</noscript>
        <template><p>TEMPLATE TEXT</p></template>
        <svg><text>SVG TEXT</text></svg>
        <p>${ARTICLE[1]}<img src=x onerror="alert('ONERROR')"></p>
      </div></body></html>`;
    const { text } = fromHtml(html);
    assert.equal(text, `${ARTICLE[0]}\n\n${ARTICLE[1]}`);
    assert.doesNotMatch(
      text,
      /SCRIPT|ONCLICK|ATTRIBUTE|INJECTED|STYLED|IFRAME|NOSCRIPT|TEMPLATE|SVG|ONERROR/,
    );
  });

  it("decodes entities, named, numeric and legacy, in text and attributes", () => {
    const html = `<html><head><meta property="og:title" content="Caf&eacute; &amp; &quot;Bar&quot;"></head><body>
      <div class="article-body"><p>Fish &amp; chips cost &pound;5 &ndash; &#x41;&#66; &lt;b&gt;not bold&lt;/b&gt; &copy 2023, said the owner of the&nbsp;caf&eacute;, again and again.</p></div></body></html>`;
    const doc = fromHtml(html);
    assert.equal(
      doc.text,
      "Fish & chips cost £5 – AB <b>not bold</b> © 2023, said the owner of the café, again and again.",
    );
    assert.equal(doc.title, 'Café & "Bar"');
  });

  it("refuses absurdly deep nesting quickly, with a clear reason", () => {
    const html = `<html><body>${"<div>".repeat(100_000)}text</body></html>`;
    const t0 = performance.now();
    assert.throws(
      () => fromHtml(html),
      (e: unknown) => e instanceof ExtractError && /nests elements more than/.test(e.message),
    );
    assert.ok(performance.now() - t0 < 5000, "deep nesting must be refused without quadratic work");
  });

  it("still extracts an article nested a few hundred levels deep", () => {
    const html = `<html><body>${"<div>".repeat(300)}<div class="article-body"><p>${ARTICLE[0]}</p><p>${ARTICLE[1]}</p></div></body></html>`;
    assert.equal(fromHtml(html).text, `${ARTICLE[0]}\n\n${ARTICLE[1]}`);
  });

  it("copes with huge attribute lists and megabytes of text", () => {
    const attrs = Array.from({ length: 50_000 }, (_, i) => `data-a${i}="v"`).join(" ");
    const many = `<html><body><div ${attrs} class="article-body"><p>${ARTICLE[0]}</p></div></body></html>`;
    assert.equal(fromHtml(many).text, ARTICLE[0]);

    const sentence = "The column moved slowly along the road, and the villagers watched from their gardens. ";
    const big = `<html><body><div class="article-body"><p>${sentence.repeat(60_000).trim()}</p></div></body></html>`;
    const doc = fromHtml(big);
    assert.equal(doc.text.length, sentence.length * 60_000 - 1);
  });

  it("refuses HTML over the size limit rather than cutting it silently", () => {
    const html = `<html><body><p>${"x".repeat(17 * 1024 * 1024)}</p></body></html>`;
    assert.throws(
      () => fromHtml(html),
      (e: unknown) => e instanceof ExtractError && /too large/.test(e.message),
    );
  });

  it("survives JSON-LD nested a hundred thousand levels deep", () => {
    const deep = `{"@type":"NewsArticle","headline":${"[".repeat(100_000)}"x"${"]".repeat(100_000)}}`;
    const html = `<html><head><script type="application/ld+json">${deep}</script></head><body><div class="article-body"><p>${ARTICLE[0]}</p></div></body></html>`;
    assert.equal(fromHtml(html).text, ARTICLE[0]);
  });

  it("extracts from a bare fragment without <html> or <body>", () => {
    assert.equal(fromHtml(`<p>${ARTICLE[0]}</p><p>${ARTICLE[1]}</p>`).text, `${ARTICLE[0]}\n\n${ARTICLE[1]}`);
  });

  it("ignores canonical URLs that are not http(s)", () => {
    const html = `<html><head><link rel="canonical" href="javascript:alert(1)"></head><body><div class="article-body"><p>${ARTICLE[0]}</p></div></body></html>`;
    assert.equal(fromHtml(html).url, null);
  });
});

describe("extract from HTML: no article", () => {
  it("throws ExtractError when the page has only navigation and boilerplate", () => {
    const html = `<html><body>
      <div class="cookie-consent">We use cookies. By continuing to browse you agree to our cookie policy.</div>
      <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
      <div class="menu"><a href="/a">Politics</a> <a href="/b">Business</a> <a href="/c">Culture</a> <a href="/d">Science and technology news</a></div>
      <footer>Contact us · Terms · Privacy</footer></body></html>`;
    assert.throws(
      () => fromHtml(html),
      (e: unknown) =>
        e instanceof ExtractError &&
        e.message === "no article text found: the page has only navigation/boilerplate",
    );
  });

  it("throws ExtractError when the page has no visible text at all", () => {
    assert.throws(
      () => fromHtml("<html><head><title>Empty</title></head><body><script>x()</script></body></html>"),
      (e: unknown) => e instanceof ExtractError && /no visible text/.test(e.message),
    );
  });
});
