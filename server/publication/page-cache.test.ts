import { describe, expect, it } from "vitest";
import { createPageCache, type CachedResponse } from "./page-cache";

const response = (body: string): CachedResponse => ({ status: 200, headers: {}, body: Buffer.from(body), gzip: null, etag: `"${body}"`, tags: [] });

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("page cache", () => {
  it("renders a page once for concurrent requests and serves it from memory afterwards", async () => {
    let renders = 0;
    const cache = createPageCache({ render: async (key) => (renders++, response(key)) });
    const route = { key: "/claims/a", tags: ["claim:a"] };
    const bodies = await Promise.all(Array.from({ length: 20 }, () => cache.load(route)));
    expect(new Set(bodies.map((b) => b?.body.toString()))).toEqual(new Set(["/claims/a"]));
    await cache.load(route);
    expect(renders).toBe(1);
  });

  it("drops exactly the pages whose tags changed", async () => {
    const cache = createPageCache({ render: async (key) => response(key) });
    await cache.load({ key: "/claims/a", tags: ["claim:a"] });
    await cache.load({ key: "/claims/b", tags: ["claim:b"] });
    await cache.load({ key: "/", tags: ["list"] });
    cache.invalidate(["claim:a", "list"]);
    expect(cache.peek("/claims/a")).toBeUndefined();
    expect(cache.peek("/")).toBeUndefined();
    expect(cache.peek("/claims/b")?.body.toString()).toBe("/claims/b");
  });

  it("does not store a render that was in flight when its page was invalidated", async () => {
    const gate = deferred();
    let version = "old";
    const cache = createPageCache({
      render: async () => {
        const seen = version;
        await gate.promise;
        return response(seen);
      },
    });
    const route = { key: "/claims/a", tags: ["claim:a"] };
    const first = cache.load(route);
    version = "new";
    cache.invalidate(["claim:a"]);
    gate.resolve();
    expect((await first)?.body.toString()).toBe("old");
    expect(cache.peek(route.key)).toBeUndefined();
    expect((await cache.load(route))?.body.toString()).toBe("new");
  });

  it("stays within its byte budget", async () => {
    const cache = createPageCache({ maxBytes: 10_000, render: async (key) => response(key.padEnd(3000, "x")) });
    for (let i = 0; i < 20; i++) await cache.load({ key: `/claims/c${i}`, tags: [] });
    expect(cache.size()).toBeLessThanOrEqual(3);
  });
});
