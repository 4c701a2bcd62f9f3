// The public Web Annotations of an article: only its published claims, each as its approved
// snapshot (statement, claimant, rating or withdrawal) on its passage in the current version.
// Like the public article page, an article with no published claim does not exist for the public.
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { exportPageSize } from "../exports/export-claim-pages";
import { annotationCollection, annotationSource, claimAnnotation, textBody } from "../exports/web-annotation";
import { ratingScale } from "../workflow/workflow-labels";
import { publicVerdictSelect, verdictView } from "./public-claims";
import { claimPath, publicSite } from "./site";

type Site = ReturnType<typeof publicSite>;

export const publicAnnotationsPath = (articleSlug: string) => `/api/v1/stories/${articleSlug}/annotations`;

const annotatedClaimSelect = (versionId: string) =>
  ({
    id: true,
    slug: true,
    publicUpdatedAt: true,
    publicVerdict: { select: publicVerdictSelect },
    anchors: { where: { versionId }, select: { exact: true, prefix: true, suffix: true, start: true, end: true } },
  }) satisfies Prisma.ClaimSelect;

type AnnotatedClaim = Prisma.ClaimGetPayload<{ select: ReturnType<typeof annotatedClaimSelect> }>;

function publicAnnotation(claim: AnnotatedClaim, source: string, site: Site) {
  const verdict = verdictView(claim.publicVerdict!);
  const anchor = claim.anchors[0]!;
  const url = `${site.url}${claimPath(claim.slug)}`;
  return claimAnnotation({
    id: `${url}#annotation`,
    source,
    anchor: { exact: anchor.exact!, prefix: anchor.prefix ?? "", suffix: anchor.suffix ?? "", start: anchor.start!, end: anchor.end! },
    body: [
      textBody("describing", verdict.claimant ? `${verdict.statement} (claimed by ${verdict.claimant})` : verdict.statement),
      textBody("assessing", verdict.withdrawn ? `Verdict withdrawn: ${verdict.withdrawn.reason}` : `Rated ${ratingScale[verdict.rating].label}`),
      { type: "SpecificResource", purpose: "linking", source: url },
    ],
    created: verdict.publishedAt,
    modified: claim.publicUpdatedAt ?? verdict.publishedAt,
  });
}

/** The collection's text, or null when the public may not see the article. */
export async function publicAnnotations(prisma: PrismaClient, articleSlug: string, site: Site = publicSite()): Promise<AsyncGenerator<string> | null> {
  const article = await prisma.article.findUnique({
    where: { slug: articleSlug },
    select: { id: true, slug: true, title: true, canonicalUrl: true, deletedAt: true, versions: { orderBy: { number: "desc" }, take: 1, select: { id: true } } },
  });
  const versionId = article?.versions[0]?.id;
  if (!article || article.deletedAt || !versionId) return null;
  const where = { articleId: article.id, publicVerdict: { isNot: null } } satisfies Prisma.ClaimWhereInput;
  if ((await prisma.claim.count({ where })) === 0) return null;
  const anchored = { ...where, anchors: { some: { versionId, start: { not: null } } } } satisfies Prisma.ClaimWhereInput;
  const total = await prisma.claim.count({ where: anchored });
  const source = annotationSource(article, site);
  async function* batches() {
    let after: string | undefined;
    for (;;) {
      const page = await prisma.claim.findMany({
        where: { ...anchored, ...(after ? { id: { gt: after } } : {}) },
        orderBy: { id: "asc" },
        take: exportPageSize,
        select: annotatedClaimSelect(versionId!),
      });
      yield page.map((claim) => publicAnnotation(claim, source, site));
      if (page.length < exportPageSize) return;
      after = page.at(-1)!.id;
    }
  }
  return annotationCollection({ id: `${site.url}${publicAnnotationsPath(article.slug)}`, label: `Fact-checked claims in “${article.title}”`, total, annotations: batches() });
}
