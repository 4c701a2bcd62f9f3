// Which requests the public page cache may answer, under which key, and which change tags
// (public-change-log.ts) make each stale. Query strings keep only the parameters a page reads,
// so junk parameters cannot fill the cache with copies of one page.
import { articleTag, claimTag, listTag } from "./public-change-log";

/** `ownNotFound`: the route's 404 is a document of its own (the embed card), kept as rendered. */
export type PublicRoute = { key: string; tags: string[]; ownNotFound?: true };

/** An address no route serves: Next answers it with the app's not-found page, which reads without JavaScript. */
export const notFoundPath = "/.well-known/claimtrail-not-found";

/** Carries the per-process token on the cache's own requests (renders, change polls) to the app. */
export const internalTokenHeader = "x-claimtrail-internal";

const routes: { pattern: RegExp; params: string[]; tags: (match: RegExpMatchArray) => string[]; ownNotFound?: true }[] = [
  { pattern: /^\/$/, params: ["rating", "after"], tags: () => [listTag] },
  { pattern: /^\/search$/, params: ["q", "page"], tags: () => [listTag] },
  { pattern: /^\/claims\/([a-z0-9-]{1,200})$/, params: [], tags: (m) => [claimTag(m[1]!)] },
  { pattern: /^\/stories\/([a-z0-9-]{1,200})$/, params: [], tags: (m) => [articleTag(m[1]!)] },
  { pattern: /^\/api\/v1\/claims$/, params: ["cursor", "limit", "rating"], tags: () => [listTag] },
  { pattern: /^\/api\/v1\/claims\/([a-z0-9-]{1,200})$/, params: [], tags: (m) => [claimTag(m[1]!)] },
  { pattern: /^\/feeds\/verdicts\.atom$/, params: [], tags: () => [listTag] },
  { pattern: /^\/feeds\/claim-reviews\.jsonld$/, params: [], tags: () => [listTag] },
  { pattern: /^\/sitemap\.xml$/, params: [], tags: () => [listTag] },
  { pattern: /^\/api\/v1\/stories\/([a-z0-9-]{1,200})\/annotations$/, params: [], tags: (m) => [articleTag(m[1]!)] },
  { pattern: /^\/api\/v1\/openapi\.json$/, params: [], tags: () => [] },
  { pattern: /^\/embed\/claims\/([a-z0-9-]{1,200})$/, params: [], tags: (m) => [claimTag(m[1]!)], ownNotFound: true },
];

// No slug has other characters, and Next would answer these pages with a shell only scripts fill.
const malformedPageSlug = /^\/(claims|stories)\/[^/]+$/;

export function publicRouteOf(method: string | undefined, rawUrl: string | undefined, headers: Record<string, string | string[] | undefined>): PublicRoute | null {
  if ((method !== "GET" && method !== "HEAD") || !rawUrl) return null;
  // Next's client-side navigation asks for React Server Component payloads, not HTML.
  if (headers.rsc || headers["next-router-prefetch"] || headers["next-action"]) return null;
  const url = new URL(rawUrl, "http://cache.invalid");
  if (url.searchParams.has("_rsc")) return null;
  for (const route of routes) {
    const match = url.pathname.match(route.pattern);
    if (!match) continue;
    const kept = route.params.flatMap((name) => {
      const value = url.searchParams.get(name);
      return value === null ? [] : [[name, value.slice(0, 200)]];
    });
    const query = new URLSearchParams(kept).toString();
    return { key: query ? `${url.pathname}?${query}` : url.pathname, tags: route.tags(match), ...(route.ownNotFound ? { ownNotFound: true } : {}) };
  }
  return malformedPageSlug.test(url.pathname) ? { key: notFoundPath, tags: [] } : null;
}
