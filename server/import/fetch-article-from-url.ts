// Imports an article from its URL: fetches the page under the address guard and limits, then
// extracts the article so the journalist can check it in the article form before saving.

import { fetchArticlePage } from "./fetch-article-page";
import { extractArticle, type ExtractedArticle } from "./extract-article";
import { parseWebAddress } from "./parse-web-address";

export type FetchedArticle = ExtractedArticle & { url: string };

export type FetchArticleOptions = {
  allowList?: string[];
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
};

export async function fetchArticleFromUrl(url: string, options: FetchArticleOptions = {}): Promise<FetchedArticle> {
  const page = await fetchArticlePage(parseWebAddress(url), {
    allowList: options.allowList ?? [],
    timeoutMs: options.timeoutMs ?? 10_000,
    maxBytes: options.maxBytes ?? 5 * 1024 * 1024,
    maxRedirects: options.maxRedirects ?? 5,
  });
  return { url: page.url.href, ...extractArticle(page.html, page.url) };
}
