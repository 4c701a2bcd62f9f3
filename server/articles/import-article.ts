// Imports an article as version 1: normalised text, suggested claims and the activity entry,
// all in one transaction.
import { createHash } from "node:crypto";
import type { z } from "zod";
import type { CaptureMethod, Prisma, PrismaClient } from "../generated/prisma/client";
import { recordActivity } from "../activity/record-activity";
import { invalid } from "../errors";
import { suggestClaims } from "../suggestions/suggest-claims";
import { maxArticleChars, type importArticleInput } from "./article-schemas";
import { uniqueSlug } from "./make-slug";
import { normalizeArticleText } from "./normalize-article-text";

export const contentHash = (text: string) => createHash("sha256").update(text).digest("hex");

type ArticleImport = Omit<z.output<typeof importArticleInput>, "captureMethod"> & { captureMethod: CaptureMethod };

export async function importArticle(prisma: PrismaClient, actorId: string, input: ArticleImport) {
  const prepared = prepareArticleText(input.text);
  return prisma.$transaction((tx) => writeImportedArticle(tx, actorId, input, prepared));
}

type PreparedText = { text: string; suggestions: ReturnType<typeof suggestClaims> };

/** Normalises and checks the text and finds its suggested claims: CPU work kept out of any transaction. */
export function prepareArticleText(raw: string): PreparedText {
  const text = normalizeArticleText(raw);
  if (!text) throw invalid("The text is empty once blank space is removed.", "text");
  if (text.length > maxArticleChars) {
    throw invalid(`The text is too long: ${text.length.toLocaleString("en")} characters, the limit is ${maxArticleChars.toLocaleString("en")}.`, "text");
  }
  return { text, suggestions: suggestClaims(text) };
}

/** The import itself, inside a transaction the caller owns (the demo seed shares one with its users). */
export async function writeImportedArticle(
  tx: Prisma.TransactionClient,
  actorId: string,
  input: ArticleImport,
  { text, suggestions }: PreparedText,
) {
  const slug = await uniqueSlug(input.title, async (s) => (await tx.article.count({ where: { slug: s } })) > 0);
  const article = await tx.article.create({
    data: {
      slug,
      title: input.title,
      publisher: input.publisher,
      byline: input.byline ?? null,
      canonicalUrl: input.canonicalUrl ?? null,
      publishedAt: input.publishedAt ?? null,
      createdById: actorId,
    },
  });
  const version = await tx.articleVersion.create({
    data: {
      articleId: article.id,
      number: 1,
      text,
      contentHash: contentHash(text),
      captureMethod: input.captureMethod,
      sourceUrl: input.sourceUrl ?? null,
      capturedById: actorId,
    },
  });
  await tx.suggestion.createMany({
    data: suggestions.map((s) => ({
      versionId: version.id,
      start: s.start,
      end: s.end,
      exact: s.exact,
      score: s.score,
      reasons: s.reasons,
      claimant: s.claimant ?? null,
      kind: s.kind,
    })),
  });
  await recordActivity(tx, actorId, {
    kind: "article.imported",
    articleId: article.id,
    data: { versionNumber: 1, captureMethod: input.captureMethod },
  });
  return { id: article.id, slug: article.slug, versionId: version.id, suggestionCount: suggestions.length };
}
