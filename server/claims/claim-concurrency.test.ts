// Saves and merges of one claim sent at the same moment, through the caller on a real database:
// PostgreSQL (TEST_DATABASE_URL) runs them truly in parallel; PGlite serialises them.
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../database/open-database";
import { importDemoStory, passage } from "../testing/test-article";
import { createTestDatabase } from "../testing/test-database";
import { callerFor, createTestUser } from "../testing/test-users";

let db: Database;
let api: ReturnType<typeof callerFor>;
let story: Awaited<ReturnType<typeof importDemoStory>>;

beforeAll(async () => {
  db = await createTestDatabase();
  const me = await createTestUser(db, "journalist");
  api = callerFor(db, me);
  story = await importDemoStory(db, me.id);
});
afterAll(() => db.close());

const phrase = "could amount to a war crime";

async function newClaim(statement = phrase) {
  const { id } = await api.claims.create({ articleId: story.articleId, versionId: story.versionId, anchor: passage(story.text, phrase), statement, kind: "other" });
  return id;
}

/** Each call's outcome, "OK" or its tRPC code, in the order given; all calls start before any is awaited. */
async function outcomesOf(calls: Promise<unknown>[]) {
  const settled = await Promise.allSettled(calls);
  return settled.map((s) => (s.status === "fulfilled" ? "OK" : s.reason instanceof TRPCError ? s.reason.code : String(s.reason)));
}

async function sourcesOf(claimId: string) {
  return (await db.prisma.claimSource.findMany({ where: { claimId } })).length;
}

describe("concurrent merges", () => {
  it("merging one claim into two targets at once: one wins, the other gets CONFLICT, nothing is split", async () => {
    for (let round = 0; round < 3; round += 1) {
      const [first, second, duplicate] = [await newClaim(), await newClaim(), await newClaim()];
      for (const n of [1, 2, 3]) {
        const source = await api.sources.create({ url: `https://example.org/merge-${round}-${n}`, title: `Source ${n}`, kind: "other" });
        await api.sources.link({ claimId: duplicate, sourceId: source.id, stance: "supports" });
      }
      await api.claims.comment({ claimId: duplicate, body: "Same claim as the others." });

      const outcomes = await outcomesOf([
        api.claims.merge({ keepClaimId: first, mergeClaimId: duplicate }),
        api.claims.merge({ keepClaimId: second, mergeClaimId: duplicate }),
      ]);
      expect([...outcomes].sort()).toEqual(["CONFLICT", "OK"]);
      const [winner, loser] = outcomes[0] === "OK" ? [first, second] : [second, first];
      expect([await sourcesOf(winner), await sourcesOf(loser), await sourcesOf(duplicate)]).toEqual([3, 0, 0]);
      expect(await db.prisma.comment.count({ where: { claimId: winner } })).toBe(1);
      expect((await db.prisma.claim.findUniqueOrThrow({ where: { id: duplicate } })).mergedIntoId).toBe(winner);
    }
  });

  it("opposite merges at once: one wins, the other gets CONFLICT with a readable message, never a deadlock", async () => {
    for (let round = 0; round < 3; round += 1) {
      const [a, b] = [await newClaim(), await newClaim()];
      const calls = [api.claims.merge({ keepClaimId: a, mergeClaimId: b }), api.claims.merge({ keepClaimId: b, mergeClaimId: a })];
      const settled = await Promise.allSettled(calls);
      const refused = settled.flatMap((s) => (s.status === "rejected" ? [s.reason as TRPCError] : []));
      expect(refused.map((e) => e.code)).toEqual(["CONFLICT"]);
      expect(refused[0]!.message).toMatch(/merged into another claim/);
      const deleted = await db.prisma.claim.count({ where: { id: { in: [a, b] }, deletedAt: { not: null } } });
      expect(deleted).toBe(1);
    }
  });
});

describe("concurrent saves", () => {
  it("20 saves of one claim at the same revision at once: one wins, 19 get CONFLICT with the winner's version, nothing is lost", async () => {
    const id = await newClaim();
    const saves = Array.from({ length: 20 }, (_, n) =>
      api.claims.update({ claimId: id, revision: 1, statement: `Save ${n}`, kind: "other", quantities: [] }),
    );
    const settled = await Promise.allSettled(saves);
    const won = settled.flatMap((s, n) => (s.status === "fulfilled" ? [n] : []));
    const refused = settled.flatMap((s) => (s.status === "rejected" ? [s.reason as TRPCError] : []));
    expect(won).toHaveLength(1);
    expect(refused.map((e) => e.code)).toEqual(Array(19).fill("CONFLICT"));
    const winner = `Save ${won[0]}`;
    for (const error of refused) {
      expect((error.cause as unknown as { details: { current: { statement: string } } }).details.current.statement).toBe(winner);
    }
    const saved = await db.prisma.claim.findUniqueOrThrow({ where: { id } });
    expect([saved.statement, saved.revision]).toEqual([winner, 2]);
    expect(await db.prisma.activity.count({ where: { claimId: id, kind: "claim.updated" } })).toBe(1);
  });
});
