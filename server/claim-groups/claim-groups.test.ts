import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../auth/sessions";
import type { Database } from "../database/open-database";
import { importArticle } from "../articles/import-article";
import { importArticleInput } from "../articles/article-schemas";
import { importDemoStory, passage } from "../testing/test-article";
import { createTestDatabase } from "../testing/test-database";
import { trpcErrorOf } from "../testing/trpc-error";
import { callerFor, createTestUser } from "../testing/test-users";

const secondStory = readFileSync(path.join(process.cwd(), "e2e", "fixtures", "aleppo-evacuation-2016-10-27.txt"), "utf8");

let db: Database;
let me: SessionUser;
let api: ReturnType<typeof callerFor>;
let first: Awaited<ReturnType<typeof importDemoStory>>;
let second: { articleId: string; versionId: string; text: string };
let trapped: string;
let corridors: string;

async function claimIn(story: { articleId: string; versionId: string; text: string }, phrase: string, statement = phrase) {
  const kind = /\d/.test(phrase) ? ("statistic" as const) : ("other" as const);
  const { id } = await api.claims.create({ articleId: story.articleId, versionId: story.versionId, anchor: passage(story.text, phrase), statement, kind });
  return id;
}

beforeAll(async () => {
  db = await createTestDatabase();
  me = await createTestUser(db, "journalist");
  api = callerFor(db, me);
  first = await importDemoStory(db, me.id);
  const input = importArticleInput.parse({ title: "Aleppo evacuation stalls as UN warns of winter", publisher: "AFP", text: secondStory });
  const { id } = await importArticle(db.prisma, me.id, input);
  const version = await db.prisma.articleVersion.findFirstOrThrow({ where: { articleId: id } });
  second = { articleId: id, versionId: version.id, text: version.text };
  trapped = await claimIn(first, "More than 250,000 civilians have been trapped in the rebel-held east of the city", "More than 250,000 civilians are trapped in rebel-held east Aleppo");
  corridors = await claimIn(first, "eight corridors");
});
afterAll(() => db.close());

describe("seen before", () => {
  it("offers the earlier claim of another article for a revised figure, with its verdict and why", async () => {
    const text = "Some 275,000 civilians remain trapped in the rebel-held east of the city";
    const similar = await api.claimGroups.similar({ articleId: second.articleId, text });
    expect(similar[0]).toMatchObject({ claimId: trapped, verdict: "Not rated yet (open)", article: { title: "Russia's Aleppo ceasefire begins but clashes erupt" } });
    expect(similar[0]?.reasons.join("; ")).toMatch(/close figure: More than 250,000 \(here Some 275,000\)/);
    expect(await api.claimGroups.similar({ articleId: first.articleId, text })).toEqual([]);
  });

  it("still finds it when hundreds of newer claims share one of its words", async () => {
    const { id: busy } = await importArticle(db.prisma, me.id, importArticleInput.parse({ title: "Aleppo live", publisher: "AFP", text: "Aleppo news, updated all day." }));
    await db.prisma.claim.createMany({
      data: Array.from({ length: 400 }, (_, i) => ({ slug: `aleppo-live-${i}`, articleId: busy, statement: `Aleppo update number ${i}`, kind: "other" as const, createdById: me.id })),
    });
    const similar = await api.claimGroups.similar({ articleId: second.articleId, text: "Some 275,000 civilians remain trapped in east Aleppo" });
    expect(similar[0]?.claimId).toBe(trapped);
    await db.prisma.claim.deleteMany({ where: { articleId: busy } });
  });

  it("links two claims into one group, with its history, and shows every appearance and one chart", async () => {
    const repeat = await claimIn(second, "Some 275,000 civilians remain trapped in the rebel-held east of the city");
    const { groupId } = await api.claimGroups.link({ claimId: repeat, otherClaimId: trapped });
    const group = await api.claimGroups.show({ groupId });
    expect(group.members.map((m) => m.id).sort()).toEqual([repeat, trapped].sort());
    expect(group.steps.map((s) => s.label)).toEqual(["Russia's Aleppo ceasefire begins but clashes erupt, v1", "Aleppo evacuation stalls as UN warns of winter, v1"]);
    expect(group.figures).toHaveLength(1);
    expect(group.figures[0]?.points.map((p) => [p.version, p.figure])).toEqual([[1, "250,000"], [2, "275,000"]]);
    const history = await db.prisma.activity.findMany({ where: { kind: "claim.linked", subjectId: groupId }, select: { claimId: true } });
    expect(history.map((h) => h.claimId).sort()).toEqual([repeat, trapped].sort());

    const again = await trpcErrorOf(api.claimGroups.link({ claimId: trapped, otherClaimId: repeat }));
    expect(again).toMatchObject({ code: "CONFLICT", message: "These claims are already linked as the same claim." });
    const joined = await api.claimGroups.link({ claimId: corridors, otherClaimId: repeat });
    expect(joined.groupId).toBe(groupId);
    expect(await db.prisma.claim.count({ where: { claimGroupId: groupId } })).toBe(3);
  });

  it("refuses linking a claim to itself, to a missing claim, a deleted claim or one of a deleted article", async () => {
    const itself = await trpcErrorOf(api.claimGroups.link({ claimId: trapped, otherClaimId: trapped }));
    expect(itself.code).toBe("BAD_REQUEST");
    expect(itself.message).toContain("A claim cannot be linked to itself.");
    expect(await trpcErrorOf(api.claimGroups.link({ claimId: trapped, otherClaimId: "missing" }))).toMatchObject({
      code: "NOT_FOUND",
      message: "The claim to link was not found.",
    });
    const gone = await claimIn(second, "Residents described long queues for bread and water");
    await api.claims.delete({ claimId: gone });
    expect(await trpcErrorOf(api.claimGroups.link({ claimId: trapped, otherClaimId: gone }))).toMatchObject({
      code: "BAD_REQUEST",
      message: "A deleted claim cannot be linked; restore it first.",
    });
    const hidden = await claimIn(second, "neither side had given the guarantees needed");
    await db.prisma.article.update({ where: { id: second.articleId }, data: { deletedAt: new Date() } });
    expect((await trpcErrorOf(api.claimGroups.link({ claimId: corridors, otherClaimId: hidden }))).code).toBe("NOT_FOUND");
    await db.prisma.article.update({ where: { id: second.articleId }, data: { deletedAt: null } });
  });

  it("unlinks a claim, and dissolves a group left with one claim", async () => {
    const [a, b] = [await claimIn(first, "Washington"), await claimIn(second, "Jan Egeland")];
    const { groupId } = await api.claimGroups.link({ claimId: a, otherClaimId: b });
    expect(await api.claimGroups.unlink({ claimId: a })).toEqual({ groupId: null });
    expect(await db.prisma.claimGroup.findUnique({ where: { id: groupId } })).toBeNull();
    expect((await trpcErrorOf(api.claimGroups.unlink({ claimId: b }))).code).toBe("BAD_REQUEST");
  });

  it("answers odd text with a list, never an error", async () => {
    for (const text of ["", "🙂🙂", "'; DROP TABLE \"Claim\"; --", "100% _of_ a%b", "trapped ".repeat(700)]) {
      expect(Array.isArray(await api.claimGroups.similar({ articleId: second.articleId, text }))).toBe(true);
    }
  });

  it("is for journalists only", async () => {
    expect((await trpcErrorOf(callerFor(db, null).claimGroups.similar({ articleId: first.articleId, text: "Aleppo" }))).code).toBe("UNAUTHORIZED");
  });
});
