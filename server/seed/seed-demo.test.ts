import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "../database/open-database";
import { verifyPassword } from "../auth/password";
import { createTestDatabase } from "../testing/test-database";
import { demoArticle, demoUsers, seedDemoData } from "./seed-demo";

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

it("seeds one user per role and the demo story as version 1, once", async () => {
  expect(await seedDemoData(db.prisma)).toEqual(demoUsers.map(({ email, password }) => ({ email, password })));
  const roles = (await db.prisma.user.findMany({ orderBy: { role: "asc" } })).map((u) => u.role);
  expect(roles).toEqual(["journalist", "editor", "admin"]);
  const article = await db.prisma.article.findUniqueOrThrow({
    where: { slug: "russias-aleppo-ceasefire-begins-but-clashes-erupt" },
    include: { versions: { include: { suggestions: true } } },
  });
  expect(article.title).toBe(demoArticle.title);
  expect(article.versions).toHaveLength(1);
  expect(article.versions[0]!.text).toMatch(/^A "humanitarian pause" took effect Thursday/);
  expect(article.versions[0]!.text).not.toMatch(/Sign up to the newsletter|Support Us|reading time/);
  expect(article.versions[0]!.captureMethod).toBe("seeded");
  expect(article.versions[0]!.suggestions.length).toBeGreaterThan(5);

  const claims = await db.prisma.claim.findMany({ where: { articleId: article.id }, include: { verdicts: true, sources: true } });
  expect(claims.every((c) => c.sources.length === 1)).toBe(true);
  const states = claims.map((c) => c.reviewState).sort();
  expect(states).toEqual(["approved", "approved", "approved", "changes_requested", "open", "proposed"]);
  const statuses = claims.flatMap((c) => c.verdicts.map((v) => v.status)).sort();
  expect(statuses).toEqual(["approved", "approved", "approved", "changes_requested", "proposed", "withdrawn"]);
  const trapped = claims.find((c) => c.statement.includes("250,000"))!;
  expect(trapped.verdicts[0]).toMatchObject({ rating: "mostly_true", status: "approved" });
  expect(claims.find((c) => c.claimant === "Washington")!.verdicts[0]).toMatchObject({ rating: "true", status: "approved" });
  expect(claims.flatMap((c) => c.verdicts).every((v) => v.rationale.startsWith("*Demo content"))).toBe(true);

  await db.prisma.user.update({ where: { email: "editor@claimtrail.test" }, data: { name: "Renamed" } });
  expect(await seedDemoData(db.prisma)).toBeNull();
  expect(await db.prisma.user.count()).toBe(3);
  expect(await db.prisma.article.count()).toBe(1);
  expect((await db.prisma.user.findUniqueOrThrow({ where: { email: "editor@claimtrail.test" } })).name).toBe("Renamed");
});

it("gives the demo accounts random passwords when asked, and only those sign in", async () => {
  const other = await createTestDatabase();
  try {
    const signIns = (await seedDemoData(other.prisma, { passwords: "random" }))!;
    for (const [i, { email, password }] of signIns.entries()) {
      expect(password).not.toBe(demoUsers[i]!.password);
      const { passwordHash } = await other.prisma.user.findUniqueOrThrow({ where: { email } });
      expect(await verifyPassword(passwordHash, password)).toBe(true);
      expect(await verifyPassword(passwordHash, demoUsers[i]!.password)).toBe(false);
    }
  } finally {
    await other.close();
  }
});
