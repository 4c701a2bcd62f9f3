// An editor decides on a proposed verdict: approving publishes it (a snapshot of the public
// fields, the previous published verdict superseded), requesting changes sends it back.
import type { z } from "zod";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { recordActivity } from "../activity/record-activity";
import { claimSlug } from "../claims/create-claim";
import { conflict, forbidden, invalid, notFound } from "../errors";
import { claimPageTags, recordPublicChange } from "../publication/public-change-log";
import type { PublishedSnapshot } from "./published-snapshot";
import { verdictStatusLabel } from "./workflow-labels";
import type { approveVerdictInput, requestChangesInput } from "./verdict-schemas";

const reviewedVerdictSelect = {
  id: true,
  status: true,
  rating: true,
  rationale: true,
  proposedById: true,
  reviewedAt: true,
  reviewedBy: { select: { name: true } },
  sources: { select: { stance: true, source: { select: { title: true, url: true, publisher: true, kind: true } } } },
  claim: {
    select: {
      id: true,
      slug: true,
      articleId: true,
      revision: true,
      statement: true,
      claimant: true,
      kind: true,
      deletedAt: true,
      publicVerdictId: true,
      article: { select: { slug: true } },
    },
  },
} satisfies Prisma.VerdictSelect;

type ReviewedVerdict = Prisma.VerdictGetPayload<{ select: typeof reviewedVerdictSelect }>;

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** The CONFLICT a reviewer gets when someone else decided first: says who did what, and when. */
function alreadyDecided(verdict: Pick<ReviewedVerdict, "status" | "reviewedAt" | "reviewedBy">) {
  const who = verdict.reviewedBy?.name ?? "Someone";
  const when = verdict.reviewedAt ? ` on ${dateFormat.format(verdict.reviewedAt)} UTC` : "";
  const what =
    verdict.status === "approved" ? "approved it" : verdict.status === "changes_requested" ? "requested changes" : verdictStatusLabel[verdict.status].toLowerCase();
  return conflict(`This verdict is no longer waiting for review: ${who} ${what}${when}.`, { status: verdict.status });
}

async function proposedVerdict(tx: Prisma.TransactionClient, verdictId: string) {
  const verdict = await tx.verdict.findUnique({ where: { id: verdictId }, select: reviewedVerdictSelect });
  if (!verdict) throw notFound("The verdict");
  if (verdict.claim.deletedAt) throw invalid("This claim was deleted; restore it before reviewing its verdict.");
  return verdict;
}

function snapshotOf(verdict: ReviewedVerdict): PublishedSnapshot {
  return {
    statement: verdict.claim.statement,
    claimant: verdict.claim.claimant,
    kind: verdict.claim.kind,
    rating: verdict.rating,
    rationale: verdict.rationale,
    sources: verdict.sources.map(({ stance, source }) => ({ ...source, stance })),
  };
}

export function approveVerdict(prisma: PrismaClient, actorId: string, input: z.output<typeof approveVerdictInput>) {
  return prisma.$transaction(async (tx) => {
    const verdict = await proposedVerdict(tx, input.verdictId);
    const { claim } = verdict;
    if (verdict.proposedById === actorId) {
      throw forbidden("You proposed this verdict, so another editor must approve it.");
    }
    if (verdict.status !== "proposed") throw alreadyDecided(verdict);
    if (claim.revision !== input.claimRevision) {
      throw conflict("The claim was edited after you opened it. Reload it and review the current text before approving.");
    }
    const now = new Date();
    const decided = await tx.verdict.updateMany({
      where: { id: verdict.id, status: "proposed" },
      data: { status: "approved", reviewedById: actorId, reviewedAt: now, publishedAt: now, snapshot: snapshotOf(verdict) },
    });
    if (decided.count === 0) throw alreadyDecided(await tx.verdict.findUniqueOrThrow({ where: { id: verdict.id }, select: reviewedVerdictSelect }));
    const revised = await tx.verdict.updateMany({
      where: { claimId: claim.id, status: "approved", id: { not: verdict.id } },
      data: { status: "superseded" },
    });
    // A claim's public address is made from the approved statement when it is first published,
    // never from a draft, and stays the same afterwards.
    const slug = claim.publicVerdictId === null ? claimSlug(claim.statement) : claim.slug;
    const published = await tx.claim.updateMany({
      where: { id: claim.id, revision: input.claimRevision },
      data: { reviewState: "approved", needsRecheck: false, publicVerdictId: verdict.id, publicUpdatedAt: now, slug },
    });
    if (published.count === 0) throw conflict("The claim was edited while you approved it. Reload it and review the current text.");
    await recordActivity(tx, actorId, {
      kind: "verdict.approved",
      articleId: claim.articleId,
      claimId: claim.id,
      subjectId: verdict.id,
      data: { rating: verdict.rating, revision: revised.count > 0 },
    });
    await recordPublicChange(tx, claimPageTags(slug, claim.article.slug));
    return { slug };
  });
}

export function requestChanges(prisma: PrismaClient, actorId: string, input: z.output<typeof requestChangesInput>) {
  return prisma.$transaction(async (tx) => {
    const verdict = await proposedVerdict(tx, input.verdictId);
    if (verdict.status !== "proposed") throw alreadyDecided(verdict);
    const decided = await tx.verdict.updateMany({
      where: { id: verdict.id, status: "proposed" },
      data: { status: "changes_requested", reviewedById: actorId, reviewedAt: new Date(), reviewComment: input.comment },
    });
    if (decided.count === 0) throw alreadyDecided(await tx.verdict.findUniqueOrThrow({ where: { id: verdict.id }, select: reviewedVerdictSelect }));
    await tx.claim.update({ where: { id: verdict.claim.id }, data: { reviewState: "changes_requested" } });
    await recordActivity(tx, actorId, {
      kind: "verdict.changes_requested",
      articleId: verdict.claim.articleId,
      claimId: verdict.claim.id,
      subjectId: verdict.id,
      data: { comment: input.comment.slice(0, 200) },
    });
    return { verdictId: verdict.id };
  });
}
