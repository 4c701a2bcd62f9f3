// The CSV export of an article's claims: one record per live claim, with where it stands in each
// version, its sources with their stance, its latest verdict and the whole verdict history.
import type { PrismaClient } from "../generated/prisma/client";
import { csvRow } from "./csv";
import type { ExportArticle } from "./export-article";
import { exportClaimPages, exportClaimsWhere, type ExportClaim } from "./export-claim-pages";

export const claimsCsvHeader = [
  "claim_id",
  "slug",
  "statement",
  "claimant",
  "kind",
  "tags",
  "review_state",
  "needs_recheck",
  "assignee",
  "created_at",
  "updated_at",
  "current_version",
  "current_outcome",
  "current_quote",
  "current_start",
  "current_end",
  "version_outcomes",
  "sources",
  "verdict_status",
  "verdict_rating",
  "verdict_proposed_at",
  "verdict_published_at",
  "verdict_withdrawn_at",
  "verdict_history",
] as const;

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function claimCsvRecord(claim: ExportClaim, currentVersionId: string | null): string {
  const current = claim.anchors.find((a) => a.version.id === currentVersionId);
  const latest = claim.verdicts.at(-1);
  return csvRow([
    claim.id,
    claim.slug,
    claim.statement,
    claim.claimant,
    claim.kind,
    claim.tags.join("; "),
    claim.reviewState,
    claim.needsRecheck,
    claim.assignee?.name,
    iso(claim.createdAt),
    iso(claim.updatedAt),
    current ? current.version.number : null,
    current?.outcome,
    current?.exact,
    current?.start,
    current?.end,
    claim.anchors.map((a) => `v${a.version.number} ${a.outcome}`).join("; "),
    claim.sources.map((s) => `${s.stance}: ${s.source.title} <${s.source.url}>`).join("; "),
    latest?.status,
    latest?.rating,
    iso(latest?.proposedAt ?? null),
    iso(latest?.publishedAt ?? null),
    iso(latest?.withdrawnAt ?? null),
    claim.verdicts.map((v) => `${v.rating} ${v.status} (proposed ${iso(v.proposedAt)}${v.publishedAt ? `, published ${iso(v.publishedAt)}` : ""})`).join("; "),
  ]);
}

export async function* claimsCsv(prisma: PrismaClient, article: ExportArticle): AsyncGenerator<string> {
  yield csvRow([...claimsCsvHeader]);
  for await (const page of exportClaimPages(prisma, exportClaimsWhere(article.id))) {
    yield page.map((claim) => claimCsvRecord(claim, article.currentVersion?.id ?? null)).join("");
  }
}
