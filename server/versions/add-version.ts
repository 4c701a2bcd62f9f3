// Adds a new version of an article: in one transaction, the version is stored, every live claim is
// found again in it (an Anchor per claim, with outcome, score, diff, change kinds and figures),
// published claims whose text changed are flagged for re-check, sentences new in this version
// are offered as suggestions, and the activity is recorded. Versions of one article are serialised.
import type { z } from "zod";
import type { CaptureMethod, Prisma, PrismaClient } from "../generated/prisma/client";
import { recordActivity } from "../activity/record-activity";
import { contentHash, prepareArticleText } from "../articles/import-article";
import { invalid, notFound } from "../errors";
import { reanchorClaims, type ReanchorResult } from "../anchoring/reanchor";
import { articleTag, claimPageTags, listTag, recordPublicChange } from "../publication/public-change-log";
import { anchorChangesJson } from "./anchor-changes";
import type { addVersionInput } from "./version-schemas";

type NewVersion = z.output<typeof addVersionInput> & { captureMethod: CaptureMethod; sourceUrl?: string };

const storedOutcome = (result: ReanchorResult) => (result.outcome === "unanchored" ? "removed" : result.outcome);

export async function addArticleVersion(prisma: PrismaClient, actorId: string, input: NewVersion) {
  const prepared = prepareArticleText(input.text);
  return prisma.$transaction(
    async (tx) => {
      // Two versions sent at once for one article: the second waits here for the first.
      await tx.$queryRaw`SELECT "id" FROM "Article" WHERE "id" = ${input.articleId} FOR UPDATE`;
      const article = await tx.article.findUnique({
        where: { id: input.articleId },
        select: { id: true, slug: true, deletedAt: true, versions: { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true, text: true, contentHash: true } } },
      });
      if (!article || article.deletedAt) throw notFound("The article");
      const previous = article.versions[0];
      if (!previous) throw notFound("The article's text");
      if (previous.contentHash === contentHash(prepared.text)) {
        throw invalid(`This text is the same as the current version (version ${previous.number}): no version was added.`, "text");
      }

      const claims = await liveClaimsWithAnchor(tx, article.id, previous.id);
      const anchored = claims.flatMap(({ id, anchor }) => (anchor?.exact != null && anchor.start != null && anchor.end != null ? [{ id, exact: anchor.exact, prefix: anchor.prefix ?? "", suffix: anchor.suffix ?? "", start: anchor.start, end: anchor.end }] : []));
      const results = reanchorClaims(previous.text, prepared.text, anchored);
      const resultOf = new Map(results.map((r) => [r.id, r]));

      const version = await tx.articleVersion.create({
        data: { articleId: article.id, number: previous.number + 1, text: prepared.text, contentHash: contentHash(prepared.text), captureMethod: input.captureMethod, sourceUrl: input.sourceUrl ?? null, capturedById: actorId },
        select: { id: true, number: true },
      });
      await tx.anchor.createMany({
        data: claims.map(({ id }) => {
          const result = resultOf.get(id);
          if (!result || result.start === undefined) {
            return { claimId: id, versionId: version.id, outcome: "removed" as const, score: 0, changes: result?.problem ? { problem: result.problem } : undefined };
          }
          return {
            claimId: id,
            versionId: version.id,
            outcome: storedOutcome(result),
            exact: result.exact,
            prefix: result.prefix,
            suffix: result.suffix,
            start: result.start,
            end: result.end,
            score: result.score,
            diff: result.diff as Prisma.InputJsonValue,
            changes: anchorChangesJson({ kinds: result.changes, figures: result.numbers }),
          };
        }),
      });

      const changedIds = claims.filter(({ id }) => ["modified", "removed", "unanchored"].includes(resultOf.get(id)?.outcome ?? "removed")).map((c) => c.id);
      const published = claims.filter((c) => c.publicVerdict);
      const flagged = published.filter((c) => changedIds.includes(c.id) && c.publicVerdict?.status === "approved");
      if (flagged.length > 0) await tx.claim.updateMany({ where: { id: { in: flagged.map((c) => c.id) } }, data: { needsRecheck: true } });

      // New sentences are scanned; suggestions still pending on sentences that stayed are carried
      // over; a sentence once dismissed or accepted is not offered again.
      const fresh = prepared.suggestions.filter((s) => !previous.text.includes(s.exact));
      const pending = await tx.suggestion.findMany({ where: { versionId: previous.id, status: "pending" } });
      const carried = pending.flatMap((s) => {
        const start = prepared.text.indexOf(s.exact);
        return start < 0 ? [] : [{ ...s, start, end: start + s.exact.length }];
      });
      await tx.suggestion.createMany({
        data: [...fresh, ...carried].map((s) => ({
          versionId: version.id,
          start: s.start,
          end: s.end,
          exact: s.exact,
          score: s.score,
          reasons: s.reasons as Prisma.InputJsonValue,
          claimant: s.claimant ?? null,
          kind: s.kind,
        })),
        skipDuplicates: true,
      });

      const summary = summarise(claims.map(({ id }) => resultOf.get(id)), fresh.length);
      await recordActivity(tx, actorId, { kind: "article.version_added", articleId: article.id, data: { versionNumber: version.number, captureMethod: input.captureMethod, ...summary } });
      if (published.length > 0) {
        await recordPublicChange(tx, [articleTag(article.slug), listTag, ...published.flatMap((c) => claimPageTags(c.slug, article.slug))]);
      }
      return { versionId: version.id, number: version.number, summary, flagged: flagged.length };
    },
    { timeout: 30_000 },
  );
}

function liveClaimsWithAnchor(tx: Prisma.TransactionClient, articleId: string, versionId: string) {
  return tx.claim
    .findMany({
      where: { articleId, deletedAt: null },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        slug: true,
        publicVerdict: { select: { status: true } },
        anchors: { where: { versionId }, select: { exact: true, prefix: true, suffix: true, start: true, end: true } },
      },
    })
    .then((rows) => rows.map(({ anchors, ...claim }) => ({ ...claim, anchor: anchors[0] ?? null })));
}

export type VersionSummary = { unchanged: number; moved: number; modified: number; figuresRevised: number; removed: number; newSuggestions: number };

function summarise(results: (ReanchorResult | undefined)[], newSuggestions: number): VersionSummary {
  const count = (outcome: string) => results.filter((r) => (r ? storedOutcome(r) : "removed") === outcome).length;
  return {
    unchanged: count("unchanged"),
    moved: count("moved"),
    modified: count("modified"),
    figuresRevised: results.filter((r) => r?.outcome === "modified" && r.changes.includes("figure-revised")).length,
    removed: count("removed"),
    newSuggestions,
  };
}
