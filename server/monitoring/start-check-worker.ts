// The background worker every app server runs: pg-boss over the app's database (it creates its
// own `pgboss` schema on first start), polling the check queue. pg-boss hands each due job to
// exactly one worker (SELECT … FOR UPDATE SKIP LOCKED), however many app servers share the database.
import PgBoss from "pg-boss";
import type { Database } from "../database/open-database";
import { checkQueue, checkQueueOptions, type CheckJobData } from "./check-queue";
import { pgBossDatabase } from "./pg-boss-database";
import { CheckFailed, runWatchCheck } from "./run-watch-check";
import type { WatchSchedule } from "./watch-schedule";

// Checks one app server runs at once: fetching is mostly waiting on other sites.
const concurrentChecks = 3;

type WorkerOptions = { schedule: WatchSchedule; allowList: string[]; log?: (message: string) => void };

export async function startCheckWorker(db: Database, { schedule, allowList, log = console.warn }: WorkerOptions) {
  const boss = new PgBoss({ db: pgBossDatabase(db.driver), schedule: false });
  boss.on("error", (error) => log(`Monitoring: ${error.message}`));
  await boss.start();
  // createQueue keeps an existing queue's options: update them to this start's schedule.
  await boss.createQueue(checkQueue, checkQueueOptions(schedule));
  await boss.updateQueue(checkQueue, checkQueueOptions(schedule));
  // Polls often enough for "check now" to feel immediate, and for a short test schedule; while
  // checks are due, each loop takes the next one at once instead of waiting for its next poll.
  const pollingIntervalSeconds = Math.min(2, Math.max(0.5, schedule[0]! / 4));
  for (let loop = 0; loop < concurrentChecks; loop++) {
    let workerId = "";
    workerId = await boss.work<CheckJobData>(checkQueue, { pollingIntervalSeconds, includeMetadata: true }, async ([job]) => {
      try {
        return await runWatchCheck(db, job!, { schedule, allowList });
      } catch (error) {
        if (!(error instanceof CheckFailed)) log(`Monitoring: the check of article ${job!.data.articleId} broke: ${(error as Error).message}`);
        throw error;
      } finally {
        boss.notifyWorker(workerId);
      }
    });
  }
  return {
    /** Lets a running check finish (up to 15 s), then stops polling. */
    stop: () => boss.stop({ graceful: true, timeout: 15_000 }),
  };
}
