import { describe, expect, it } from "vitest";
import { publicRouteOf } from "./public-routes";

describe("publicRouteOf", () => {
  it("keys public pages by path and the parameters they read, tagged by what they show", () => {
    expect(publicRouteOf("GET", "/claims/more-than-250000-ab12cd?utm_source=x", {})).toEqual({ key: "/claims/more-than-250000-ab12cd", tags: ["claim:more-than-250000-ab12cd"] });
    expect(publicRouteOf("HEAD", "/?junk=1&rating=false&after=c1", {})).toEqual({ key: "/?rating=false&after=c1", tags: ["list"] });
    expect(publicRouteOf("GET", "/stories/aleppo", {})?.tags).toEqual(["article:aleppo"]);
    expect(publicRouteOf("GET", "/search?q=aleppo+ceasefire&utm_source=x&page=2", {})).toEqual({ key: "/search?q=aleppo+ceasefire&page=2", tags: ["list"] });
    expect(publicRouteOf("GET", "/api/v1/claims/x-1", {})?.tags).toEqual(["claim:x-1"]);
    expect(publicRouteOf("GET", "/feeds/verdicts.atom", {})?.tags).toEqual(["list"]);
    expect(publicRouteOf("GET", "/feeds/claim-reviews.jsonld", {})?.tags).toEqual(["list"]);
    expect(publicRouteOf("GET", "/sitemap.xml", {})?.tags).toEqual(["list"]);
    expect(publicRouteOf("GET", "/api/v1/stories/aleppo/annotations?x=1", {})).toEqual({ key: "/api/v1/stories/aleppo/annotations", tags: ["article:aleppo"] });
    expect(publicRouteOf("GET", "/embed/claims/x-1", {})).toEqual({ key: "/embed/claims/x-1", tags: ["claim:x-1"], ownNotFound: true });
  });

  it("answers a claim or story page whose slug no slug could be with the not-found page", () => {
    expect(publicRouteOf("GET", "/claims/X%3Cscript%3E", {})).toEqual({ key: "/.well-known/claimtrail-not-found", tags: [] });
    expect(publicRouteOf("GET", "/stories/a%20b", {})?.key).toBe("/.well-known/claimtrail-not-found");
  });

  it("leaves everything else to the app: writes, the workspace, RSC payloads, odd slugs elsewhere", () => {
    expect(publicRouteOf("POST", "/claims/x", {})).toBeNull();
    expect(publicRouteOf("GET", "/articles", {})).toBeNull();
    expect(publicRouteOf("GET", "/claims/x", { rsc: "1" })).toBeNull();
    expect(publicRouteOf("GET", "/claims/x?_rsc=abc", {})).toBeNull();
    expect(publicRouteOf("GET", "/api/v1/claims/X%3Cscript%3E", {})).toBeNull();
    expect(publicRouteOf("GET", "/claims/a/b", {})).toBeNull();
  });
});
