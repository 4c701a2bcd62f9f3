// The pg-boss queue of watch checks, and the one way a watch gets its next check: a job is sent,
// becomes the watch's current job (ArticleWatch.jobId) and the job it replaces is cancelled. A job
// that is not its watch's current one does nothing when it runs, so "check now", a stop and a
// check finishing at the same moment can never leave two checks chained for one article.
import PgBoss from "pg-boss";
import type { Prisma } from "../generated/prisma/client";
import type { Database } from "../database/open-database";
import { pgBossDatabase, pgBossInTransaction } from "./pg-boss-database";
import { retryDelaySeconds, type WatchSchedule } from "./watch-schedule";

export const checkQueue = "article-check";

export type CheckJobData = { articleId: string };

/** A check retries three times with exponential backoff; one that hangs is failed after 5 minutes. */
export function checkQueueOptions(schedule: WatchSchedule) {
  return { name: checkQueue, retryLimit: 3, retryDelay: retryDelaySeconds(schedule), retryBackoff: true, expireInSeconds: 300 };
}

// Sending needs no started pg-boss (no polling, no maintenance): one idle instance per database.
const senders = new WeakMap<Database, PgBoss>();

function checkJobs(db: Database): PgBoss {
  let boss = senders.get(db);
  if (!boss) {
    boss = new PgBoss({ db: pgBossDatabase(db.driver), schedule: false, supervise: false, migrate: false });
    senders.set(db, boss);
  }
  return boss;
}

type ScheduleOptions = {
  /** The job now finishing: the watch is updated only if that job is still its current one. */
  replacing?: string;
  update?: Prisma.ArticleWatchUpdateManyMutationInput;
  /** The check that just ran, recorded in the same transaction as the watch's new state. */
  check?: Prisma.WatchCheckUncheckedCreateInput;
};

/**
 * Schedules the watch's next check at `at`, unless the watch was stopped or taken over meanwhile.
 * The job is created in the same transaction that makes it the watch's current one: sent before
 * it, a job due at once could be taken by a worker while the watch still named the old job, and
 * skipped as superseded, leaving the watch with no check to come.
 */
export async function scheduleCheck(db: Database, articleId: string, at: Date, { replacing, update, check }: ScheduleOptions = {}) {
  const jobs = checkJobs(db);
  await db.prisma.$transaction(async (tx) => {
    if (check) await tx.watchCheck.create({ data: check, select: { id: true } });
    // Locked until commit: a "check now" and a finishing check on one watch take turns here.
    const [watch] = await tx.$queryRaw<{ active: boolean; jobId: string | null }[]>`
      SELECT active, "jobId" FROM "ArticleWatch" WHERE "articleId" = ${articleId} FOR UPDATE`;
    if (!watch?.active || (replacing && watch.jobId !== replacing)) return;
    const inTransaction = pgBossInTransaction(tx);
    const jobId = await jobs.send(checkQueue, { articleId } satisfies CheckJobData, { startAfter: at, db: inTransaction });
    if (!jobId) throw new Error(`pg-boss has no "${checkQueue}" queue: the app server creates it when it starts.`);
    await tx.articleWatch.update({ where: { articleId }, data: { ...update, jobId, nextCheckAt: at }, select: { id: true } });
    if (watch.jobId && watch.jobId !== replacing) await jobs.cancel(checkQueue, watch.jobId, { db: inTransaction });
  });
}

export async function cancelCheck(db: Database, jobId: string) {
  await checkJobs(db).cancel(checkQueue, jobId);
}
