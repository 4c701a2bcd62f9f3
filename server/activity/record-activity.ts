// The append-only history: every mutation writes one of these events inside its own transaction.
import type { AnchorOutcome, Prisma, Rating, Role } from "../generated/prisma/client";
import type { ChangeKind } from "../anchoring/classify-change";
import type { VersionSummary } from "../versions/add-version";

type ClaimSnapshot = Record<string, unknown>;

export type ActivityEvent =
  | { kind: "user.created"; subjectId: string; data: { email: string; role: Role } }
  | { kind: "user.role_changed"; subjectId: string; data: { before: Role; after: Role } }
  | { kind: "user.disabled" | "user.enabled"; subjectId: string; data: { endedSessions: number } }
  | { kind: "user.password_changed"; subjectId: string; data: { endedOtherSessions: number } }
  | { kind: "article.imported"; articleId: string; data: { versionNumber: number; captureMethod: string } }
  | { kind: "article.version_added"; articleId: string; data: { versionNumber: number; captureMethod: string } & VersionSummary }
  | { kind: "claim.created"; articleId: string; claimId: string; data: { statement: string; quote: string; fromSuggestion: boolean } }
  | { kind: "claim.updated"; articleId: string; claimId: string; data: { before: ClaimSnapshot; after: ClaimSnapshot } }
  | { kind: "claim.deleted" | "claim.restored"; articleId: string; claimId: string; data: { statement: string } }
  | { kind: "claim.merged"; articleId: string; claimId: string; data: { into: string; intoStatement: string } }
  | { kind: "claim.absorbed"; articleId: string; claimId: string; data: { from: string; fromStatement: string; sourcesMoved: number } }
  | {
      kind: "claim.anchor_corrected";
      articleId: string;
      claimId: string;
      data: { versionNumber: number; before: { outcome: AnchorOutcome | null; quote: string | null }; after: { outcome: "corrected"; quote: string | null }; changes: ChangeKind[] };
    }
  | { kind: "claim.linked"; articleId: string; claimId: string; subjectId: string; data: { with: string; withStatement: string } }
  | { kind: "claim.unlinked"; articleId: string; claimId: string; subjectId: string; data: Record<string, never> }
  | { kind: "comment.added"; articleId: string; claimId: string; subjectId: string; data: { excerpt: string } }
  | { kind: "source.created"; subjectId: string; data: { url: string; title: string } }
  | { kind: "source.linked"; articleId: string; claimId: string; subjectId: string; data: { title: string; stance: string; note: string | null } }
  | { kind: "source.unlinked"; articleId: string; claimId: string; subjectId: string; data: { title: string; stance: string } }
  | { kind: "suggestion.dismissed"; articleId: string; subjectId: string; data: { quote: string } }
  | { kind: "verdict.proposed"; articleId: string; claimId: string; subjectId: string; data: { rating: Rating; sources: number } }
  | { kind: "verdict.changes_requested"; articleId: string; claimId: string; subjectId: string; data: { comment: string } }
  | { kind: "verdict.approved"; articleId: string; claimId: string; subjectId: string; data: { rating: Rating; revision: boolean } }
  | { kind: "verdict.withdrawn"; articleId: string; claimId: string; subjectId: string; data: { rating: Rating; reason: string } }
  | { kind: "verdict.confirmed"; articleId: string; claimId: string; subjectId: string; data: { rating: Rating } };

export async function recordActivity(tx: Prisma.TransactionClient, actorId: string | null, event: ActivityEvent) {
  await tx.activity.create({
    data: {
      actorId,
      kind: event.kind,
      articleId: "articleId" in event ? event.articleId : null,
      claimId: "claimId" in event ? event.claimId : null,
      subjectId: "subjectId" in event ? event.subjectId : null,
      data: event.data as Prisma.InputJsonValue,
    },
  });
}
