import { describe, expect, it } from "vitest";
import { extractArticle } from "./extract-article";

const pageUrl = new URL("https://www.example-news.org/2016/10/aleppo?utm_source=x");
const body = [
  "A humanitarian pause took effect Thursday in the Syrian army's Russian-backed assault on rebel-held areas of Aleppo.",
  "The army said it was opening eight corridors to provide safe passage for those leaving the east of the city.",
  "More than 250,000 civilians have been trapped in the rebel-held east of the city under near-continuous siege since mid-July.",
]
  .map((paragraph) => `<p>${paragraph}</p>`)
  .join("\n");

const page = (head: string, article = body, beforeArticle = "") =>
  `<!DOCTYPE html><html><head><title>Russian-backed Aleppo pause begins amid clashes | Example News</title>${head}</head>
   <body><header><nav><a href="/">Home</a></nav></header>${beforeArticle}<article>${article}</article>
   <footer>© Example News</footer></body></html>`;

describe("extractArticle", () => {
  it("falls back to the final URL and the host when the page has no canonical link or site name", () => {
    const article = extractArticle(page(""), pageUrl);
    expect(article.canonicalUrl).toBe(pageUrl.href);
    expect(article.publisher).toBe("example-news.org");
    expect(article.publishedAt).toBeNull();
    expect(article.byline).toBeNull();
    expect(article.title).toBe("Russian-backed Aleppo pause begins amid clashes");
    expect(article.text.split("\n\n")).toHaveLength(3);
  });

  it("resolves a relative canonical link against the page", () => {
    expect(extractArticle(page('<link rel="canonical" href="/aleppo-pause">'), pageUrl).canonicalUrl).toBe("https://www.example-news.org/aleppo-pause");
  });

  it("uses og:url when the canonical link is missing or not http(s)", () => {
    const head = '<link rel="canonical" href="javascript:void(0)"><meta property="og:url" content="http://example-news.org/aleppo">';
    expect(extractArticle(page(head), pageUrl).canonicalUrl).toBe("http://example-news.org/aleppo");
  });

  it("reads the publication date from JSON-LD", () => {
    const jsonLd = `<script type="application/ld+json">${JSON.stringify({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "Aleppo pause",
      datePublished: "2016-10-20T08:00:00Z",
      author: { "@type": "Person", name: "Jane Reporter" },
      publisher: { "@type": "Organization", name: "Example News" },
    })}</script>`;
    const article = extractArticle(page(jsonLd), pageUrl);
    expect(article.publishedAt).toBe("2016-10-20T08:00:00.000Z");
    expect(article.byline).toBe("Jane Reporter");
    expect(article.publisher).toBe("Example News");
  });

  it("reads the publication date from a <time datetime> when the head has none", () => {
    const article = extractArticle(page("", `<p class="dateline"><time datetime="2016-10-20">20 October 2016</time></p>${body}`), pageUrl);
    expect(article.publishedAt).toBe("2016-10-20T00:00:00.000Z");
    expect(article.text).not.toContain("20 October 2016");
  });

  it("keeps a <time> that is part of a sentence", () => {
    const article = extractArticle(page("", `${body}<p>The truce began on <time datetime="2016-10-20">Thursday</time> morning.</p>`), pageUrl);
    expect(article.text).toContain("The truce began on Thursday morning.");
  });

  it("removes newsletter and donation appeals placed inside the article body", () => {
    const [first, ...rest] = body.split("\n");
    const appeals = `<div class="inline-newsletter"><p>Sign up to the newsletter to get every update from Aleppo and elsewhere in your inbox.</p></div>
      <div class="support-us"><h3>Support Us</h3><p>Justice Info is funded by donations. Each donation helps our journalists bring you independent information.</p></div>
      <div class="article-share"><a href="https://twitter.com/intent/tweet">Share on Twitter</a></div>`;
    const article = extractArticle(page("", [first, appeals, ...rest, rest[0], rest[1]].join("\n")), pageUrl);
    expect(article.text).toContain("A humanitarian pause took effect Thursday");
    expect(article.text).toContain("More than 250,000 civilians");
    for (const chrome of ["Sign up to the newsletter", "Support Us", "donation", "Share on Twitter"]) expect(article.text).not.toContain(chrome);
  });

  it.each(["post-meta-wrapper", "promo-feature"])("keeps an article whose own wrapper is named %s", (name) => {
    const article = extractArticle(page("", `<div class="${name}">${body}</div>`), pageUrl);
    expect(article.text.split("\n\n")).toHaveLength(3);
  });

  it("finds the byline in the article's meta line and drops the line", () => {
    const meta = `<div class="article-meta"><span class="byline">By Jane Reporter</span> <time datetime="2016-10-20">20 October 2016</time> <span class="reading-time">2 min read</span></div>`;
    const article = extractArticle(page("", `${meta}${body}`), pageUrl);
    expect(article.byline).toMatch(/Jane Reporter/);
    expect(article.publishedAt).toBe("2016-10-20T00:00:00.000Z");
    expect(article.text).not.toMatch(/Jane Reporter|20 October|min read/);
  });

  it("ignores an unparseable date", () => {
    expect(extractArticle(page('<meta property="article:published_time" content="last Thursday">'), pageUrl).publishedAt).toBeNull();
  });

  it("refuses a page whose text is too short to be an article", () => {
    expect(() => extractArticle(page("", "<p>Subscribe to read the rest of this story.</p>"), pageUrl)).toThrow(
      expect.objectContaining({ kind: "Invalid", field: "url", details: { reason: "nothing_extractable" } }),
    );
  });

  it("reads a page that leaves out the <html>, <head> and <body> tags", () => {
    const article = extractArticle(`<!DOCTYPE html><title>Aleppo pause begins amid clashes</title><meta charset="utf-8">${body}`, pageUrl);
    expect(article.title).toBe("Aleppo pause begins amid clashes");
    expect(article.text.split("\n\n")).toHaveLength(3);
  });

  it.each(["", "   ", "plain text, no markup", "<!DOCTYPE html>", "<html></html>", "\u0000<<>>"])("refuses the empty or tagless page %j", (html) => {
    expect(() => extractArticle(html, pageUrl)).toThrow(expect.objectContaining({ details: { reason: "nothing_extractable" } }));
  });
});
