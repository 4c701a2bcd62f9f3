import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { classifyChange } from "../anchoring/classify-change";
import type { Database } from "../database/open-database";
import { seedDemoData } from "../seed/seed-demo";
import { importDemoStory, passage } from "../testing/test-article";
import { createTestDatabase } from "../testing/test-database";
import { trpcErrorOf } from "../testing/trpc-error";
import { callerFor, createTestUser } from "../testing/test-users";

const v2 = readFileSync(path.join(process.cwd(), "server", "anchoring", "fixtures", "aleppo-ceasefire-2016-10-20.v2.txt"), "utf8");
const demoSlug = "russias-aleppo-ceasefire-begins-but-clashes-erupt";
const threeDays = "The Syrian army has said it will last three days.";
const rewordedThreeDays = "The army now says the pause could run into next week.";

let db: Database;
let api: ReturnType<typeof callerFor>;
let journalistId: string;
let articleId: string;
let v1Id: string;
let v2Id: string;
let threeDaysId: string;

const anchorOf = (claimId: string, versionId: string) => db.prisma.anchor.findUniqueOrThrow({ where: { claimId_versionId: { claimId, versionId } } });
const claimIdOf = async (claimant: string) => (await db.prisma.claim.findFirstOrThrow({ where: { articleId, claimant } })).id;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.prisma);
  const journalist = await createTestUser(db, "journalist");
  journalistId = journalist.id;
  api = callerFor(db, journalist);
  const article = await db.prisma.article.findUniqueOrThrow({ where: { slug: demoSlug }, select: { id: true, versions: { select: { id: true, text: true } } } });
  articleId = article.id;
  v1Id = article.versions[0]!.id;
  ({ id: threeDaysId } = await api.claims.create({
    articleId,
    versionId: v1Id,
    anchor: passage(article.versions[0]!.text, threeDays),
    statement: "The Syrian army says the pause will last three days",
    claimant: "the Syrian army",
    kind: "prediction",
    tags: [],
  }));
  ({ versionId: v2Id } = await api.articles.addVersion({ articleId, text: v2 }));
});
afterAll(() => db.close());

describe("candidate passages for a removed claim", () => {
  it("offers the heavily reworded sentence among the three best, with its reasons", async () => {
    expect((await anchorOf(threeDaysId, v2Id)).outcome).toBe("removed");
    const { versionId, versionNumber, previous, candidates } = await api.claims.anchorCandidates({ claimId: threeDaysId });
    expect([versionId, versionNumber, previous]).toEqual([v2Id, 2, { versionNumber: 1, quote: threeDays }]);
    expect(candidates).toHaveLength(3);
    const found = candidates.find((c) => c.exact === rewordedThreeDays);
    expect(found?.start).toBe(v2.indexOf(rewordedThreeDays));
    expect(found?.reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(["claimant", "position"]));
  });

  it("ranks a passage another claim holds lower and says whose it is", async () => {
    const { candidates } = await api.claims.anchorCandidates({ claimId: await claimIdOf("UN envoy Staffan de Mistura") });
    const held = candidates.filter((c) => c.reasons.some((r) => r.kind === "held"));
    expect(held.length).toBeGreaterThan(0);
    expect(held[0]!.reasons.find((r) => r.kind === "held")!.detail).toMatch(/^already the passage of the claim “/);
  });
});

describe("correcting a claim's anchor by hand", () => {
  it("confirms a candidate: the anchor is corrected, with who, when, the selectors and what changed as the engine says it", async () => {
    const chosen = passage(v2, rewordedThreeDays);
    const result = await api.claims.correctAnchor({ claimId: threeDaysId, versionId: v2Id, passage: chosen });
    const expected = classifyChange(threeDays, rewordedThreeDays, { start: 0, end: rewordedThreeDays.length }, { joined: false, split: false });
    expect(result).toMatchObject({ versionNumber: 2, changes: expected.changes, figures: expected.numbers, flagged: false });

    const anchor = await anchorOf(threeDaysId, v2Id);
    expect(anchor).toMatchObject({
      outcome: "corrected",
      exact: rewordedThreeDays,
      start: chosen.start,
      end: chosen.end,
      prefix: v2.slice(chosen.start - 32, chosen.start),
      suffix: v2.slice(chosen.end, chosen.end + 32),
      correctedById: journalistId,
      diff: expected.diff,
      changes: { kinds: expected.changes, figures: expected.numbers },
    });
    expect(anchor.correctedAt).toBeInstanceOf(Date);
    expect(expected.changes.length).toBeGreaterThan(0);

    const activity = await db.prisma.activity.findFirstOrThrow({ where: { claimId: threeDaysId, kind: "claim.anchor_corrected" } });
    expect(activity).toMatchObject({
      actorId: journalistId,
      articleId,
      data: { versionNumber: 2, before: { outcome: "removed", quote: null }, after: { outcome: "corrected", quote: rewordedThreeDays }, changes: expected.changes },
    });
    const workspace = await api.articles.workspace({ slug: demoSlug });
    expect(workspace.claims.find((c) => c.id === threeDaysId)?.anchor).toMatchObject({ outcome: "corrected", exact: rewordedThreeDays, start: chosen.start });
  });

  it("re-anchors on a passage selected by hand, trimming blank space around it", async () => {
    const claimId = await claimIdOf("UN envoy Staffan de Mistura");
    const phrase = "More than 2,000 people have been wounded since the army launched its offensive";
    const at = v2.indexOf(phrase);
    await api.claims.correctAnchor({ claimId, versionId: v2Id, passage: { start: at - 2, end: at + phrase.length, exact: v2.slice(at - 2, at + phrase.length) } });
    expect(await anchorOf(claimId, v2Id)).toMatchObject({ outcome: "corrected", exact: phrase, start: at, end: at + phrase.length });
  });

  it("marks a claim removed from the version: no selectors, the change of its published text flagged and its public pages refreshed", async () => {
    const claimId = await claimIdOf("Washington");
    const before = await anchorOf(claimId, v2Id);
    expect(before.exact).toContain("Washington saying");
    const changesBefore = await db.prisma.publicChange.count();

    // The same passage, word for word: a correction, but nothing changed for readers.
    const same = await api.claims.correctAnchor({ claimId, versionId: v2Id, passage: { start: before.start!, end: before.end!, exact: before.exact! } });
    expect(same).toMatchObject({ changes: [], flagged: false });
    expect(await anchorOf(claimId, v2Id)).toMatchObject({ outcome: "corrected", exact: before.exact, diff: [] });
    expect((await db.prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).needsRecheck).toBe(false);

    const removed = await api.claims.correctAnchor({ claimId, versionId: v2Id, passage: null });
    expect(removed).toMatchObject({ passage: null, flagged: true });
    expect(await anchorOf(claimId, v2Id)).toMatchObject({ outcome: "corrected", exact: null, prefix: null, suffix: null, start: null, end: null, correctedById: journalistId });
    expect((await db.prisma.claim.findUniqueOrThrow({ where: { id: claimId } })).needsRecheck).toBe(true);
    expect(await db.prisma.publicChange.count()).toBe(changesBefore + 2);
    const history = await api.claims.details({ claimId });
    expect(history.activities[0]).toMatchObject({ kind: "claim.anchor_corrected", data: { before: { outcome: "corrected", quote: before.exact }, after: { quote: null } } });

    const again = await trpcErrorOf(api.claims.correctAnchor({ claimId, versionId: v2Id, passage: null }));
    expect([again.code, again.message]).toEqual(["BAD_REQUEST", "The claim is already marked removed from version 2."]);
  });
});

describe("refused corrections", () => {
  const someClaim = () => claimIdOf("Moscow");

  it("refuses an empty or blank selection, offsets outside the text or not on it", async () => {
    const claimId = await someClaim();
    const blank = v2.indexOf("\n\n");
    const cases = [
      { passage: { start: 0, end: 1, exact: "" }, message: "Select the passage the claim now stands on: the selection is empty." },
      { passage: { start: blank, end: blank + 2, exact: "\n\n" }, message: "Select the passage the claim now stands on: the selection is empty." },
      { passage: { start: v2.length, end: v2.length + 5, exact: "extra" }, message: "The selected passage lies outside the article's text." },
      { passage: { start: 0, end: 9, exact: "Something" }, message: "The selected passage does not match the article's text at that place; reload the article and select it again." },
      { passage: { start: 9, end: 3, exact: "abcdef" }, message: "The passage's end must come after its start." },
    ];
    for (const { passage: p, message } of cases) {
      const error = await trpcErrorOf(api.claims.correctAnchor({ claimId, versionId: v2Id, passage: p }));
      // What the client is told: the input's first message (see server/trpc.ts), else the domain's.
      const told = error.cause instanceof ZodError ? error.cause.issues[0]!.message : error.message;
      expect([error.code, told]).toEqual(["BAD_REQUEST", message]);
    }
  });

  it("refuses a deleted claim, a missing one, and a version of another article", async () => {
    const claimId = await someClaim();
    const other = await importDemoStory(db, journalistId, "Another copy of the story");
    const foreign = await trpcErrorOf(api.claims.correctAnchor({ claimId, versionId: other.versionId, passage: null }));
    expect([foreign.code, foreign.message]).toEqual(["BAD_REQUEST", "This version belongs to another article than the claim."]);
    expect((await trpcErrorOf(api.claims.correctAnchor({ claimId: "missing", versionId: v2Id, passage: null }))).code).toBe("NOT_FOUND");
    expect((await trpcErrorOf(api.claims.anchorCandidates({ claimId: "missing" }))).code).toBe("NOT_FOUND");

    const deleted = await db.prisma.claim.findFirstOrThrow({ where: { articleId, claimant: "Moscow" } });
    await db.prisma.claim.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
    // One call at a time: a second call started early would reject before anything awaits it.
    for (const call of [() => api.claims.correctAnchor({ claimId, versionId: v2Id, passage: null }), () => api.claims.anchorCandidates({ claimId })]) {
      const error = await trpcErrorOf(call());
      expect([error.code, error.message]).toEqual(["BAD_REQUEST", "This claim was deleted; restore it before correcting where it stands."]);
    }
    await db.prisma.claim.update({ where: { id: deleted.id }, data: { deletedAt: null } });
  });

  it("refuses a claim with no passage in an earlier version to compare with", async () => {
    const phrase = "The World Health Organization said 35 doctors were still working in the besieged east of the city.";
    const { id } = await api.claims.create({ articleId, versionId: v2Id, anchor: passage(v2, phrase), statement: "35 doctors still work in east Aleppo", claimant: "WHO", kind: "statistic", tags: [] });
    for (const call of [() => api.claims.correctAnchor({ claimId: id, versionId: v2Id, passage: null }), () => api.claims.anchorCandidates({ claimId: id })]) {
      const error = await trpcErrorOf(call());
      expect([error.code, error.message]).toEqual(["BAD_REQUEST", "This claim has no passage in an earlier version to compare with: it was created in version 2, the current one."]);
    }
  });
});

describe("corrections and new versions", () => {
  it("refuses a correction made on a version that is no longer current", async () => {
    const claimId = await someClaimOnV1();
    const { versionId: v3Id } = await api.articles.addVersion({ articleId, text: `${v2}\n\nThis article was updated a third time.` });
    const stale = await trpcErrorOf(api.claims.correctAnchor({ claimId, versionId: v2Id, passage: null }));
    expect([stale.code, stale.message]).toEqual([
      "CONFLICT",
      "Version 2 is no longer the current version of this article: version 3 was added since. Reload the article and correct the claim there.",
    ]);
    expect((await anchorOf(claimId, v2Id)).outcome).not.toBe("corrected");
    // The next version followed the corrected anchor of version 2.
    expect(await anchorOf(threeDaysId, v3Id)).toMatchObject({ outcome: "unchanged", exact: rewordedThreeDays });
  });

  it("serialises a correction with a version added at the same moment: it lands on the current version, or is refused", async () => {
    const claimId = await someClaimOnV1();
    const { versionId: current } = await api.claims.anchorCandidates({ claimId });
    const [added, corrected] = await Promise.allSettled([
      api.articles.addVersion({ articleId, text: `${v2}\n\nThis article was updated a fourth time.` }),
      api.claims.correctAnchor({ claimId, versionId: current, passage: null }),
    ]);
    expect(added.status).toBe("fulfilled");
    const latest = (added as PromiseFulfilledResult<{ versionId: string }>).value.versionId;
    if (corrected.status === "fulfilled") {
      // The correction came first: the new version was added after it, following it.
      expect(await anchorOf(claimId, current)).toMatchObject({ outcome: "corrected", exact: null });
      expect(await anchorOf(claimId, latest)).toMatchObject({ outcome: "removed" });
    } else {
      expect(corrected.reason).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/^Version \d+ is no longer the current version/) });
      expect((await anchorOf(claimId, current)).outcome).not.toBe("corrected");
    }
    expect(await db.prisma.anchor.count({ where: { claimId, outcome: "corrected", versionId: latest } })).toBe(0);
  });
});

async function someClaimOnV1() {
  return (await db.prisma.claim.findFirstOrThrow({ where: { articleId, claimant: "UN", statement: { contains: "2,000" } } })).id;
}
