// Demo data for a new database: one user per role and the AFP Aleppo story as version 1, with its
// suggested claims and its fact-check in every workflow state. Runs only on a database without
// users, so a second start never re-seeds.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient, Role } from "../generated/prisma/client";
import { prepareArticleText, writeImportedArticle } from "../articles/import-article";
import { hashPassword } from "../auth/password";
import type { DemoPasswords } from "./demo-seeding";
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

export type DemoSignIn = { email: string; password: string };

// Returns the sign-ins it created (null when the database already had users).
export async function seedDemoData(prisma: PrismaClient, { passwords = "documented" }: { passwords?: DemoPasswords } = {}): Promise<DemoSignIn[] | null> {
  if ((await prisma.user.count()) > 0) return null;
  const prepared = prepareArticleText(readFileSync(demoStoryPath, "utf8"));
  const signIns = demoUsers.map(({ email, password }) => ({ email, password: passwords === "documented" ? password : randomBytes(15).toString("base64url") }));
  const users = await Promise.all(
    demoUsers.map(async ({ password: _documented, ...user }, i) => ({ ...user, passwordHash: await hashPassword(signIns[i]!.password) })),
  );
  const story = await prisma.$transaction(async (tx) => {
    await tx.user.createMany({ data: users });
    const journalist = await tx.user.findUniqueOrThrow({ where: { email: demoUsers[0]!.email } });
    const editor = await tx.user.findUniqueOrThrow({ where: { email: demoUsers[1]!.email } });
    const imported = await writeImportedArticle(tx, journalist.id, { ...demoArticle, byline: undefined, text: prepared.text, captureMethod: "seeded" }, prepared);
    return { ...imported, text: prepared.text, journalistId: journalist.id, editorId: editor.id };
  });
  await seedDemoVerdicts(prisma, { articleId: story.id, versionId: story.versionId, text: story.text }, story);
  return signIns;
}
