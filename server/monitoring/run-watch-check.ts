// One check of a watched article, as the worker runs it for a pg-boss job: fetch the page again
// through the guarded importer; identical text is an unchanged check, other text becomes the
// next version (captured as `monitored`, in the name of whoever started watching). Every check
// is recorded. A failure is recorded and thrown back to pg-boss, which retries it with backoff;
// after the last retry the watch simply waits for its next regular check.
import type { Database } from "../database/open-database";
import { refetchArticle } from "../versions/fetch-new-version";
import { addArticleVersion } from "../versions/add-version";
import { scheduleCheck } from "./check-queue";
import { describeCheckFailure } from "./describe-check-failure";
import { intervalAt, nextWatchStep, retryDelaySeconds, type WatchSchedule } from "./watch-schedule";

export type CheckJob = { id: string; data: { articleId: string }; retryCount: number; retryLimit: number };

export type CheckResult = { outcome: "unchanged" | "changed" | "failed" | "skipped"; versionNumber?: number; error?: string };

export class CheckFailed extends Error {}

const secondsFromNow = (seconds: number) => new Date(Date.now() + seconds * 1000);

export async function runWatchCheck(db: Database, job: CheckJob, { schedule, allowList }: { schedule: WatchSchedule; allowList: string[] }): Promise<CheckResult> {
  const { articleId } = job.data;
  const watch = await db.prisma.articleWatch.findUnique({
    where: { articleId },
    select: { id: true, active: true, jobId: true, step: true, startedById: true, article: { select: { deletedAt: true } } },
  });
  // Superseded by "check now", or the watch was stopped: another job (or none) has the watch now.
  if (!watch?.active || watch.jobId !== job.id) return { outcome: "skipped" };

  const started = Date.now();
  if (watch.article.deletedAt) {
    const error = "The article was deleted: watching stopped.";
    await db.prisma.$transaction([
      db.prisma.watchCheck.create({ data: { watchId: watch.id, outcome: "failed", error, durationMs: 0 }, select: { id: true } }),
      db.prisma.articleWatch.update({ where: { articleId }, data: { active: false, stoppedAt: new Date(), nextCheckAt: null, jobId: null, lastError: error }, select: { id: true } }),
    ]);
    return { outcome: "failed", error };
  }

  let result: { changed: boolean; versionNumber: number };
  try {
    const fetched = await refetchArticle(db.prisma, articleId, { allowList });
    result =
      fetched.sameAs !== null
        ? { changed: false, versionNumber: fetched.sameAs }
        : { changed: true, versionNumber: (await addArticleVersion(db.prisma, watch.startedById, { articleId, text: fetched.text, captureMethod: "monitored", sourceUrl: fetched.url })).number };
  } catch (caught) {
    const error = describeCheckFailure(caught);
    const check = { watchId: watch.id, at: new Date(), outcome: "failed" as const, error, durationMs: Date.now() - started };
    const failure = { lastCheckedAt: check.at, lastError: error, consecutiveFailures: { increment: 1 } };
    if (job.retryCount < job.retryLimit) {
      // pg-boss waits between retryDelay·2^n and twice that: the earliest is what the page shows.
      const retryAt = secondsFromNow(retryDelaySeconds(schedule) * 2 ** job.retryCount);
      await db.prisma.$transaction([
        db.prisma.watchCheck.create({ data: check, select: { id: true } }),
        db.prisma.articleWatch.updateMany({ where: { articleId, jobId: job.id }, data: { ...failure, nextCheckAt: retryAt } }),
      ]);
      throw new CheckFailed(error);
    }
    await scheduleCheck(db, articleId, secondsFromNow(intervalAt(schedule, watch.step)), { replacing: job.id, update: failure, check });
    return { outcome: "failed", error };
  }

  const outcome = result.changed ? ("changed" as const) : ("unchanged" as const);
  const check = { watchId: watch.id, at: new Date(), outcome, versionNumber: result.versionNumber, durationMs: Date.now() - started };
  const step = nextWatchStep(schedule, watch.step, result.changed);
  await scheduleCheck(db, articleId, secondsFromNow(intervalAt(schedule, step)), {
    replacing: job.id,
    update: { step, lastCheckedAt: check.at, lastError: null, consecutiveFailures: 0 },
    check,
  });
  return { outcome, versionNumber: result.versionNumber };
}
