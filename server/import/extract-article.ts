// Pulls the article out of a fetched page: Mozilla Readability finds the body (dropping navigation,
// newsletter boxes and donation appeals) and the metadata; the <head> supplies the canonical address.

import { Readability } from "@mozilla/readability";
import { plainTextOf } from "./article-text";
import { importFailure } from "./import-failure";
import { parsePage } from "./parse-page";

export type ExtractedArticle = {
  canonicalUrl: string;
  title: string;
  byline: string | null;
  publisher: string;
  publishedAt: string | null;
  text: string;
};

// Below this the page is a teaser, a paywall stub or an index, not an article worth checking.
const minimumTextLength = 200;

// Chrome recognised by class or id: appeals (newsletter, donation, sharing) go before Readability
// runs, since it flattens the wrappers that carry those names; date and reading-time blocks go
// after, so Readability can still find the byline among them. Only elements holding a small share
// of the text go, so a wrapper that happens to carry such a name never takes the article with it.
const appealName = /(?:^|[-_])(?:share|sharing|newsletter|sign-?up|subscribe|subscription|donate|donations?|support-us|promo)(?:$|[-_])/i;
const articleMetaName = /(?:^|[-_])(?:meta|reading-?time|read-?time|dateline)(?:$|[-_])/i;
const chromeMaxShare = 0.25;

export function extractArticle(html: string, pageUrl: URL): ExtractedArticle {
  const document = parsePage(html);
  // Read before Readability, which rewrites the document it is given.
  const canonicalUrl = canonicalUrlOf(document, pageUrl);
  const documentTitle = document.querySelector("title")?.textContent;
  const timeElement = document.querySelector("article time[datetime]") ?? document.querySelector("time[datetime]");
  const timeDatetime = timeElement?.getAttribute("datetime") ?? null;

  removeNamedChrome(document.body, appealName);
  // charThreshold: below it Readability retries with looser rules, and a retry keeps the byline
  // line it took out on the first pass; our own minimum is the better bar.
  const article = new Readability<Node>(document, {
    charThreshold: minimumTextLength,
    keepClasses: true,
    serializer: (node) => node,
  }).parse();
  if (article?.content) {
    removeNamedChrome(article.content as Element, articleMetaName);
    removeDateline(article.content as Element);
  }
  const text = article?.content ? plainTextOf(article.content) : "";
  if (!article || text.length < minimumTextLength) {
    throw importFailure("nothing_extractable", "No article text could be found on this page. Check that the address leads to the article itself.");
  }
  return {
    canonicalUrl,
    title: tidy(article.title) ?? tidy(documentTitle) ?? pageUrl.hostname,
    byline: tidy(article.byline),
    publisher: tidy(article.siteName) ?? pageUrl.hostname.replace(/^www\./, ""),
    publishedAt: isoDate(article.publishedTime) ?? isoDate(timeDatetime),
    text,
  };
}

function canonicalUrlOf(document: Document, pageUrl: URL): string {
  const canonicalLink = [...document.querySelectorAll("link[rel][href]")].find((link) =>
    (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/).includes("canonical"),
  );
  const candidates = [
    canonicalLink?.getAttribute("href"),
    document.querySelector('meta[property="og:url"][content]')?.getAttribute("content"),
  ];
  for (const candidate of candidates) {
    const url = candidate ? webUrl(candidate.trim(), pageUrl) : null;
    if (url) return url;
  }
  return pageUrl.href;
}

function webUrl(href: string, base: URL): string | null {
  try {
    const url = new URL(href, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function removeNamedChrome(root: Element, name: RegExp) {
  const maxLength = (root.textContent ?? "").trim().length * chromeMaxShare;
  for (const element of [...root.querySelectorAll("[class], [id]")]) {
    const names = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`.split(/\s+/);
    const small = (element.textContent ?? "").trim().length <= maxLength;
    if (small && names.some((candidate) => name.test(candidate))) element.remove();
  }
}

// A line holding nothing but a <time> is the dateline (publishedAt has it); a <time> inside a
// sentence stays.
function removeDateline(content: Element) {
  for (const time of [...content.querySelectorAll("time")]) {
    const line = time.parentElement;
    if (line && line !== content && line.textContent?.trim() === time.textContent?.trim()) line.remove();
  }
}

function tidy(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, " ").trim();
  return text ? text : null;
}

function isoDate(value: string | null | undefined): string | null {
  const time = value ? Date.parse(value.trim()) : Number.NaN;
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
