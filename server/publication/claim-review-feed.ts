// Every published claim review as one schema.org DataFeed (the feed fact-check aggregators such
// as Google's Fact Check Tools ingest), each item built by claimReview() like the claim pages'
// JSON-LD. Withdrawn verdicts are left out, as their pages carry no ClaimReview either.
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { exportPageSize } from "../exports/export-claim-pages";
import { claimReview } from "./claim-review";
import { publicVerdictSelect, verdictView } from "./public-claims";
import { publicSite } from "./site";

type Site = ReturnType<typeof publicSite>;

export const claimReviewFeedPath = "/feeds/claim-reviews.jsonld";

const reviewedClaimSelect = {
  id: true,
  slug: true,
  publicUpdatedAt: true,
  publicVerdict: { select: publicVerdictSelect },
  article: { select: { publisher: true } },
  anchors: {
    where: { exact: { not: null } },
    orderBy: { version: { number: "asc" } },
    select: { exact: true, version: { select: { article: { select: { slug: true, title: true, publisher: true, canonicalUrl: true, publishedAt: true } } } } },
  },
} satisfies Prisma.ClaimSelect;

type ReviewedClaim = Prisma.ClaimGetPayload<{ select: typeof reviewedClaimSelect }>;

function feedItem(claim: ReviewedClaim, site: Site) {
  const appearances = new Map<string, { article: ReviewedClaim["anchors"][number]["version"]["article"]; versions: { quote: string }[] }>();
  for (const anchor of claim.anchors) {
    const { article } = anchor.version;
    const entry = appearances.get(article.slug) ?? { article, versions: [] };
    entry.versions.push({ quote: anchor.exact! });
    appearances.set(article.slug, entry);
  }
  const verdict = verdictView(claim.publicVerdict!);
  const { "@context": _context, ...review } = claimReview({ slug: claim.slug, verdict, article: claim.article, appearances: [...appearances.values()] }, site);
  return { "@type": "DataFeedItem", dateModified: (claim.publicUpdatedAt ?? verdict.publishedAt).toISOString(), item: review };
}

export async function* claimReviewFeed(prisma: PrismaClient, site: Site = publicSite()): AsyncGenerator<string> {
  const where = { publicVerdict: { status: "approved" } } satisfies Prisma.ClaimWhereInput;
  const head = { "@context": "https://schema.org", "@type": "DataFeed", name: `${site.organisation.name}: claim reviews`, url: `${site.url}${claimReviewFeedPath}` };
  yield `${JSON.stringify(head).slice(0, -1)},"dataFeedElement":[`;
  let after: string | undefined;
  let first = true;
  for (;;) {
    const page = await prisma.claim.findMany({ where: { ...where, ...(after ? { id: { gt: after } } : {}) }, orderBy: { id: "asc" }, take: exportPageSize, select: reviewedClaimSelect });
    if (page.length > 0) yield `${first ? "" : ","}${page.map((claim) => JSON.stringify(feedItem(claim, site))).join(",")}`;
    first &&= page.length === 0;
    if (page.length < exportPageSize) break;
    after = page.at(-1)!.id;
  }
  yield "]}\n";
}
