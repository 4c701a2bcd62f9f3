// Stops watching an article: its pending check is cancelled; the history of checks is kept.
import type { Database } from "../database/open-database";
import { invalid } from "../errors";
import { cancelCheck } from "./check-queue";

export async function stopWatching(db: Database, articleId: string) {
  const watch = await db.prisma.articleWatch.findUnique({ where: { articleId }, select: { active: true, jobId: true } });
  if (!watch?.active) throw invalid("This article is not being watched.");
  await db.prisma.articleWatch.update({ where: { articleId }, data: { active: false, stoppedAt: new Date(), nextCheckAt: null, jobId: null }, select: { id: true } });
  if (watch.jobId) await cancelCheck(db, watch.jobId);
}
