// Rendered public responses held in memory, bounded in count and bytes. Concurrent misses for one
// page share a single render; an invalidation that lands while a render is in flight keeps that
// render out of the cache, so a stale verdict is never stored after the change was announced.
import { LRUCache } from "lru-cache";
import type { PublicRoute } from "./public-routes";

export type CachedResponse = {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  gzip: Buffer | null;
  etag: string;
  tags: string[];
};

type Options = { maxEntries?: number; maxBytes?: number; maxAgeMs?: number; render: (key: string) => Promise<CachedResponse | null> };

export function createPageCache({ maxEntries = 5000, maxBytes = 128 * 1024 * 1024, maxAgeMs = 5 * 60_000, render }: Options) {
  const entries = new LRUCache<string, CachedResponse>({
    max: maxEntries,
    maxSize: maxBytes,
    sizeCalculation: (entry) => entry.body.length + (entry.gzip?.length ?? 0) + 512,
    ttl: maxAgeMs,
  });
  const inFlight = new Map<string, Promise<CachedResponse | null>>();
  const invalidatedAt = new Map<string, number>();
  let clock = 0;
  let allInvalidatedAt = 0;

  function invalidate(tags: Iterable<string>) {
    const tagSet = new Set(tags);
    if (tagSet.size === 0) return;
    clock += 1;
    for (const tag of tagSet) invalidatedAt.set(tag, clock);
    for (const [key, entry] of entries.entries()) {
      if (entry.tags.some((tag) => tagSet.has(tag))) entries.delete(key);
    }
    // Renders started before now must not be stored; later ones start from a clean slate.
    inFlight.clear();
  }

  /** After a gap in the change feed: nothing held can be trusted. */
  function invalidateAll() {
    clock += 1;
    allInvalidatedAt = clock;
    entries.clear();
    inFlight.clear();
  }

  async function fill(route: PublicRoute) {
    const startedAt = clock;
    const rendered = await render(route.key);
    const staleMeanwhile = allInvalidatedAt > startedAt || route.tags.some((tag) => (invalidatedAt.get(tag) ?? 0) > startedAt);
    if (rendered && !staleMeanwhile) entries.set(route.key, { ...rendered, tags: route.tags });
    return rendered;
  }

  function load(route: PublicRoute): Promise<CachedResponse | null> {
    const cached = entries.get(route.key);
    if (cached) return Promise.resolve(cached);
    let pending = inFlight.get(route.key);
    if (!pending) {
      pending = fill(route).finally(() => {
        if (inFlight.get(route.key) === pending) inFlight.delete(route.key);
      });
      inFlight.set(route.key, pending);
    }
    return pending;
  }

  return { peek: (key: string) => entries.get(key), load, invalidate, invalidateAll, size: () => entries.size };
}
