// Accepting a suggested claim creates an anchored claim in one step; dismissing hides it for good.
import { z } from "zod";
import type { PrismaClient } from "../generated/prisma/client";
import { recordActivity } from "../activity/record-activity";
import { invalid, notFound } from "../errors";
import { createClaim } from "./create-claim";

export const suggestionIdInput = z.object({ suggestionId: z.string().min(1).max(100) });

export async function acceptSuggestion(prisma: PrismaClient, actorId: string, suggestionId: string) {
  const suggestion = await prisma.suggestion.findUnique({ where: { id: suggestionId }, include: { version: true } });
  if (!suggestion) throw notFound("The suggestion");
  if (suggestion.status !== "pending") throw invalid("This suggestion was already accepted or dismissed.");
  return createClaim(
    prisma,
    actorId,
    {
      articleId: suggestion.version.articleId,
      versionId: suggestion.versionId,
      anchor: { start: suggestion.start, end: suggestion.end, exact: suggestion.exact },
      statement: suggestion.exact,
      claimant: suggestion.claimant,
      kind: suggestion.kind,
      tags: [],
      assigneeId: null,
    },
    suggestion.id,
  );
}

export function dismissSuggestion(prisma: PrismaClient, actorId: string, suggestionId: string) {
  return prisma.$transaction(async (tx) => {
    const suggestion = await tx.suggestion.findUnique({ where: { id: suggestionId }, include: { version: true } });
    if (!suggestion) throw notFound("The suggestion");
    const dismissed = await tx.suggestion.updateMany({
      where: { id: suggestionId, status: "pending" },
      data: { status: "dismissed", decidedById: actorId, decidedAt: new Date() },
    });
    if (dismissed.count === 0) throw invalid("This suggestion was already accepted or dismissed.");
    await recordActivity(tx, actorId, {
      kind: "suggestion.dismissed",
      articleId: suggestion.version.articleId,
      subjectId: suggestionId,
      data: { quote: suggestion.exact.slice(0, 200) },
    });
    return { id: suggestionId };
  });
}
