// Several app servers on one database: each runs a worker, and each due check is fetched by
// exactly one of them. On PostgreSQL (TEST_DATABASE_URL) the two workers have a connection pool
// each, as two servers would; on PGlite they share the process's one connection.
import { afterAll, beforeAll, expect, it } from "vitest";
import { openDatabase, type Database } from "../database/open-database";
import { articleHtml, startChangingSite } from "../testing/changing-site";
import { createTestDatabase } from "../testing/test-database";
import { callerFor, createTestUser } from "../testing/test-users";
import { startCheckWorker } from "./start-check-worker";
import { parseWatchSchedule } from "./watch-schedule";

process.env.CLAIMTRAIL_WATCH_SCHEDULE = "1h";
const schedule = parseWatchSchedule("1h");
const articles = 8;

let db: Database;
let secondServerDb: Database;
let site: Awaited<ReturnType<typeof startChangingSite>>;
let workers: { stop(): Promise<void> }[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  secondServerDb = db.target.kind === "postgres" ? await openDatabase(db.target) : db;
  // Slow pages keep a worker busy, so the other one is polling while checks are due.
  site = await startChangingSite({ delayMs: 300 });
  process.env.CLAIMTRAIL_FETCH_ALLOW = site.allowList.join(",");
  const options = { schedule, allowList: site.allowList, log: () => {} };
  workers = [await startCheckWorker(db, options), await startCheckWorker(secondServerDb, options)];
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  if (secondServerDb !== db) await secondServerDb.close();
  await site.close();
  await db.close();
});

it("fetches each due check exactly once with two workers on one database", async () => {
  const api = callerFor(db, await createTestUser(db, "journalist"));
  const ids: string[] = [];
  for (let i = 0; i < articles; i++) {
    site.serve(`/story-${i}`, articleHtml);
    const fetched = await api.articles.fetchFromUrl({ url: `${site.origin}/story-${i}` });
    const { id } = await api.articles.import({ title: `Story ${i}`, publisher: fetched.publisher, text: fetched.text, captureMethod: "fetched", sourceUrl: fetched.url });
    await api.articles.watch({ articleId: id });
    ids.push(id);
  }
  await Promise.all(ids.map((articleId) => api.articles.checkNow({ articleId })));

  const deadline = Date.now() + 30_000;
  while ((await db.prisma.watchCheck.count()) < articles && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  // Time for a duplicate to show up, were there one: both workers poll several times meanwhile.
  await new Promise((r) => setTimeout(r, 3_000));

  expect(await db.prisma.watchCheck.count()).toBe(articles);
  for (let i = 0; i < articles; i++) expect(site.requestsTo(`/story-${i}`), `/story-${i}`).toBe(2);
});
