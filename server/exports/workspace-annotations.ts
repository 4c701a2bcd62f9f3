// The workspace's Web Annotation export of an article: every live claim that stands in the current
// version, with its internal state (statement, claimant, review state, latest verdict, tags). For
// signed-in journalists only; the public variant is server/publication/public-annotations.ts.
import type { PrismaClient } from "../generated/prisma/client";
import type { publicSite } from "../publication/site";
import { ratingScale, reviewStateLabel, verdictStatusLabel } from "../workflow/workflow-labels";
import type { ExportArticle } from "./export-article";
import { exportClaimPages, exportClaimsWhere, type ExportClaim } from "./export-claim-pages";
import { annotationCollection, annotationSource, claimAnnotation, textBody } from "./web-annotation";

type Site = ReturnType<typeof publicSite>;

function workspaceAnnotation(claim: ExportClaim, article: ExportArticle, site: Site) {
  const anchor = claim.anchors.find((a) => a.version.id === article.currentVersion?.id)!;
  const latest = claim.verdicts.at(-1);
  const assessment = latest
    ? `${ratingScale[latest.rating].label} (${verdictStatusLabel[latest.status].toLowerCase()})`
    : `No verdict yet (${reviewStateLabel[claim.reviewState].toLowerCase()})`;
  return claimAnnotation({
    id: `${site.url}/articles/${article.slug}?claim=${claim.id}`,
    source: annotationSource(article, site),
    anchor: { exact: anchor.exact!, prefix: anchor.prefix ?? "", suffix: anchor.suffix ?? "", start: anchor.start!, end: anchor.end! },
    body: [
      textBody("describing", claim.claimant ? `${claim.statement} (claimed by ${claim.claimant})` : claim.statement),
      textBody("assessing", assessment),
      ...claim.tags.map((tag) => textBody("tagging", tag)),
    ],
    created: claim.createdAt,
    modified: claim.updatedAt,
  });
}

export async function* workspaceAnnotations(prisma: PrismaClient, article: ExportArticle, site: Site): AsyncGenerator<string> {
  const versionId = article.currentVersion?.id;
  const where = exportClaimsWhere(article.id, versionId ?? "none");
  const total = versionId ? await prisma.claim.count({ where }) : 0;
  async function* batches() {
    if (!versionId) return;
    for await (const page of exportClaimPages(prisma, where)) yield page.map((claim) => workspaceAnnotation(claim, article, site));
  }
  yield* annotationCollection({
    id: `${site.url}/api/articles/${article.slug}/annotations.jsonld`,
    label: `Claims in “${article.title}” (workspace)`,
    total,
    annotations: batches(),
  });
}
