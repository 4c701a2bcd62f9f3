import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../auth/sessions";
import type { Database } from "../database/open-database";
import { importDemoStory, passage } from "../testing/test-article";
import { createTestDatabase } from "../testing/test-database";
import { trpcErrorOf } from "../testing/trpc-error";
import { callerFor, createTestUser } from "../testing/test-users";

let db: Database;
let journalist: SessionUser;
let editor: SessionUser;
let secondEditor: SessionUser;
let story: Awaited<ReturnType<typeof importDemoStory>>;
const as = (user: SessionUser | null) => callerFor(db, user);

beforeAll(async () => {
  db = await createTestDatabase();
  journalist = await createTestUser(db, "journalist");
  editor = await createTestUser(db, "editor");
  secondEditor = await createTestUser(db, "editor");
  story = await importDemoStory(db, journalist.id);
});
afterAll(() => db.close());

const trapped = "More than 250,000 civilians have been trapped";

async function claimWithSource(phrase: string, statement: string) {
  const api = as(journalist);
  const { id } = await api.claims.create({
    articleId: story.articleId,
    versionId: story.versionId,
    anchor: passage(story.text, phrase),
    statement,
    claimant: "UN",
    kind: "statistic",
  });
  const source = await api.sources.create({ url: `https://reliefweb.int/report/${id}`, title: "OCHA: Syria situation report", kind: "official_statement" });
  await api.sources.link({ claimId: id, sourceId: source.id, stance: "supports", note: "private desk note" });
  return { claimId: id, sourceId: source.id };
}

const revisionOf = async (claimId: string) => (await db.prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).revision;

describe("verdict workflow", () => {
  it("proposes, sends back, revises, approves and publishes a snapshot the public reads", async () => {
    const { claimId, sourceId } = await claimWithSource(trapped, "More than 250,000 civilians are trapped in east Aleppo");
    const first = await as(journalist).verdicts.propose({ claimId, rating: "mostly_true", rationale: "The UN **estimate**.", sourceIds: [sourceId] });
    expect((await as(editor).verdicts.queue()).proposed.map((v) => v.id)).toContain(first.verdictId);
    expect(await as(editor).verdicts.queueCount()).toBeGreaterThanOrEqual(1);

    await as(editor).verdicts.requestChanges({ verdictId: first.verdictId, comment: "Name the UN agency." });
    expect((await db.prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).reviewState).toBe("changes_requested");
    const mine = await as(journalist).claims.mine();
    expect(mine.find((c) => c.id === claimId)?.verdicts[0]?.reviewComment).toBe("Name the UN agency.");

    const second = await as(journalist).verdicts.propose({ claimId, rating: "mostly_true", rationale: "OCHA's estimate, Oct 2016.", sourceIds: [sourceId] });
    const { slug } = await as(editor).verdicts.approve({ verdictId: second.verdictId, claimRevision: await revisionOf(claimId) });

    const page = await as(null).public.claim({ slug });
    expect(page?.verdict).toMatchObject({
      statement: "More than 250,000 civilians are trapped in east Aleppo",
      claimant: "UN",
      rating: "mostly_true",
      rationale: "OCHA's estimate, Oct 2016.",
      sources: [{ title: "OCHA: Syria situation report", stance: "supports", kind: "official_statement" }],
      withdrawn: null,
    });
    expect(JSON.stringify(page)).not.toContain("private desk note");
    expect(page?.appearances[0]?.versions[0]?.quote).toBe(trapped);
    expect((await db.prisma.publicChange.findMany()).at(-1)?.tags).toEqual([`claim:${slug}`, expect.stringMatching(/^article:/), "list"]);

    // The workspace edit stays private until approved again.
    await as(journalist).claims.update({ claimId, revision: await revisionOf(claimId), statement: "Edited statement", kind: "statistic", claimant: "UN" });
    expect((await as(null).public.claim({ slug }))?.verdict.statement).toBe("More than 250,000 civilians are trapped in east Aleppo");
    expect((await as(journalist).claims.details({ claimId })).publication).toEqual({ live: true, editedSince: true });

    // A revision supersedes the published verdict and keeps it in the public history.
    const third = await as(journalist).verdicts.propose({ claimId, rating: "misleading", rationale: "Revised.", sourceIds: [sourceId] });
    expect((await as(null).public.claim({ slug }))?.verdict.rating).toBe("mostly_true");
    await as(secondEditor).verdicts.approve({ verdictId: third.verdictId, claimRevision: await revisionOf(claimId) });
    const revised = await as(null).public.claim({ slug });
    expect(revised?.verdict).toMatchObject({ statement: "Edited statement", rating: "misleading" });
    expect(revised?.history.map((h) => [h.rating, h.status])).toEqual([["mostly_true", "superseded"], ["misleading", "approved"]]);

    // Withdrawal keeps the page, with its notice and reason.
    expect((await trpcErrorOf(as(editor).verdicts.withdraw({ claimId, reason: "  " }))).code).toBe("BAD_REQUEST");
    await as(editor).verdicts.withdraw({ claimId, reason: "The OCHA figure was retracted." });
    const withdrawn = await as(null).public.claim({ slug });
    expect(withdrawn?.verdict.withdrawn?.reason).toBe("The OCHA figure was retracted.");
    expect((await as(null).public.claims({ rating: "withdrawn" })).items.map((c) => c.slug)).toContain(slug);
    expect((await db.prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).reviewState).toBe("open");
    const kinds = (await db.prisma.activity.findMany({ where: { claimId }, orderBy: { at: "asc" } })).map((a) => a.kind);
    expect(kinds.filter((k) => k.startsWith("verdict."))).toEqual([
      "verdict.proposed",
      "verdict.changes_requested",
      "verdict.proposed",
      "verdict.approved",
      "verdict.proposed",
      "verdict.approved",
      "verdict.withdrawn",
    ]);
  });

  it("never lets anyone approve their own proposal, whatever their role", async () => {
    const { claimId, sourceId } = await claimWithSource("opening eight corridors", "Eight corridors were opened");
    const { verdictId } = await as(editor).verdicts.propose({ claimId, rating: "true", rationale: "Confirmed.", sourceIds: [sourceId] });
    const error = await trpcErrorOf(as(editor).verdicts.approve({ verdictId, claimRevision: await revisionOf(claimId) }));
    expect([error.code, error.message]).toEqual(["FORBIDDEN", "You proposed this verdict, so another editor must approve it."]);
    expect((await trpcErrorOf(as(journalist).verdicts.approve({ verdictId, claimRevision: 1 }))).code).toBe("FORBIDDEN");
  });

  it("refuses bad input and stale decisions with clear errors", async () => {
    const { claimId, sourceId } = await claimWithSource("200 wounded", "200 wounded can be evacuated");
    const api = as(journalist);
    expect((await trpcErrorOf(api.verdicts.propose({ claimId, rating: "pants_on_fire" as never, rationale: "x", sourceIds: [sourceId] }))).message).toContain(
      "Choose a rating from the scale.",
    );
    expect((await trpcErrorOf(api.verdicts.propose({ claimId, rating: "true", rationale: "x".repeat(100_000), sourceIds: [sourceId] }))).code).toBe("BAD_REQUEST");
    expect((await trpcErrorOf(api.verdicts.propose({ claimId, rating: "true", rationale: "x", sourceIds: [] }))).message).toBe(
      "Choose at least one of the claim's sources the verdict rests on.",
    );
    expect((await trpcErrorOf(api.verdicts.propose({ claimId, rating: "true", rationale: "x", sourceIds: ["not-linked"] }))).code).toBe("BAD_REQUEST");

    const { verdictId } = await api.verdicts.propose({ claimId, rating: "true", rationale: "x", sourceIds: [sourceId] });
    expect((await trpcErrorOf(api.verdicts.propose({ claimId, rating: "false", rationale: "y", sourceIds: [sourceId] }))).code).toBe("CONFLICT");
    const revision = await revisionOf(claimId);
    await as(secondEditor).verdicts.requestChanges({ verdictId, comment: "Check the figure." });
    const stale = await trpcErrorOf(as(editor).verdicts.approve({ verdictId, claimRevision: revision }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(/no longer waiting for review: Test editor requested changes on/);

    const again = await api.verdicts.propose({ claimId, rating: "true", rationale: "x", sourceIds: [sourceId] });
    await api.claims.update({ claimId, revision, statement: "Only 200 wounded can leave", kind: "statistic", claimant: "UN" });
    expect((await trpcErrorOf(as(editor).verdicts.approve({ verdictId: again.verdictId, claimRevision: revision }))).message).toMatch(/edited after you opened it/);
    expect((await trpcErrorOf(as(editor).verdicts.withdraw({ claimId, reason: "No." }))).message).toBe("This claim has no published verdict.");
    expect((await trpcErrorOf(as(editor).verdicts.confirmStillHolds({ claimId }))).code).toBe("BAD_REQUEST");
    expect(await as(null).public.claim({ slug: "no-such-claim" })).toBeNull();
  });

  it("lets exactly one of two simultaneous approvals win", async () => {
    const { claimId, sourceId } = await claimWithSource("Some 400 have been killed", "Some 400 were killed");
    const { verdictId } = await as(journalist).verdicts.propose({ claimId, rating: "true", rationale: "UN figures.", sourceIds: [sourceId] });
    const claimRevision = await revisionOf(claimId);
    const outcomes = await Promise.allSettled([
      as(editor).verdicts.approve({ verdictId, claimRevision }),
      as(secondEditor).verdicts.approve({ verdictId, claimRevision }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.prisma.verdict.count({ where: { claimId, status: "approved" } })).toBe(1);
    expect(await db.prisma.activity.count({ where: { claimId, kind: "verdict.approved" } })).toBe(1);
  });

  it("clears needs re-check when an editor confirms the verdict still holds", async () => {
    const { claimId, sourceId } = await claimWithSource("the bombardment could amount to a war crime", "Washington says the bombardment could amount to a war crime");
    const { verdictId } = await as(journalist).verdicts.propose({ claimId, rating: "true", rationale: "State Department briefing.", sourceIds: [sourceId] });
    const { slug } = await as(editor).verdicts.approve({ verdictId, claimRevision: await revisionOf(claimId) });
    await db.prisma.claim.update({ where: { id: claimId }, data: { needsRecheck: true } });
    expect((await as(null).public.claim({ slug }))?.underReview).toBe(true);
    expect((await as(editor).verdicts.queue()).recheck.map((c) => c.id)).toContain(claimId);
    await as(editor).verdicts.confirmStillHolds({ claimId });
    expect((await as(null).public.claim({ slug }))?.underReview).toBe(false);
  });
});

it("keeps a published claim from being deleted or merged away until its verdict is withdrawn", async () => {
  const { claimId, sourceId } = await claimWithSource("Merkel described it", "Merkel called the bombing inhumane");
  const { verdictId } = await as(journalist).verdicts.propose({ claimId, rating: "true", rationale: "Quoted.", sourceIds: [sourceId] });
  await as(editor).verdicts.approve({ verdictId, claimRevision: await revisionOf(claimId) });
  expect((await trpcErrorOf(as(journalist).claims.delete({ claimId }))).message).toMatch(/must withdraw it before/);
  const other = await claimWithSource("German Chancellor Angela Merkel", "Merkel spoke");
  expect((await trpcErrorOf(as(journalist).claims.merge({ keepClaimId: other.claimId, mergeClaimId: claimId }))).code).toBe("BAD_REQUEST");
  await as(editor).verdicts.withdraw({ claimId, reason: "Duplicate of another check." });
  await as(journalist).claims.delete({ claimId });
});
