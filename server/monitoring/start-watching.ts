// Starts watching an article's address: the first check comes one interval from now (the
// article was just imported or fetched); a watch already running is left as it is.
import type { Database } from "../database/open-database";
import { invalid, notFound } from "../errors";
import { scheduleCheck } from "./check-queue";
import { intervalAt, type WatchSchedule } from "./watch-schedule";

export async function startWatching(db: Database, actorId: string, articleId: string, schedule: WatchSchedule) {
  const article = await db.prisma.article.findUnique({
    where: { id: articleId },
    select: { deletedAt: true, canonicalUrl: true, versions: { orderBy: { number: "desc" }, take: 1, select: { sourceUrl: true } }, watch: { select: { active: true } } },
  });
  if (!article || article.deletedAt) throw notFound("The article");
  if (!article.versions[0]?.sourceUrl && !article.canonicalUrl) {
    throw invalid("This article has no web address to watch: only an article fetched from its URL, or given its original address, can be watched.");
  }
  if (article.watch?.active) return;
  const at = new Date(Date.now() + intervalAt(schedule, 0) * 1000);
  const restart = { active: true, step: 0, startedById: actorId, startedAt: new Date(), stoppedAt: null, lastError: null, consecutiveFailures: 0, jobId: null, nextCheckAt: at };
  await db.prisma.articleWatch.upsert({ where: { articleId }, create: { articleId, ...restart }, update: restart, select: { id: true } });
  await scheduleCheck(db, articleId, at);
}
