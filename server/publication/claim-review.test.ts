import { describe, expect, it } from "vitest";
import { claimReview, jsonForScript } from "./claim-review";
import type { PublicClaim } from "./public-claims";

const site = { url: "https://checks.example.org", organisation: { name: "Example Fact Check", url: "https://example.org" } };

function publicClaim(overrides: Partial<PublicClaim["verdict"]> = {}): PublicClaim {
  const article = { slug: "aleppo", title: "Aleppo ceasefire", publisher: "AFP", canonicalUrl: "https://afp.example/aleppo", publishedAt: new Date("2016-10-20T09:00:00Z") };
  return {
    slug: "trapped-abc123",
    underReview: false,
    timeline: [],
    figures: [],
    versionNumbers: [1],
    revisedFigures: [],
    updatedAt: new Date("2026-10-21T10:00:00Z"),
    article,
    verdict: {
      statement: "More than 250,000 civilians are trapped",
      claimant: "UN",
      kind: "statistic",
      rating: "mostly_true",
      rationale: "OCHA estimate.",
      sources: [],
      publishedAt: new Date("2026-10-21T10:00:00Z"),
      withdrawn: null,
      ...overrides,
    },
    history: [],
    appearances: [{ article, versions: [{ number: 1, capturedAt: new Date(), quote: "More than 250,000 civilians have been trapped" }] }],
  };
}

describe("claimReview", () => {
  it("carries the fields Google's ClaimReview reads, with the numeric rating of the scale", () => {
    const review = claimReview(publicClaim(), site);
    expect(review).toMatchObject({
      "@type": "ClaimReview",
      url: "https://checks.example.org/claims/trapped-abc123",
      claimReviewed: "More than 250,000 civilians are trapped",
      datePublished: "2026-10-21T10:00:00.000Z",
      author: { "@type": "Organization", name: "Example Fact Check", url: "https://example.org" },
      itemReviewed: {
        "@type": "Claim",
        author: { name: "UN" },
        appearance: [{ url: "https://afp.example/aleppo" }],
        firstAppearance: { url: "https://afp.example/aleppo", datePublished: "2016-10-20T09:00:00.000Z" },
      },
      reviewRating: { "@type": "Rating", ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: "Mostly true" },
    });
  });

  it("gives an unproven claim a rating name without numbers", () => {
    expect(claimReview(publicClaim({ rating: "unproven" }), site).reviewRating).toEqual({ "@type": "Rating", alternateName: "Unproven" });
  });

  it("falls back to the article's publisher as claimant and to our story page without a canonical URL", () => {
    const claim = publicClaim({ claimant: null });
    claim.appearances[0]!.article = { ...claim.appearances[0]!.article, canonicalUrl: null };
    const review = claimReview(claim, site);
    expect(review.itemReviewed.author.name).toBe("AFP");
    expect(review.itemReviewed.appearance[0]!.url).toBe("https://checks.example.org/stories/aleppo");
  });
});

describe("jsonForScript", () => {
  it("cannot close its script element, whatever the claim says, and parses back to the same value", () => {
    const value = { claimReviewed: '</script><script>alert(1)</script> <!-- & \u2028' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/<|>|&/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
