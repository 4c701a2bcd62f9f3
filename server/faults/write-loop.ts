// The fault suite's victim: adds versions of one article and proposes and approves verdicts on its
// claims through the tRPC procedures, printing a line for each acknowledged (committed) write,
// until it is killed. Run by kill-during-writes.test.ts with the database in the environment: it
// loads, says "loaded", and opens the database only when told "go" (the next victim loads while
// the previous one still runs, and a PGlite folder has one owner at a time).
import { once } from "node:events";
import { createSession, resolveSession } from "../auth/sessions";
import { databaseTargetFromEnv } from "../database/config";
import { openDatabase } from "../database/open-database";
import { callerFor } from "../testing/test-users";

const { FAULT_ARTICLE_ID: articleId, FAULT_JOURNALIST_ID: journalistId, FAULT_EDITOR_ID: editorId } = process.env;
if (!articleId || !journalistId || !editorId) throw new Error("FAULT_ARTICLE_ID, FAULT_JOURNALIST_ID and FAULT_EDITOR_ID are required");

console.log("loaded");
process.stdin.setEncoding("utf8");
while (!String((await once(process.stdin, "data"))[0]).includes("go"));
const db = await openDatabase(databaseTargetFromEnv());
async function callerAs(userId: string) {
  const user = await resolveSession(db.prisma, await createSession(db.prisma, userId));
  if (!user) throw new Error(`no session for ${userId}`);
  return callerFor(db, user);
}
const journalist = await callerAs(journalistId);
const editor = await callerAs(editorId);
const ack = (line: string) => process.stdout.write(`ack ${line}\n`);
console.log("ready");

for (;;) {
  const current = await db.prisma.articleVersion.findFirstOrThrow({ where: { articleId }, orderBy: { number: "desc" }, select: { number: true, text: true } });
  // Each version revises the story's first figure, so every one differs from the one before.
  const text = current.text.replace(/\d[\d,]*/, String(1000 + current.number));
  ack(`version ${(await journalist.articles.addVersion({ articleId, text })).number}`);

  const open = await db.prisma.claim.findFirst({ where: { articleId, deletedAt: null, reviewState: { not: "proposed" } }, orderBy: { updatedAt: "asc" }, select: { id: true } });
  if (open) ack(`proposed ${(await journalist.verdicts.propose({ claimId: open.id, rating: "unproven", rationale: "Not shown either way yet." })).verdictId}`);

  const waiting = await db.prisma.verdict.findFirst({ where: { status: "proposed", claim: { articleId } }, select: { id: true, claim: { select: { revision: true } } } });
  if (waiting) {
    await editor.verdicts.approve({ verdictId: waiting.id, claimRevision: waiting.claim.revision });
    ack(`approved ${waiting.id}`);
  }
}
