import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../database/open-database";
import { seedDemoData } from "../seed/seed-demo";
import { createTestDatabase } from "../testing/test-database";
import { trpcErrorOf } from "../testing/trpc-error";
import { callerFor, createTestUser } from "../testing/test-users";

const v2 = readFileSync(path.join(process.cwd(), "server", "anchoring", "fixtures", "aleppo-ceasefire-2016-10-20.v2.txt"), "utf8");
const v3 = v2.replace("More than 2,000 people have been wounded", "More than 2,500 people have been wounded");
const slug = "russias-aleppo-ceasefire-begins-but-clashes-erupt";

let db: Database;
let api: ReturnType<typeof callerFor>;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.prisma);
  api = callerFor(db, await createTestUser(db, "journalist"));
});
afterAll(() => db.close());

describe("comparing versions", () => {
  it("refuses an article with a single version, with a clear message", async () => {
    const error = await trpcErrorOf(api.articles.compareVersions({ slug }));
    expect([error.code, error.message]).toEqual(["BAD_REQUEST", "This article has one version only: add a new version to compare it with."]);
  });

  it("compares the two newest versions by default: stored outcomes, the summary and a word-level diff", async () => {
    const articleId = (await db.prisma.article.findUniqueOrThrow({ where: { slug } })).id;
    const added = await api.articles.addVersion({ articleId, text: v2 });
    const comparison = await api.articles.compareVersions({ slug });
    expect([comparison.from.number, comparison.to.number]).toEqual([1, 2]);
    const { added: _added, ...summary } = comparison.summary;
    expect(summary).toEqual(added.summary);
    const trapped = comparison.claims.find((c) => c.statement.includes("250,000"))!;
    expect(trapped).toMatchObject({ outcome: "modified", kinds: ["figure-revised"], figures: [{ old: "250,000", new: "275,000" }] });
    expect(trapped.before!.exact).toContain("250,000");
    expect(trapped.after!.exact).toContain("275,000");
    expect(comparison.diff).toContainEqual({ op: "delete", text: "250,000" });
    expect(comparison.diff).toContainEqual({ op: "insert", text: "275,000" });
    const rebuilt = comparison.diff.filter((p) => p.op !== "delete").map((p) => p.text).join("");
    expect(rebuilt).toBe(comparison.to.text);
  });

  it("reads outcomes from the passages across several versions", async () => {
    const articleId = (await db.prisma.article.findUniqueOrThrow({ where: { slug } })).id;
    await api.articles.addVersion({ articleId, text: v3 });
    const comparison = await api.articles.compareVersions({ slug, from: 1, to: 3 });
    const wounded = comparison.claims.find((c) => c.before?.exact.includes("2,000 people"));
    expect(wounded).toMatchObject({ outcome: "modified", figures: expect.arrayContaining([expect.objectContaining({ old: "2,000", new: "2,500" })]) });
    const unchanged = comparison.claims.find((c) => c.claimant === "Washington");
    expect(unchanged?.outcome).toMatch(/unchanged|moved/);
  });

  it("refuses versions in the wrong order or that do not exist", async () => {
    const reversed = await trpcErrorOf(api.articles.compareVersions({ slug, from: 2, to: 1 }));
    expect([reversed.code, reversed.message]).toEqual(["BAD_REQUEST", expect.stringContaining("Choose an earlier version first, then a later one.")]);
    const missing = await trpcErrorOf(api.articles.compareVersions({ slug, from: 1, to: 9 }));
    expect([missing.code, missing.message]).toEqual(["NOT_FOUND", "Version 9 of this article was not found."]);
    expect((await trpcErrorOf(api.articles.compareVersions({ slug: "no-such-article" }))).code).toBe("NOT_FOUND");
    expect((await trpcErrorOf(callerFor(db, null).articles.compareVersions({ slug }))).code).toBe("UNAUTHORIZED");
  });
});
