// A journalist corrects where a claim stands in the article's current version: on a passage they
// chose (selected in the text, or a candidate confirmed), or nowhere (removed from this version).
// The claim's Anchor for that version becomes `corrected`, with who and when, the passage's
// selectors, and what changed since the earlier version worked out as the engine would; a
// published claim whose text changed is flagged for re-check. Serialised with adding versions, so
// a correction never lands on a version that is no longer current.
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { recordActivity } from "../activity/record-activity";
import { classifyChange, type ChangeReport } from "../anchoring/classify-change";
import { sentencesIn } from "../anchoring/snap-span";
import { anchorInText } from "../claims/text-quote-anchor";
import { conflict, invalid, notFound } from "../errors";
import { claimPageTags, recordPublicChange } from "../publication/public-change-log";
import { quoteAnchor, type QuoteAnchor } from "../text/quote-anchor";
import { splitSentences } from "../text/split-sentences";
import { words } from "../text/words";
import { anchorChangesJson } from "./anchor-changes";
import type { CorrectAnchorInput } from "./anchor-correction-schemas";
import { findClaimInCurrentVersion } from "./find-claim-in-current-version";

const nothingChanged: ChangeReport = { diff: [], numbers: [], changes: [] };

export function correctAnchor(prisma: PrismaClient, actorId: string, input: CorrectAnchorInput) {
  return prisma.$transaction(async (tx) => {
    const owner = await tx.claim.findUnique({ where: { id: input.claimId }, select: { articleId: true } });
    if (!owner) throw notFound("The claim");
    // A version being added to this article at the same moment waits here, or makes us wait.
    await tx.$queryRaw`SELECT "id" FROM "Article" WHERE "id" = ${owner.articleId} FOR UPDATE`;
    await assertCurrentVersion(tx, owner.articleId, input.versionId);
    const { claim, article, current, anchor, previous } = await findClaimInCurrentVersion(tx, input.claimId);

    const passage = input.passage ? passageIn(current.text, input.passage) : null;
    if (anchor?.outcome === "corrected" && (passage ? anchor.start === passage.start && anchor.end === passage.end : anchor.exact === null)) {
      throw invalid(passage ? `The claim already stands on this passage in version ${current.number}.` : `The claim is already marked removed from version ${current.number}.`);
    }
    const report = passage ? changeSince(previous.anchor, previous.version.text, passage, current.text) : nothingChanged;
    const selectors = passage ?? { exact: null, prefix: null, suffix: null, start: null, end: null };
    const corrected = {
      outcome: "corrected" as const,
      ...selectors,
      score: null,
      diff: report.diff as Prisma.InputJsonValue,
      changes: anchorChangesJson({ kinds: report.changes, figures: report.numbers }),
      correctedById: actorId,
      correctedAt: new Date(),
    };
    await tx.anchor.upsert({
      where: { claimId_versionId: { claimId: claim.id, versionId: current.id } },
      create: { claimId: claim.id, versionId: current.id, ...corrected },
      update: corrected,
    });

    const textChanged = !passage || reworded(previous.anchor.exact, passage.exact);
    const flagged = textChanged && claim.publicVerdict?.status === "approved";
    if (flagged) await tx.claim.update({ where: { id: claim.id }, data: { needsRecheck: true } });
    if (claim.publicVerdict) await recordPublicChange(tx, claimPageTags(claim.slug, article.slug));
    await recordActivity(tx, actorId, {
      kind: "claim.anchor_corrected",
      articleId: article.id,
      claimId: claim.id,
      data: {
        versionNumber: current.number,
        before: { outcome: anchor?.outcome ?? null, quote: anchor?.exact ?? null },
        after: { outcome: "corrected", quote: passage?.exact ?? null },
        changes: report.changes,
      },
    });
    return { versionNumber: current.number, passage, changes: report.changes, figures: report.numbers, flagged };
  });
}

async function assertCurrentVersion(tx: Prisma.TransactionClient, articleId: string, versionId: string) {
  const [version, latest] = await Promise.all([
    tx.articleVersion.findUnique({ where: { id: versionId }, select: { articleId: true, number: true } }),
    tx.articleVersion.findFirst({ where: { articleId }, orderBy: { number: "desc" }, select: { id: true, number: true } }),
  ]);
  if (!version) throw notFound("The article version");
  if (version.articleId !== articleId) throw invalid("This version belongs to another article than the claim.", "versionId");
  if (latest && latest.id !== versionId) {
    throw conflict(`Version ${version.number} is no longer the current version of this article: version ${latest.number} was added since. Reload the article and correct the claim there.`);
  }
}

/** The selected passage, checked against the text, without blank space at either end. */
function passageIn(text: string, selected: { start: number; end: number; exact: string }): QuoteAnchor {
  let { start, end } = anchorInText(text, selected);
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return quoteAnchor(text, start, end);
}

/** What changed from the earlier passage, in the engine's terms. */
function changeSince(before: QuoteAnchor, beforeText: string, after: QuoteAnchor, afterText: string): ChangeReport {
  if (before.exact === after.exact) return nothingChanged;
  const split = sentencesIn(splitSentences(afterText), after) > sentencesIn(splitSentences(beforeText), before);
  return classifyChange(before.exact, after.exact, { start: 0, end: after.exact.length }, { joined: false, split });
}

/** Whether the claim's text changed: a passage word for word the same (spacing, punctuation aside) did not. */
function reworded(before: string, after: string): boolean {
  return words(before).join(" ") !== words(after).join(" ");
}
