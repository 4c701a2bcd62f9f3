import { describe, expect, it } from "vitest";
import { withoutClientRuntime } from "./static-html";

describe("withoutClientRuntime", () => {
  it("removes scripts and script preloads but keeps the document, its styles and its JSON-LD", () => {
    const html = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>Fact check</title><link rel="stylesheet" href="/a.css"/><link rel="preload" as="script" href="/x.js"/><script src="/x.js" async=""></script></head><body><main><h1>Claim</h1><script type="application/ld+json">{"@type":"ClaimReview","claimReviewed":"\\u003c/script\\u003e"}</script></main><script>self.__next_f.push([1,"payload"])</script></body></html>`;
    const out = withoutClientRuntime(html);
    expect(out).toMatch(/^<!DOCTYPE html><html lang="en">/);
    expect(out).toContain('<link rel="stylesheet" href="/a.css">');
    expect(out).toContain("<h1>Claim</h1>");
    expect(out).toContain('{"@type":"ClaimReview","claimReviewed":"\\u003c/script\\u003e"}');
    expect(out).not.toContain("__next_f");
    expect(out).not.toContain("/x.js");
  });
});
