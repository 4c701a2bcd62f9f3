// Saves a claim's editable fields only if nobody saved it since the editor loaded it: a stale
// save is refused with the current values, never silently overwriting a colleague's work.
import type { z } from "zod";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { recordActivity } from "../activity/record-activity";
import { conflict, invalid, notFound } from "../errors";
import type { updateClaimInput } from "./claim-schemas";
import { assertAssignable } from "./create-claim";

const editableClaimSelect = {
  id: true,
  articleId: true,
  statement: true,
  claimant: true,
  kind: true,
  tags: true,
  assigneeId: true,
  revision: true,
  deletedAt: true,
  quantities: { orderBy: { position: "asc" }, select: { value: true, unit: true, qualifier: true, counted: true, text: true } },
} satisfies Prisma.ClaimSelect;

type Editable = Prisma.ClaimGetPayload<{ select: typeof editableClaimSelect }>;

function snapshot(claim: Pick<Editable, "statement" | "claimant" | "kind" | "tags" | "assigneeId" | "quantities">) {
  return {
    statement: claim.statement,
    claimant: claim.claimant,
    kind: claim.kind,
    tags: claim.tags,
    assigneeId: claim.assigneeId,
    quantities: claim.quantities.map((q) => q.text),
  };
}

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = Object.keys(after).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key]])),
    after: Object.fromEntries(keys.map((key) => [key, after[key]])),
  };
}

export function updateClaim(prisma: PrismaClient, actorId: string, input: z.output<typeof updateClaimInput>) {
  return prisma.$transaction(async (tx) => {
    const current = await tx.claim.findUnique({ where: { id: input.claimId }, select: editableClaimSelect });
    if (!current) throw notFound("The claim");
    if (current.deletedAt) throw invalid("This claim was deleted; restore it before editing.");
    if (current.revision !== input.revision) {
      throw conflict("Someone else saved this claim while you were editing it. Their version is shown below; review it and save again.", {
        current,
      });
    }
    await assertAssignable(tx, input.assigneeId);
    const saved = await tx.claim.updateMany({
      where: { id: input.claimId, revision: input.revision },
      data: {
        statement: input.statement,
        claimant: input.claimant,
        kind: input.kind,
        tags: input.tags,
        assigneeId: input.assigneeId,
        revision: { increment: 1 },
      },
    });
    if (saved.count === 0) {
      const latest = await tx.claim.findUnique({ where: { id: input.claimId }, select: editableClaimSelect });
      throw conflict("Someone else saved this claim at the same moment. Their version is shown below; review it and save again.", {
        current: latest,
      });
    }
    const quantities = input.quantities ?? current.quantities;
    if (input.quantities) {
      await tx.claimQuantity.deleteMany({ where: { claimId: input.claimId } });
      await tx.claimQuantity.createMany({
        data: input.quantities.map((q, position) => ({ ...q, position, claimId: input.claimId })),
      });
    }
    const diff = changedFields(snapshot(current), snapshot({ ...input, quantities }));
    if (Object.keys(diff.after).length > 0) {
      await recordActivity(tx, actorId, { kind: "claim.updated", articleId: current.articleId, claimId: current.id, data: diff });
    }
    return { id: current.id, revision: current.revision + 1 };
  });
}
