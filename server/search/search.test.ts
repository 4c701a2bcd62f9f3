// Workspace and public search on a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../auth/sessions";
import type { Database } from "../database/open-database";
import { importDemoStory, passage } from "../testing/test-article";
import { createTestDatabase } from "../testing/test-database";
import { trpcErrorOf } from "../testing/trpc-error";
import { callerFor, createTestUser } from "../testing/test-users";
import type { Highlighted } from "./highlight";

let db: Database;
let journalist: SessionUser;
let editor: SessionUser;
let story: Awaited<ReturnType<typeof importDemoStory>>;
const as = (user: SessionUser | null) => callerFor(db, user);
const plain = (pieces: Highlighted) => pieces.map((p) => p.text).join("");
const marked = (pieces: Highlighted) => pieces.filter((p) => p.match).map((p) => p.text.toLowerCase());

const phrases = {
  trapped: "More than 250,000 civilians have been trapped",
  wounded: "More than 2,000 people have been wounded since the army launched its offensive",
  halted: "Syrian and Russian warplanes already halted strikes",
};

let published: { id: string; slug: string };
let draftId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  journalist = await createTestUser(db, "journalist");
  editor = await createTestUser(db, "editor");
  story = await importDemoStory(db, journalist.id);
  const api = as(journalist);
  const create = (phrase: string, statement: string, extra: Record<string, unknown> = {}) =>
    api.claims.create({ articleId: story.articleId, versionId: story.versionId, anchor: passage(story.text, phrase), statement, kind: "other", ...extra });

  const trapped = await create(phrases.trapped, "Quartzfinch: a quarter of a million civilians are besieged", { claimant: "UN", kind: "statistic", tags: ["siege"] });
  const source = await api.sources.create({ url: "https://reliefweb.int/report/quartzfinch", title: "OCHA quartzfinch situation report", kind: "official_statement" });
  await api.sources.link({ claimId: trapped.id, sourceId: source.id, stance: "supports" });
  const proposal = await api.verdicts.propose({ claimId: trapped.id, rating: "mostly_true", rationale: "The UN's own estimate of the besieged population.", sourceIds: [source.id] });
  const revision = async (id: string) => (await db.prisma.claim.findUniqueOrThrow({ where: { id } })).revision;
  const { slug } = await as(editor).verdicts.approve({ verdictId: proposal.verdictId, claimRevision: await revision(trapped.id) });
  published = { id: trapped.id, slug };
  // An unapproved edit of the published claim: the public must not find it by these words.
  await api.claims.update({ claimId: trapped.id, revision: await revision(trapped.id), statement: "Quartzfinch zebraquill unapproved wording", claimant: "UN", kind: "statistic" });

  draftId = (await create(phrases.wounded, "Quartzfinch hospitals counted the wounded", { claimant: "Doctors", assigneeId: journalist.id })).id;
  await create(phrases.halted, "Warplanes halted strikes over the city", { tags: ["airstrikes"] });
}, 180_000);
afterAll(() => db.close());

const search = (input: Record<string, unknown>) => as(journalist).search.workspace({ text: "", ...input });

describe("workspace search", () => {
  it("finds claims, sources and articles by their words, typed and highlighted", async () => {
    const { items } = await search({ text: "quartzfinch" });
    expect(items.map((i) => i.type).sort()).toEqual(["claim", "claim", "source"]);
    const claim = items.find((i) => i.type === "claim" && i.id === draftId);
    expect(claim?.type === "claim" && marked(claim.statement)).toEqual(["quartzfinch"]);
    const article = (await search({ text: "Aleppo ceasefire begins" })).items.find((i) => i.type === "article");
    expect(article?.type === "article" && marked(article.title)).toEqual(["aleppo", "ceasefire", "begins"]);
  });

  it("finds a claim by its quote, claimant and tags, and stems words", async () => {
    const byQuote = await search({ text: "warplanes" });
    const halted = byQuote.items.find((i) => i.type === "claim");
    expect(halted?.type === "claim" && halted.quote && marked(halted.quote)).toEqual(["warplanes"]);
    expect((await search({ text: "doctors" })).items.map((i) => i.id)).toEqual([draftId]);
    expect((await search({ text: "airstrikes" })).items).toHaveLength(1);
    expect((await search({ text: "counting hospital" })).items.map((i) => i.id)).toEqual([draftId]);
  });

  it("forgives a misspelt word by trigram similarity", async () => {
    expect((await search({ text: "quartzfich" })).items.map((i) => i.type)).toContain("claim");
  });

  it("filters claims by state, rating, kind, assignee and date, leaving sources and articles out", async () => {
    const ids = async (input: Record<string, unknown>) => (await search({ text: "quartzfinch", ...input })).items.map((i) => i.id);
    expect(await ids({ state: "approved" })).toEqual([published.id]);
    expect(await ids({ rating: "mostly_true" })).toEqual([published.id]);
    expect(await ids({ rating: "false" })).toEqual([]);
    expect(await ids({ kind: "statistic" })).toEqual([published.id]);
    expect(await ids({ assigneeId: journalist.id })).toEqual([draftId]);
    expect(await ids({ type: "source" })).toHaveLength(1);
    const today = new Date(new Date().toISOString().slice(0, 10));
    expect(await ids({ type: "claim", from: today, to: today })).toHaveLength(2);
    expect(await ids({ type: "claim", to: new Date("2020-01-01") })).toEqual([]);
  });

  it("pages 20 results at a time", async () => {
    const api = as(journalist);
    for (let i = 0; i < 22; i++) {
      await api.claims.create({ articleId: story.articleId, versionId: story.versionId, anchor: passage(story.text, phrases.halted), kind: "other", statement: `Pagingmarker claim number ${i}` });
    }
    const first = await search({ text: "pagingmarker" });
    const second = await search({ text: "pagingmarker", page: 2 });
    expect([first.items.length, first.hasMore, second.items.length, second.hasMore]).toEqual([20, true, 2, false]);
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(22);
  });

  it("looks for similar spellings only when the words as typed match less than a page", async () => {
    await as(journalist).claims.create({ articleId: story.articleId, versionId: story.versionId, anchor: passage(story.text, phrases.halted), kind: "statistic", statement: "Pagingmarkr misspelt once" });
    const ids = async (input: Record<string, unknown>) => (await search({ text: "pagingmarker", type: "claim", ...input })).items.map((i) => i.id);
    const misspelt = (await db.prisma.claim.findFirstOrThrow({ where: { statement: "Pagingmarkr misspelt once" } })).id;
    expect(await ids({})).not.toContain(misspelt);
    expect(await ids({ page: 2 })).not.toContain(misspelt);
    // Among statistics the correct spelling matches nothing, so the similar one is offered.
    expect(await ids({ kind: "statistic" })).toContain(misspelt);
  });

  it("ranks the newest 1,001 matches of a word found everywhere, enough for the deepest page", async () => {
    const day = 86_400_000;
    await db.prisma.claim.createMany({
      data: Array.from({ length: 1_002 }, (_, i) => ({
        slug: `poolmarker-${i}`,
        articleId: story.articleId,
        // The oldest would rank first on its words alone; it is past the newest 1,001.
        statement: i === 0 ? "Poolmarker poolmarker poolmarker, said thrice" : `Poolmarker claim ${i}`,
        kind: "other" as const,
        createdById: journalist.id,
        createdAt: new Date(Date.UTC(2024, 0, 1) + i * day),
      })),
    });
    const oldest = (await db.prisma.claim.findUniqueOrThrow({ where: { slug: "poolmarker-0" } })).id;
    const first = await search({ text: "poolmarker", type: "claim" });
    const deepest = await search({ text: "poolmarker", type: "claim", page: 50 });
    expect(first.items.map((i) => i.id)).not.toContain(oldest);
    expect([first.items.length, deepest.items.length, deepest.hasMore]).toEqual([20, 20, true]);
    await db.prisma.claim.deleteMany({ where: { slug: { startsWith: "poolmarker-" } } });
  });

  it("answers hostile text with a list, never an error", async () => {
    const hostile = ['"unbalanced', "a & | ! b", `'; DROP TABLE "Claim"; --`, "<script>alert(1)</script>", "🔥🙂 aleppo", "quartzfinch:* & !", "-", "   ", "x".repeat(10_000), "ceasefire ".repeat(1_000)];
    for (const text of hostile) {
      const result = await search({ text });
      expect(Array.isArray(result.items), text.slice(0, 30)).toBe(true);
    }
    expect((await search({ text: "🔥🙂 aleppo" })).items.length).toBeGreaterThan(0);
    // A NUL is refused everywhere with a readable message (the search pages turn it into a space).
    expect((await trpcErrorOf(search({ text: "null\u0000byte" }))).message).toContain("NUL character");
    expect(await db.prisma.claim.count()).toBeGreaterThan(0);
  });

  it("refuses more than 10,000 characters with a readable message, and the public", async () => {
    const tooLong = await trpcErrorOf(search({ text: "x".repeat(10_001) }));
    expect(tooLong.code).toBe("BAD_REQUEST");
    expect(tooLong.message).toContain("A search can be at most 10,000 characters.");
    expect((await trpcErrorOf(as(null).search.workspace({ text: "quartzfinch" }))).code).toBe("UNAUTHORIZED");
  });
});

describe("public search", () => {
  it("finds a published claim by its approved words, with highlights", async () => {
    const { items } = await as(null).public.search({ text: "besieged civilians" });
    expect(items.map((i) => i.slug)).toEqual([published.slug]);
    expect(plain(items[0]!.statement)).toBe("Quartzfinch: a quarter of a million civilians are besieged");
    expect(marked(items[0]!.statement)).toEqual(["civilians", "besieged"]);
    expect(marked(items[0]!.rationale)).toEqual(["besieged"]);
    expect(items[0]!.verdict.rating).toBe("mostly_true");
  });

  it("never finds unpublished text: drafts, or edits made after approval", async () => {
    for (const text of ["zebraquill", "unapproved wording", "hospitals wounded", "doctors", "warplanes"]) {
      expect((await as(null).public.search({ text })).items, text).toEqual([]);
    }
  });

  it("answers hostile text with a list, never an error", async () => {
    for (const text of ['"unbalanced', "a & | ! b", `'; DROP TABLE "Claim"; --`, "<script>", "🔥", "", "x".repeat(10_000)]) {
      expect(Array.isArray((await as(null).public.search({ text })).items)).toBe(true);
    }
  });
});
