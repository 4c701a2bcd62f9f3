import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../auth/sessions";
import type { Database } from "../database/open-database";
import { importDemoStory, passage } from "../testing/test-article";
import { createTestDatabase } from "../testing/test-database";
import { trpcErrorOf } from "../testing/trpc-error";
import { callerFor, createTestUser } from "../testing/test-users";

let db: Database;
let me: SessionUser;
let api: ReturnType<typeof callerFor>;
let story: Awaited<ReturnType<typeof importDemoStory>>;

beforeAll(async () => {
  db = await createTestDatabase();
  me = await createTestUser(db, "journalist");
  api = callerFor(db, me);
  story = await importDemoStory(db, me.id);
});
afterAll(() => db.close());

const codeOf = (promise: Promise<unknown>) => promise.then(() => "OK", (e: unknown) => (e instanceof TRPCError ? e.code : String(e)));

function newClaim(phrase: string, extra: Record<string, unknown> = {}) {
  return api.claims.create({
    articleId: story.articleId,
    versionId: story.versionId,
    anchor: passage(story.text, phrase),
    statement: phrase,
    kind: "other",
    ...extra,
  });
}

describe("claims", () => {
  it("anchors a claim with quote and position selectors and extracts its figures", async () => {
    const phrase = "More than 2,000 people have been wounded since the army launched its offensive";
    const { id } = await newClaim(phrase, { kind: "statistic", claimant: "the United Nations", tags: ["Casualties", "casualties"] });
    const claim = await db.prisma.claim.findUniqueOrThrow({ where: { id }, include: { anchors: true, quantities: true } });
    const anchor = claim.anchors[0]!;
    expect(anchor).toMatchObject({ exact: phrase, outcome: "created", start: story.text.indexOf(phrase) });
    expect(anchor.prefix).toBe(story.text.slice(anchor.start! - 32, anchor.start!));
    expect(anchor.suffix).toBe(story.text.slice(anchor.end!, anchor.end! + 32));
    expect(claim.tags).toEqual(["casualties"]);
    expect(claim.reviewState).toBe("open");
    expect(claim.quantities.map((q) => [q.qualifier, q.value])).toEqual([["more than", 2000]]);
  });

  it("refuses anchors that are outside the text or do not match it, and claims without a statement", async () => {
    const good = passage(story.text, "eight corridors");
    const base = { articleId: story.articleId, versionId: story.versionId, statement: "x", kind: "other" as const };
    expect(await codeOf(api.claims.create({ ...base, anchor: { ...good, exact: "nine corridors" } }))).toBe("BAD_REQUEST");
    expect(await codeOf(api.claims.create({ ...base, anchor: { start: 1e6, end: 1e6 + 5, exact: "eight" } }))).toBe("BAD_REQUEST");
    expect(await codeOf(api.claims.create({ ...base, anchor: { ...good, end: good.start } }))).toBe("BAD_REQUEST");
    expect(await codeOf(api.claims.create({ ...base, anchor: good, statement: "   " }))).toBe("BAD_REQUEST");
    expect(await codeOf(api.claims.create({ ...base, anchor: good, articleId: "unknown" }))).toBe("BAD_REQUEST");
    expect(await codeOf(api.claims.create({ ...base, anchor: good, versionId: "unknown" }))).toBe("NOT_FOUND");
  });

  it("refuses a version of another article named in the request", async () => {
    const other = await importDemoStory(db, me.id, "Another article");
    const error = await trpcErrorOf(
      api.claims.create({ articleId: story.articleId, versionId: other.versionId, anchor: passage(other.text, "eight corridors"), statement: "x", kind: "other" }),
    );
    expect([error.code, error.message]).toEqual(["BAD_REQUEST", "This version belongs to another article."]);
  });

  it("refuses a stale save with CONFLICT and the current values", async () => {
    const { id } = await newClaim("The army said it was opening eight corridors");
    const fields = { statement: "Eight corridors are open", kind: "event" as const, claimant: "the Syrian army" };
    const first = await api.claims.update({ claimId: id, revision: 1, ...fields });
    expect(first.revision).toBe(2);
    const stale = await trpcErrorOf(api.claims.update({ claimId: id, revision: 1, ...fields, statement: "Nine corridors" }));
    expect(stale.code).toBe("CONFLICT");
    expect((stale.cause as unknown as { details: { current: { statement: string; revision: number } } }).details.current).toMatchObject({
      statement: "Eight corridors are open",
      revision: 2,
    });
    const history = await db.prisma.activity.findMany({ where: { claimId: id }, orderBy: { at: "asc" } });
    expect(history.map((h) => h.kind)).toEqual(["claim.created", "claim.updated"]);
    expect(history[1]!.data).toMatchObject({ before: { kind: "other", claimant: null }, after: { kind: "event", claimant: "the Syrian army" } });
  });

  it("soft-deletes and restores a claim, with history", async () => {
    const { id } = await newClaim("Residents interviewed by AFP said they were eager to leave");
    await api.claims.delete({ claimId: id });
    expect((await db.prisma.claim.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
    expect(await codeOf(api.claims.update({ claimId: id, revision: 2, statement: "x", kind: "other" }))).toBe("BAD_REQUEST");
    await api.claims.restore({ claimId: id });
    const kinds = (await db.prisma.activity.findMany({ where: { claimId: id }, orderBy: { at: "asc" } })).map((a) => a.kind);
    expect(kinds).toEqual(["claim.created", "claim.deleted", "claim.restored"]);
  });

  it("merges a duplicate: sources and comments move, the duplicate is deleted with a pointer", async () => {
    const keep = await newClaim("could amount to a war crime", { claimant: "Washington" });
    const dup = await newClaim("the bombardment could amount to a war crime");
    const source = await api.sources.create({ url: "https://www.state.gov/briefing", title: "State Department briefing", kind: "official_statement" });
    await api.sources.link({ claimId: dup.id, sourceId: source.id, stance: "supports" });
    await api.claims.comment({ claimId: dup.id, body: "Same claim as the other one." });
    await api.claims.merge({ keepClaimId: keep.id, mergeClaimId: dup.id });
    const details = await api.claims.details({ claimId: keep.id });
    expect(details.sources.map((s) => s.source.title)).toEqual(["State Department briefing"]);
    expect(details.comments.map((c) => c.body)).toEqual(["Same claim as the other one."]);
    const merged = await db.prisma.claim.findUniqueOrThrow({ where: { id: dup.id } });
    expect(merged.mergedIntoId).toBe(keep.id);
    expect(merged.deletedAt).not.toBeNull();
    expect(await codeOf(api.claims.merge({ keepClaimId: keep.id, mergeClaimId: keep.id }))).toBe("BAD_REQUEST");
  });

  it("accepts a suggestion in one step and dismisses another for good", async () => {
    const workspace = await api.articles.workspace({ slug: (await db.prisma.article.findUniqueOrThrow({ where: { id: story.articleId } })).slug });
    const [first, second] = workspace.suggestions;
    const claim = await api.claims.acceptSuggestion({ suggestionId: first!.id });
    const created = await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { anchors: true } });
    expect(created.anchors[0]!.exact).toBe(first!.exact);
    expect(await codeOf(api.claims.acceptSuggestion({ suggestionId: first!.id }))).toBe("BAD_REQUEST");
    await api.claims.dismissSuggestion({ suggestionId: second!.id });
    const after = await api.articles.workspace({ slug: workspace.article.slug });
    expect(after.suggestions.map((s) => s.id)).not.toContain(first!.id);
    expect(after.suggestions.map((s) => s.id)).not.toContain(second!.id);
  });
});

describe("sources", () => {
  it("validates URLs, finds sources again and links each once per claim", async () => {
    expect(await codeOf(api.sources.create({ url: "javascript:alert(1)", title: "x", kind: "other" }))).toBe("BAD_REQUEST");
    expect(await codeOf(api.sources.create({ url: "ftp://example.org/file", title: "x", kind: "other" }))).toBe("BAD_REQUEST");
    const un = await api.sources.create({ url: "https://news.un.org/en/story/2016/10/aleppo", title: "UN News: Aleppo pause", kind: "news_report" });
    expect((await api.sources.search({ query: "aleppo pause" })).map((s) => s.id)).toContain(un.id);
    expect((await api.sources.search({ query: "news.un.org" })).map((s) => s.id)).toContain(un.id);

    const { id } = await newClaim("UN envoy Staffan de Mistura said the truce would be long enough to safely evacuate just 200 wounded.");
    await api.sources.link({ claimId: id, sourceId: un.id, stance: "contradicts", note: "UN says more" });
    expect(await codeOf(api.sources.link({ claimId: id, sourceId: un.id, stance: "supports" }))).toBe("BAD_REQUEST");
    await api.sources.unlink({ claimId: id, sourceId: un.id });
    expect(await codeOf(api.sources.unlink({ claimId: id, sourceId: un.id }))).toBe("NOT_FOUND");
    const kinds = (await db.prisma.activity.findMany({ where: { claimId: id }, orderBy: { at: "asc" } })).map((a) => a.kind);
    expect(kinds).toEqual(["claim.created", "source.linked", "source.unlinked"]);
  });
});
