// A check is never visible to a worker before its watch names it: a worker taking a "check now"
// job in between would skip it as superseded, and the watch would wait for a check that never
// comes. Here a second server's worker polls as fast as it can while "check now" is pressed. On
// PostgreSQL (TEST_DATABASE_URL) the old order failed most presses; PGlite's one connection
// makes the window narrow, and this test rarely meets it there.
import { setTimeout } from "node:timers/promises";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openDatabase, type Database } from "../database/open-database";
import { createTestDatabase } from "../testing/test-database";
import { callerFor, createTestUser } from "../testing/test-users";
import { checkNow } from "./check-now";
import { checkQueue, checkQueueOptions } from "./check-queue";
import { pgBossDatabase } from "./pg-boss-database";
import { parseWatchSchedule } from "./watch-schedule";

let db: Database;
let otherServerDb: Database;
let worker: PgBoss;

beforeAll(async () => {
  db = await createTestDatabase();
  otherServerDb = db.target.kind === "postgres" ? await openDatabase(db.target) : db;
  worker = new PgBoss({ db: pgBossDatabase(otherServerDb.driver), schedule: false, supervise: false });
  await worker.start();
  await worker.createQueue(checkQueue, checkQueueOptions(parseWatchSchedule("1h")));
});
afterAll(async () => {
  await worker.stop({ graceful: false });
  if (otherServerDb !== db) await otherServerDb.close();
  await db.close();
});

it("makes a check the watch's current one before any worker can take it", async () => {
  const journalist = await createTestUser(db, "journalist");
  const api = callerFor(db, journalist);
  const { id: articleId } = await api.articles.import({
    title: "A watched story",
    publisher: "Example",
    text: "More than 250,000 civilians have been trapped in east Aleppo. The ceasefire is holding, officials said.",
    captureMethod: "fetched",
    sourceUrl: "https://example.org/watched-story",
  });
  await api.articles.watch({ articleId });

  const seen: { taken: string; watchNamed: string | null | undefined }[] = [];
  for (let press = 0; press < 25; press++) {
    const pressed = checkNow(db, articleId);
    let taken: string | undefined;
    while (!taken) {
      [taken] = ((await worker.fetch(checkQueue)) ?? []).map((job) => job.id);
      await setTimeout(1);
    }
    const watch = await otherServerDb.prisma.articleWatch.findUnique({ where: { articleId }, select: { jobId: true } });
    seen.push({ taken, watchNamed: watch?.jobId });
    await pressed;
  }
  expect(seen.filter(({ taken, watchNamed }) => taken !== watchNamed)).toEqual([]);
});
