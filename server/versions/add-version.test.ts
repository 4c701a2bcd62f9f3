import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../database/open-database";
import { seedDemoData } from "../seed/seed-demo";
import { createTestDatabase } from "../testing/test-database";
import { trpcErrorOf } from "../testing/trpc-error";
import { callerFor, createTestUser } from "../testing/test-users";

const v2 = readFileSync(path.join(process.cwd(), "server", "anchoring", "fixtures", "aleppo-ceasefire-2016-10-20.v2.txt"), "utf8");
const demoSlug = "russias-aleppo-ceasefire-begins-but-clashes-erupt";

let db: Database;
let api: ReturnType<typeof callerFor>;
let articleId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.prisma);
  api = callerFor(db, await createTestUser(db, "journalist"));
  articleId = (await db.prisma.article.findUniqueOrThrow({ where: { slug: demoSlug } })).id;
});
afterAll(() => db.close());

describe("adding a version", () => {
  it("re-anchors every claim, flags changed published claims for re-check and suggests new sentences", async () => {
    const before = await api.articles.workspace({ slug: demoSlug });
    const { number, summary, flagged } = await api.articles.addVersion({ articleId, text: v2 });
    expect(number).toBe(2);
    expect(summary.modified + summary.unchanged + summary.moved + summary.removed).toBe(before.claims.filter((c) => !c.deletedAt).length);
    expect(summary.figuresRevised).toBeGreaterThanOrEqual(1);
    expect(summary.removed).toBeGreaterThanOrEqual(1);
    expect(flagged).toBeGreaterThanOrEqual(1);

    const after = await api.articles.workspace({ slug: demoSlug });
    expect(after.version.number).toBe(2);
    const trapped = after.claims.find((c) => c.statement.includes("250,000"))!;
    expect(trapped.anchor).toMatchObject({ outcome: "modified", exact: expect.stringContaining("275,000") });
    expect(trapped.needsRecheck).toBe(true);
    const washington = after.claims.find((c) => c.claimant === "Washington")!;
    expect(washington.needsRecheck).toBe(false);
    const envoy = after.claims.find((c) => c.claimant === "UN envoy Staffan de Mistura")!;
    expect(envoy.anchor?.outcome).toBe("removed");

    const trappedRow = await db.prisma.claim.findUniqueOrThrow({ where: { id: trapped.id } });
    const page = await callerFor(db, null).public.claim({ slug: trappedRow.slug });
    expect(page?.underReview).toBe(true);
    expect(page?.revisedFigures).toEqual([{ old: "250,000", new: "275,000" }]);
    expect(page?.appearances[0]?.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(after.suggestions.some((s) => s.exact.startsWith("Thomas Pierret, a Syria analyst"))).toBe(true);
    expect(await db.prisma.activity.count({ where: { articleId, kind: "article.version_added" } })).toBe(1);
  });

  it("refuses a version identical to the current one, an empty one, and one for a missing article", async () => {
    const same = await trpcErrorOf(api.articles.addVersion({ articleId, text: `${v2}\n\n  ` }));
    expect([same.code, same.message]).toEqual(["BAD_REQUEST", "This text is the same as the current version (version 2): no version was added."]);
    expect((await trpcErrorOf(api.articles.addVersion({ articleId, text: "   \n " }))).message).toBe("The text is empty once blank space is removed.");
    expect((await trpcErrorOf(api.articles.addVersion({ articleId: "missing", text: "Some text." }))).code).toBe("NOT_FOUND");
    expect((await trpcErrorOf(api.articles.fetchNewVersion({ articleId }))).message).toBe("This article has no address to fetch it from: paste the new version instead.");
    expect(await db.prisma.articleVersion.count({ where: { articleId } })).toBe(2);
  });

  it("refuses 2 MB of text and a version for a deleted article, and adds nothing", async () => {
    const huge = await trpcErrorOf(api.articles.addVersion({ articleId, text: "Some 400 have been killed. ".repeat(80_000) }));
    expect([huge.code, huge.message]).toEqual(["BAD_REQUEST", expect.stringContaining("The text is too long: the limit is 500,000 characters.")]);
    const overLimit = await trpcErrorOf(api.articles.addVersion({ articleId, text: "Some 400 have been killed. ".repeat(20_000) }));
    expect(overLimit.message).toBe("The text is too long: 539,999 characters, the limit is 500,000.");
    const deleted = await db.prisma.article.create({
      data: { slug: "deleted-article", title: "Deleted", publisher: "AFP", deletedAt: new Date(), versions: { create: { number: 1, text: "Old text.", contentHash: "x", captureMethod: "pasted" } } },
    });
    const gone = await trpcErrorOf(api.articles.addVersion({ articleId: deleted.id, text: "New text." }));
    expect([gone.code, gone.message]).toEqual(["NOT_FOUND", "The article was not found."]);
    expect(await db.prisma.articleVersion.count({ where: { articleId: { in: [articleId, deleted.id] } } })).toBe(3);
  });

  it("serialises two versions sent at once: distinct numbers, each claim anchored once per version", async () => {
    const outcomes = await Promise.allSettled([
      api.articles.addVersion({ articleId, text: `${v2}\n\nA first correction was appended.` }),
      api.articles.addVersion({ articleId, text: `${v2}\n\nA second, different correction was appended.` }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "fulfilled"]);
    const versions = await db.prisma.articleVersion.findMany({ where: { articleId }, orderBy: { number: "asc" }, include: { _count: { select: { anchors: true } } } });
    expect(versions.map((v) => v.number)).toEqual([1, 2, 3, 4]);
    const claims = await db.prisma.claim.count({ where: { articleId, deletedAt: null } });
    expect(versions.slice(1).map((v) => v._count.anchors)).toEqual([claims, claims, claims]);
  });
});
