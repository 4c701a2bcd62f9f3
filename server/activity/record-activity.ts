// The append-only history: every mutation writes one of these events inside its own transaction.
import type { Prisma, Role } from "../generated/prisma/client";

export type ActivityEvent =
  | { kind: "user.created"; subjectId: string; data: { email: string; role: Role } }
  | { kind: "user.role_changed"; subjectId: string; data: { before: Role; after: Role } }
  | { kind: "user.disabled" | "user.enabled"; subjectId: string; data: { endedSessions: number } }
  | { kind: "user.password_changed"; subjectId: string; data: { endedOtherSessions: number } }
  | { kind: "article.imported"; articleId: string; data: { versionNumber: number; captureMethod: string } };

export async function recordActivity(tx: Prisma.TransactionClient, actorId: string | null, event: ActivityEvent) {
  await tx.activity.create({
    data: {
      actorId,
      kind: event.kind,
      articleId: "articleId" in event ? event.articleId : null,
      subjectId: "subjectId" in event ? event.subjectId : null,
      data: event.data,
    },
  });
}
