import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, policyKindOf } from "./content-security-policy";

describe("policyKindOf", () => {
  it("sorts addresses into the four kinds of response", () => {
    expect(["/", "/search", "/claims/a-claim", "/stories/a-story", "/.well-known/claimtrail-not-found"].map(policyKindOf)).toEqual(Array(5).fill("publicPage"));
    expect(["/embed/claims/a-claim"].map(policyKindOf)).toEqual(["embed"]);
    expect(["/api/trpc/users.me", "/api/v1/claims", "/api/auth/session", "/feeds/verdicts.atom", "/sitemap.xml"].map(policyKindOf)).toEqual(Array(5).fill("data"));
    expect(["/articles", "/articles/a-story", "/review", "/signin", "/signout", "/no-such-page", "/claims/a/b"].map(policyKindOf)).toEqual(Array(7).fill("workspace"));
  });
});

describe("contentSecurityPolicy", () => {
  it("allows the workspace's scripts by nonce only, and eval in development only", () => {
    const policy = contentSecurityPolicy("workspace", { nonce: "abc" });
    expect(policy).toContain("script-src 'nonce-abc' 'strict-dynamic';");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(contentSecurityPolicy("workspace", { nonce: "abc", development: true })).toContain("'unsafe-eval'");
    expect(() => contentSecurityPolicy("workspace")).toThrow();
  });

  it("allows no script on public pages and data, and framing on the embed card only", () => {
    expect(contentSecurityPolicy("publicPage")).toContain("script-src 'none'");
    expect(contentSecurityPolicy("data")).toMatch(/^default-src 'none'/);
    for (const kind of ["workspace", "publicPage", "data"] as const) expect(contentSecurityPolicy(kind, { nonce: "n" })).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy("embed")).toContain("frame-ancestors *");
  });
});
