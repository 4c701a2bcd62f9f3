// Demo data for a new database: one user per role and the AFP Aleppo story as version 1, with its
// suggested claims and its fact-check in every workflow state. Runs only on a database without
// users, so a second start never re-seeds.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient, Role } from "../generated/prisma/client";
import { prepareArticleText, writeImportedArticle } from "../articles/import-article";
import { hashPassword } from "../auth/password";
import { seedDemoVerdicts } from "./seed-demo-verdicts";

export const demoUsers: { email: string; name: string; role: Role; password: string }[] = [
  { email: "journalist@claimtrail.test", name: "Jamie Journalist", role: "journalist", password: "demo-journalist-aleppo" },
  { email: "editor@claimtrail.test", name: "Eden Editor", role: "editor", password: "demo-editor-aleppo" },
  { email: "admin@claimtrail.test", name: "Ari Admin", role: "admin", password: "demo-admin-aleppo" },
];

const demoStoryPath = path.join(process.cwd(), "prisma", "fixtures", "aleppo-ceasefire-2016-10-20.v1.txt");

export const demoArticle = {
  title: "Russia's Aleppo ceasefire begins but clashes erupt",
  publisher: "AFP",
  publishedAt: new Date("2016-10-20T09:00:00Z"),
};

export async function seedDemoData(prisma: PrismaClient): Promise<boolean> {
  if ((await prisma.user.count()) > 0) return false;
  const prepared = prepareArticleText(readFileSync(demoStoryPath, "utf8"));
  const users = await Promise.all(
    demoUsers.map(async ({ password, ...user }) => ({ ...user, passwordHash: await hashPassword(password) })),
  );
  const story = await prisma.$transaction(async (tx) => {
    await tx.user.createMany({ data: users });
    const journalist = await tx.user.findUniqueOrThrow({ where: { email: demoUsers[0]!.email } });
    const editor = await tx.user.findUniqueOrThrow({ where: { email: demoUsers[1]!.email } });
    const imported = await writeImportedArticle(tx, journalist.id, { ...demoArticle, byline: undefined, text: prepared.text, captureMethod: "seeded" }, prepared);
    return { ...imported, text: prepared.text, journalistId: journalist.id, editorId: editor.id };
  });
  await seedDemoVerdicts(prisma, { articleId: story.id, versionId: story.versionId, text: story.text }, story);
  return true;
}
