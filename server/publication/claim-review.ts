// schema.org ClaimReview for a published claim (what search engines and fact-check aggregators
// read), and the escaping that keeps it inside its <script> element whatever a claim contains.
import { ratingScale } from "../workflow/workflow-labels";
import type { PublicClaim } from "./public-claims";
import { claimPath, publicSite, storyPath } from "./site";

type Site = ReturnType<typeof publicSite>;

/** What a ClaimReview is made of: a claim page has it all, and so does each item of the DataFeed. */
export type ReviewedClaim = {
  slug: string;
  verdict: Pick<PublicClaim["verdict"], "statement" | "claimant" | "rating" | "publishedAt">;
  article: Pick<PublicClaim["article"], "publisher">;
  appearances: { article: PublicClaim["appearances"][number]["article"]; versions: { quote: string }[] }[];
};

export function claimReview(claim: ReviewedClaim, site: Site = publicSite()) {
  const { verdict } = claim;
  const scale = ratingScale[verdict.rating];
  const appearances = claim.appearances.map(({ article, versions }) => ({
    "@type": "CreativeWork",
    url: article.canonicalUrl ?? `${site.url}${storyPath(article.slug)}`,
    headline: article.title,
    publisher: { "@type": "Organization", name: article.publisher },
    ...(article.publishedAt ? { datePublished: article.publishedAt.toISOString() } : {}),
    ...(versions[0] ? { text: versions[0].quote } : {}),
  }));
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: `${site.url}${claimPath(claim.slug)}`,
    claimReviewed: verdict.statement,
    datePublished: verdict.publishedAt.toISOString(),
    author: { "@type": "Organization", name: site.organisation.name, url: site.organisation.url },
    itemReviewed: {
      "@type": "Claim",
      author: { "@type": "Organization", name: verdict.claimant ?? claim.article.publisher },
      appearance: appearances,
      ...(appearances[0] ? { firstAppearance: appearances[0] } : {}),
    },
    reviewRating:
      scale.value === null
        ? { "@type": "Rating", alternateName: scale.label }
        : { "@type": "Rating", ratingValue: scale.value, bestRating: 5, worstRating: 1, alternateName: scale.label },
  };
}

/** JSON that cannot end its <script> element or open a comment: <, > and & become \u escapes. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
