// A claim's side panel in the workspace: sources with stance, comments and its history.
import type { PrismaClient } from "../generated/prisma/client";
import { notFound } from "../errors";
import { sourceSelect } from "../sources/manage-sources";
import { claimTimeline, confirmationsIn, verdictEvents } from "./claim-timeline";
import { figureSeries, versionTrail } from "./claim-trail";
import { editedSincePublication, readSnapshot } from "../workflow/published-snapshot";

export async function loadClaimDetails(prisma: PrismaClient, claimId: string) {
  const claim = await prisma.claim.findUnique({
    where: { id: claimId },
    select: {
      id: true,
      statement: true,
      claimant: true,
      kind: true,
      slug: true,
      anchors: {
        orderBy: { version: { number: "asc" } },
        select: { outcome: true, exact: true, changes: true, correctedAt: true, correctedBy: { select: { name: true } }, version: { select: { number: true, capturedAt: true } } },
      },
      publicVerdict: { select: { status: true, snapshot: true } },
      verdicts: {
        orderBy: { proposedAt: "desc" },
        select: {
          id: true,
          rating: true,
          rationale: true,
          status: true,
          proposedAt: true,
          proposedById: true,
          proposedBy: { select: { name: true } },
          reviewedAt: true,
          reviewedBy: { select: { name: true } },
          reviewComment: true,
          publishedAt: true,
          withdrawnAt: true,
          withdrawalReason: true,
          sources: { select: { stance: true, source: { select: { id: true, title: true } } } },
        },
      },
      sources: {
        orderBy: { createdAt: "asc" },
        select: { stance: true, note: true, createdAt: true, source: { select: sourceSelect } },
      },
      comments: {
        where: { deletedAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
      },
      activities: {
        orderBy: { at: "desc" },
        take: 100,
        select: { id: true, at: true, kind: true, data: true, actor: { select: { name: true } } },
      },
    },
  });
  if (!claim) throw notFound("The claim");
  const { publicVerdict, statement, claimant, kind, anchors, ...details } = claim;
  const published = publicVerdict?.status === "approved" ? readSnapshot(publicVerdict.snapshot) : null;
  const trail = versionTrail(anchors);
  return {
    ...details,
    timeline: claimTimeline(trail, verdictEvents(claim.verdicts, confirmationsIn(claim.activities), { internal: true })),
    figures: kind === "statistic" ? figureSeries(trail) : [],
    versionNumbers: trail.map((t) => t.number),
    publication: publicVerdict
      ? {
          live: published !== null,
          editedSince: published ? editedSincePublication({ statement, claimant, kind }, published) : false,
        }
      : null,
  };
}

export async function listArticleActivity(prisma: PrismaClient, articleId: string) {
  return prisma.activity.findMany({
    where: { articleId },
    orderBy: { at: "desc" },
    take: 100,
    select: { id: true, at: true, kind: true, data: true, claimId: true, actor: { select: { name: true } } },
  });
}
