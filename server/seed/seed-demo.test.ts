import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "../database/open-database";
import { createTestDatabase } from "../testing/test-database";
import { demoArticle, seedDemoData } from "./seed-demo";

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.close());

it("seeds one user per role and the demo story as version 1, once", async () => {
  expect(await seedDemoData(db.prisma)).toBe(true);
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

  await db.prisma.user.update({ where: { email: "editor@claimtrail.test" }, data: { name: "Renamed" } });
  expect(await seedDemoData(db.prisma)).toBe(false);
  expect(await db.prisma.user.count()).toBe(3);
  expect(await db.prisma.article.count()).toBe(1);
  expect((await db.prisma.user.findUniqueOrThrow({ where: { email: "editor@claimtrail.test" } })).name).toBe("Renamed");
});
