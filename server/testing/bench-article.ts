// For benchmarks: a throwaway PGlite folder with the demo data and an article of four copies of
// the demo story carrying `claimCount` claims (each sentence once whole and once by its first half,
// so half of them overlap).
import { rmSync } from "node:fs";
import path from "node:path";
import { importArticleInput } from "../articles/article-schemas";
import { importArticle } from "../articles/import-article";
import { createClaim } from "../claims/create-claim";
import { openDatabase } from "../database/open-database";
import { prepareDatabase } from "../database/prepare-database";
import { demoUsers } from "../seed/seed-demo";
import { sentenceQuotes } from "../text/split-sentences";
import { demoStoryText } from "./test-article";

export const storyTimesFour = (story: string) => Array.from({ length: 4 }, (_, i) => `Part ${i + 1}\n\n${story}`).join("\n\n");

export async function seedArticleWithClaims(dataDir: string, claimCount: number) {
  rmSync(path.dirname(dataDir), { recursive: true, force: true });
  const db = await openDatabase({ kind: "pglite", dataDir });
  await prepareDatabase(db, { seed: true, passwords: "documented" });
  const journalist = await db.prisma.user.findUniqueOrThrow({ where: { email: demoUsers[0]!.email } });
  const { id, slug } = await importArticle(db.prisma, journalist.id, importArticleInput.parse({ title: `Bench: ${claimCount} claims`, publisher: "Bench", text: storyTimesFour(demoStoryText) }));
  const version = await db.prisma.articleVersion.findFirstOrThrow({ where: { articleId: id } });
  const sentences = sentenceQuotes(version.text).filter((s) => s.exact.split(" ").length >= 6);
  const passages = sentences.flatMap((s) => {
    const half = s.exact.lastIndexOf(" ", Math.floor(s.exact.length / 2));
    return [s, { start: s.start, end: s.start + half, exact: s.exact.slice(0, half) }];
  });
  for (const anchor of passages.slice(0, claimCount)) {
    await createClaim(db.prisma, journalist.id, { articleId: id, versionId: version.id, anchor, statement: anchor.exact, claimant: null, kind: "other", tags: [], assigneeId: null });
  }
  const claims = await db.prisma.claim.count({ where: { articleId: id } });
  return { db, articleId: id, slug, claims, chars: version.text.length, journalistId: journalist.id };
}
