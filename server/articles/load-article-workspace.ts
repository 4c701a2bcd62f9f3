// Everything the article page of the workspace shows: the current version's text, its claims
// with their anchors in that version, pending suggestions, and the team for assigning.
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { notFound } from "../errors";
import { listTeam } from "../users/list-team";
import { readAnchorChanges } from "../versions/anchor-changes";

const workspaceClaimSelect = (versionId: string) =>
  ({
    id: true,
    slug: true,
    statement: true,
    claimant: true,
    kind: true,
    tags: true,
    reviewState: true,
    needsRecheck: true,
    revision: true,
    deletedAt: true,
    mergedIntoId: true,
    claimGroupId: true,
    assignee: { select: { id: true, name: true } },
    quantities: { orderBy: { position: "asc" }, select: { value: true, unit: true, qualifier: true, counted: true, text: true } },
    anchors: { where: { versionId }, select: { start: true, end: true, exact: true, outcome: true, changes: true } },
    _count: { select: { sources: true, comments: true } },
  }) satisfies Prisma.ClaimSelect;

export async function loadArticleWorkspace(prisma: PrismaClient, slug: string) {
  const article = await prisma.article.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      publisher: true,
      byline: true,
      canonicalUrl: true,
      publishedAt: true,
      deletedAt: true,
      versions: { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true, text: true, capturedAt: true, captureMethod: true, sourceUrl: true } },
    },
  });
  if (!article || article.deletedAt) throw notFound("The article");
  const { versions, deletedAt: _deleted, ...meta } = article;
  const version = versions[0];
  if (!version) throw notFound("The article's text");
  const [claims, suggestions, team] = await Promise.all([
    prisma.claim.findMany({
      where: { articleId: article.id },
      orderBy: { createdAt: "asc" },
      select: workspaceClaimSelect(version.id),
    }),
    prisma.suggestion.findMany({
      where: { versionId: version.id, status: "pending" },
      orderBy: [{ score: "desc" }, { start: "asc" }],
      select: { id: true, start: true, end: true, exact: true, score: true, reasons: true, claimant: true, kind: true },
    }),
    listTeam(prisma),
  ]);
  return {
    article: meta,
    version,
    claims: claims.map(({ anchors: [anchor], _count, ...claim }) => ({
      ...claim,
      anchor: anchor ? { ...anchor, changes: readAnchorChanges(anchor.changes) } : null,
      sourceCount: _count.sources,
      commentCount: _count.comments,
    })),
    suggestions: suggestions.map((s) => ({ ...s, reasons: s.reasons as { kind: string; detail: string }[] })),
    team,
  };
}
