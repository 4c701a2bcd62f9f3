// "Check now": the watch's next check becomes due immediately, on whichever app server's worker
// takes it first; the check it replaces is cancelled, and the schedule continues from its result.
import type { Database } from "../database/open-database";
import { invalid, notFound } from "../errors";
import { scheduleCheck } from "./check-queue";

export async function checkNow(db: Database, articleId: string) {
  const article = await db.prisma.article.findUnique({ where: { id: articleId }, select: { deletedAt: true, watch: { select: { active: true } } } });
  if (!article || article.deletedAt) throw notFound("The article");
  if (!article.watch?.active) throw invalid("Start watching this article before asking for a check.");
  await scheduleCheck(db, articleId, new Date());
}
