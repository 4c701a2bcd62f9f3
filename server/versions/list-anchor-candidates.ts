// The passages of the article's current version where a claim the re-anchoring lost may now
// stand, best first with their reasons, for the journalist to confirm one.
import type { PrismaClient } from "../generated/prisma/client";
import { rankCandidatePassages, type HeldPassage } from "../anchoring/rank-candidate-passages";
import { findClaimInCurrentVersion } from "./find-claim-in-current-version";

export async function listAnchorCandidates(prisma: PrismaClient, claimId: string) {
  const { claim, article, current, previous } = await findClaimInCurrentVersion(prisma, claimId);
  const others = await prisma.claim.findMany({
    where: { articleId: article.id, deletedAt: null, id: { not: claim.id } },
    select: {
      statement: true,
      anchors: { where: { versionId: { in: [current.id, previous.version.id] }, start: { not: null }, end: { not: null } }, select: { versionId: true, start: true, end: true } },
    },
  });
  const held = others.flatMap(({ statement, anchors }): HeldPassage[] => {
    const now = anchors.find((a) => a.versionId === current.id);
    const before = anchors.find((a) => a.versionId === previous.version.id);
    return now ? [{ start: now.start!, end: now.end!, old: before ? { start: before.start!, end: before.end! } : null, statement }] : [];
  });
  return {
    versionId: current.id,
    versionNumber: current.number,
    previous: { versionNumber: previous.version.number, quote: previous.anchor.exact },
    candidates: rankCandidatePassages({ anchor: previous.anchor, oldText: previous.version.text, claimant: claim.claimant }, current.text, held),
  };
}
