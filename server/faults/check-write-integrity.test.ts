import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../database/open-database";
import { importDemoStory } from "../testing/test-article";
import { createTestDatabase } from "../testing/test-database";
import { callerFor, createTestUser } from "../testing/test-users";
import { checkWriteIntegrity } from "./check-write-integrity";

let db: Database;
let articleId: string;
const nothingAcked = { versions: [], proposed: [], approved: [] };

beforeAll(async () => {
  db = await createTestDatabase();
  const journalist = await createTestUser(db, "journalist");
  const editor = await createTestUser(db, "editor");
  const story = await importDemoStory(db, journalist.id);
  articleId = story.articleId;
  const exact = story.text.split(/(?<=\.)\s+/)[1]!;
  const start = story.text.indexOf(exact);
  const api = callerFor(db, journalist);
  const { id: claimId } = await api.claims.create({ articleId, versionId: story.versionId, anchor: { start, end: start + exact.length, exact }, statement: exact, kind: "other" });
  await api.articles.addVersion({ articleId, text: `${story.text}\n\nA paragraph added later.` });
  const { verdictId } = await api.verdicts.propose({ claimId, rating: "unproven", rationale: "Not shown either way." });
  const claim = await db.prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
  await callerFor(db, editor).verdicts.approve({ verdictId, claimRevision: claim.revision });
});
afterAll(() => db.close());

describe("checkWriteIntegrity", () => {
  it("finds nothing wrong in data written by the procedures", async () => {
    expect(await checkWriteIntegrity(db.prisma, articleId, { versions: [2], proposed: [], approved: [] })).toEqual([]);
  });

  it("reports an acknowledged write that is missing", async () => {
    expect(await checkWriteIntegrity(db.prisma, articleId, { versions: [3], proposed: ["gone"], approved: [] })).toEqual([
      "acknowledged version 3 is missing",
      "acknowledged proposal gone is missing",
    ]);
  });

  it("reports a half-imported version and an activity log that disagrees", async () => {
    const version = await db.prisma.articleVersion.findFirstOrThrow({ where: { articleId, number: 2 } });
    const anchor = await db.prisma.anchor.findFirstOrThrow({ where: { versionId: version.id } });
    const approval = await db.prisma.activity.findFirstOrThrow({ where: { articleId, kind: "verdict.approved" } });
    await db.prisma.anchor.delete({ where: { id: anchor.id } });
    await db.prisma.activity.delete({ where: { id: approval.id } });
    const problems = await checkWriteIntegrity(db.prisma, articleId, nothingAcked);
    expect(problems).toContainEqual("version 2 is half-imported: 1 claims of version 1 have no anchor in it");
    expect(problems).toContainEqual(expect.stringMatching(/is approved but the log records 0 approvals/));
  });
});
