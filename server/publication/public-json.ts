// The public JSON API's shapes (/api/v1/claims): published snapshots with absolute URLs and the
// rating both as a name and on ClaimReview's 1–5 scale.
import { ratingScale } from "../workflow/workflow-labels";
import type { PublicClaim, PublicClaimSummary } from "./public-claims";
import { claimPath, publicSite, storyPath } from "./site";

type Site = ReturnType<typeof publicSite>;

function verdictJson(verdict: PublicClaim["verdict"]) {
  return {
    rating: verdict.rating,
    ratingName: ratingScale[verdict.rating].label,
    ratingValue: ratingScale[verdict.rating].value,
    publishedAt: verdict.publishedAt.toISOString(),
    withdrawn: verdict.withdrawn ? { at: verdict.withdrawn.at.toISOString(), reason: verdict.withdrawn.reason } : null,
  };
}

/** The fields every claim in the API starts with. */
function claimHeadJson(claim: { slug: string; underReview: boolean; verdict: PublicClaim["verdict"] }, updatedAt: Date | null, site: Site) {
  return {
    slug: claim.slug,
    url: `${site.url}${claimPath(claim.slug)}`,
    statement: claim.verdict.statement,
    claimant: claim.verdict.claimant,
    kind: claim.verdict.kind,
    underReview: claim.underReview,
    updatedAt: updatedAt?.toISOString() ?? null,
  };
}

export function claimSummaryJson(claim: PublicClaimSummary, site: Site = publicSite()) {
  return {
    ...claimHeadJson(claim, claim.publicUpdatedAt, site),
    verdict: verdictJson(claim.verdict),
    article: { title: claim.article.title, publisher: claim.article.publisher, url: `${site.url}${storyPath(claim.article.slug)}` },
  };
}

export function claimJson(claim: PublicClaim, site: Site = publicSite()) {
  return {
    ...claimHeadJson(claim, claim.updatedAt, site),
    revisedFigures: claim.revisedFigures,
    verdict: { ...verdictJson(claim.verdict), rationale: claim.verdict.rationale },
    sources: claim.verdict.sources,
    appearances: claim.appearances.map(({ article, versions }) => ({
      article: { title: article.title, publisher: article.publisher, url: article.canonicalUrl, page: `${site.url}${storyPath(article.slug)}` },
      versions: versions.map((v) => ({ number: v.number, capturedAt: v.capturedAt.toISOString(), quote: v.quote })),
    })),
    history: claim.history.map((h) => ({
      rating: h.rating,
      ratingName: ratingScale[h.rating].label,
      status: h.status,
      publishedAt: h.publishedAt.toISOString(),
      withdrawnAt: h.withdrawnAt?.toISOString() ?? null,
      withdrawalReason: h.withdrawalReason,
    })),
  };
}
