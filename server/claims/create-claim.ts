// Creates a claim anchored in the article's current version, with its figures extracted from the
// quote unless the journalist gave them, optionally accepting the suggestion it came from.
import { randomBytes } from "node:crypto";
import type { z } from "zod";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { recordActivity } from "../activity/record-activity";
import { slugify } from "../articles/make-slug";
import { invalid, notFound } from "../errors";
import type { createClaimInput } from "./claim-schemas";
import { quantitiesOf } from "./claim-quantities";
import { anchorInText } from "./text-quote-anchor";

export const claimSlug = (statement: string) => `${slugify(statement, 60)}-${randomBytes(3).toString("hex")}`;

export async function assertAssignable(tx: Prisma.TransactionClient, assigneeId: string | null) {
  if (!assigneeId) return;
  const user = await tx.user.findUnique({ where: { id: assigneeId }, select: { disabledAt: true } });
  if (!user || user.disabledAt) throw invalid("Assign the claim to an active member of the team.", "assigneeId");
}

/** Loads the article's current version and checks the caller named the right article. */
async function currentVersionOf(tx: Prisma.TransactionClient, articleId: string, versionId: string) {
  const version = await tx.articleVersion.findUnique({ where: { id: versionId }, include: { article: { select: { deletedAt: true } } } });
  if (!version || version.article.deletedAt) throw notFound("The article version");
  if (version.articleId !== articleId) throw invalid("This version belongs to another article.", "versionId");
  const latest = await tx.articleVersion.findFirst({ where: { articleId }, orderBy: { number: "desc" }, select: { id: true } });
  if (latest?.id !== versionId) throw invalid("A newer version of this article exists: reload it and select the passage again.", "versionId");
  return version;
}

export function createClaim(
  prisma: PrismaClient,
  actorId: string,
  input: z.output<typeof createClaimInput>,
  fromSuggestionId?: string,
) {
  return prisma.$transaction(async (tx) => {
    const version = await currentVersionOf(tx, input.articleId, input.versionId);
    const anchor = anchorInText(version.text, input.anchor);
    await assertAssignable(tx, input.assigneeId);
    const quantities = input.quantities ?? quantitiesOf(anchor.exact);
    const claim = await tx.claim.create({
      data: {
        slug: claimSlug(input.statement),
        articleId: input.articleId,
        statement: input.statement,
        claimant: input.claimant,
        kind: input.kind,
        tags: input.tags,
        assigneeId: input.assigneeId,
        createdById: actorId,
        anchors: { create: { versionId: version.id, outcome: "created", ...anchor } },
        quantities: { create: quantities.map((q, position) => ({ ...q, position })) },
      },
      select: { id: true, slug: true },
    });
    if (fromSuggestionId) {
      const accepted = await tx.suggestion.updateMany({
        where: { id: fromSuggestionId, versionId: version.id, status: "pending" },
        data: { status: "accepted", claimId: claim.id, decidedById: actorId, decidedAt: new Date() },
      });
      if (accepted.count === 0) throw invalid("This suggestion was already accepted or dismissed.", "suggestionId");
    }
    await recordActivity(tx, actorId, {
      kind: "claim.created",
      articleId: input.articleId,
      claimId: claim.id,
      data: { statement: input.statement, quote: anchor.exact, fromSuggestion: Boolean(fromSuggestionId) },
    });
    return claim;
  });
}
