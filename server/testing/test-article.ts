// Imports the demo story through the real import service, for tests that need claims to work on.
import { readFileSync } from "node:fs";
import path from "node:path";
import { importArticleInput } from "../articles/article-schemas";
import { importArticle } from "../articles/import-article";
import type { Database } from "../database/open-database";

export const demoStoryText = readFileSync(path.join(process.cwd(), "prisma", "fixtures", "aleppo-ceasefire-2016-10-20.v1.txt"), "utf8");

export async function importDemoStory(db: Database, actorId: string, title = "Russia's Aleppo ceasefire begins but clashes erupt") {
  const input = importArticleInput.parse({ title, publisher: "AFP", text: demoStoryText });
  const { id } = await importArticle(db.prisma, actorId, input);
  const version = await db.prisma.articleVersion.findFirstOrThrow({ where: { articleId: id } });
  return { articleId: id, versionId: version.id, text: version.text };
}

export function passage(text: string, phrase: string) {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  return { start, end: start + phrase.length, exact: phrase };
}
