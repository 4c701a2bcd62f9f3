// The JSON export of an article's claims: the article, then its live claims with every version's
// anchor, sources and verdicts, written a page at a time so the document is never whole in memory.
import type { PrismaClient } from "../generated/prisma/client";
import type { ExportArticle } from "./export-article";
import { exportClaimPages, exportClaimsWhere, type ExportClaim } from "./export-claim-pages";

export function claimJson(claim: ExportClaim) {
  return {
    id: claim.id,
    slug: claim.slug,
    statement: claim.statement,
    claimant: claim.claimant,
    kind: claim.kind,
    tags: claim.tags,
    reviewState: claim.reviewState,
    needsRecheck: claim.needsRecheck,
    assignee: claim.assignee?.name ?? null,
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
    versions: claim.anchors.map(({ version, ...anchor }) => ({ version: version.number, ...anchor })),
    sources: claim.sources.map(({ stance, note, source }) => ({ stance, note, ...source })),
    verdicts: claim.verdicts,
  };
}

export async function* claimsJson(prisma: PrismaClient, article: ExportArticle, exportedAt = new Date()): AsyncGenerator<string> {
  const { id: _id, currentVersion, ...meta } = article;
  const head = { article: { ...meta, currentVersion: currentVersion?.number ?? null }, exportedAt };
  yield `${JSON.stringify(head).slice(0, -1)},"claims":[`;
  let first = true;
  for await (const page of exportClaimPages(prisma, exportClaimsWhere(article.id))) {
    yield `${first ? "" : ","}${page.map((claim) => JSON.stringify(claimJson(claim))).join(",")}`;
    first = false;
  }
  yield "]}\n";
}
