// What a hand correction of a claim's anchor starts from: the claim, its article's current version
// and its anchor there, and the last passage it stood on in an earlier version (what the correction
// is compared with).
import type { Prisma } from "../generated/prisma/client";
import { invalid, notFound } from "../errors";

export async function findClaimInCurrentVersion(tx: Prisma.TransactionClient, claimId: string) {
  const claim = await tx.claim.findUnique({
    where: { id: claimId },
    select: {
      id: true,
      slug: true,
      statement: true,
      claimant: true,
      deletedAt: true,
      publicVerdict: { select: { status: true } },
      article: {
        select: {
          id: true,
          slug: true,
          deletedAt: true,
          versions: { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true, text: true } },
        },
      },
    },
  });
  if (!claim) throw notFound("The claim");
  const { article, ...rest } = claim;
  const current = article.versions[0];
  if (article.deletedAt || !current) throw notFound("The article");
  if (claim.deletedAt) throw invalid("This claim was deleted; restore it before correcting where it stands.");
  const [anchor, previous] = await Promise.all([
    tx.anchor.findUnique({
      where: { claimId_versionId: { claimId, versionId: current.id } },
      select: { outcome: true, exact: true, start: true, end: true },
    }),
    tx.anchor.findFirst({
      where: { claimId, exact: { not: null }, start: { not: null }, end: { not: null }, version: { number: { lt: current.number } } },
      orderBy: { version: { number: "desc" } },
      select: { exact: true, prefix: true, suffix: true, start: true, end: true, version: { select: { id: true, number: true, text: true } } },
    }),
  ]);
  if (!previous) {
    throw invalid(`This claim has no passage in an earlier version to compare with: it was created in version ${current.number}, the current one.`);
  }
  const { version: previousVersion, ...previousAnchor } = previous;
  return {
    claim: rest,
    article: { id: article.id, slug: article.slug },
    current,
    anchor,
    previous: {
      version: previousVersion,
      anchor: { exact: previousAnchor.exact!, prefix: previousAnchor.prefix ?? "", suffix: previousAnchor.suffix ?? "", start: previousAnchor.start!, end: previousAnchor.end! },
    },
  };
}

export type ClaimInCurrentVersion = Awaited<ReturnType<typeof findClaimInCurrentVersion>>;
