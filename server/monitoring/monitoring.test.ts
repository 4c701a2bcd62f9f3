// Monitoring end to end on a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL): the
// procedures, pg-boss's queue and the worker, against a local site whose page changes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../database/open-database";
import { articleHtml, startChangingSite } from "../testing/changing-site";
import { createTestDatabase } from "../testing/test-database";
import { importDemoStory } from "../testing/test-article";
import { trpcErrorOf } from "../testing/trpc-error";
import { callerFor, createTestUser } from "../testing/test-users";
import { startCheckWorker } from "./start-check-worker";
import { parseWatchSchedule } from "./watch-schedule";

// Checks every 30 s then every minute; a failed check is retried after 2–4 s, then 4–8 s, then 8–16 s.
process.env.CLAIMTRAIL_WATCH_SCHEDULE = "30s,60s";
const schedule = parseWatchSchedule("30s,60s");

let db: Database;
let site: Awaited<ReturnType<typeof startChangingSite>>;
let api: ReturnType<typeof callerFor>;
let journalistId: string;
let worker: Awaited<ReturnType<typeof startCheckWorker>> | null = null;

const startWorker = async () => (worker = await startCheckWorker(db, { schedule, allowList: site.allowList, log: () => {} }));
const stopWorker = async () => {
  await worker?.stop();
  worker = null;
};

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function importFromSite(path: string) {
  const url = `${site.origin}${path}`;
  const fetched = await api.articles.fetchFromUrl({ url });
  const { id } = await api.articles.import({ title: `${fetched.title} ${path}`, publisher: fetched.publisher, text: fetched.text, captureMethod: "fetched", sourceUrl: fetched.url });
  return id;
}

const statusOf = (articleId: string) => api.articles.watchStatus({ articleId });
const checksOf = async (articleId: string) => (await statusOf(articleId)).watch?.checks ?? [];

beforeAll(async () => {
  db = await createTestDatabase();
  site = await startChangingSite();
  process.env.CLAIMTRAIL_FETCH_ALLOW = site.allowList.join(",");
  const journalist = await createTestUser(db, "journalist");
  journalistId = journalist.id;
  api = callerFor(db, journalist);
  await startWorker();
});
afterAll(async () => {
  await stopWorker();
  await site.close();
  await db.close();
});

describe("watching an article", () => {
  it("checks it: unchanged text is an unchanged check; changed text becomes the next version, captured by monitoring", async () => {
    site.serve("/story", articleHtml);
    const articleId = await importFromSite("/story");
    expect(await statusOf(articleId)).toEqual({ watchable: true, watch: null });

    const before = Date.now();
    await api.articles.watch({ articleId });
    const watching = (await statusOf(articleId)).watch!;
    expect(watching).toMatchObject({ active: true, step: 0, intervalSeconds: 30, lastCheckedAt: null, lastError: null, checks: [] });
    expect(watching.nextCheckAt!.getTime() - before).toBeGreaterThanOrEqual(30_000);

    await api.articles.checkNow({ articleId });
    const [unchanged] = await until(() => checksOf(articleId), (checks) => checks.length === 1);
    expect(unchanged).toMatchObject({ outcome: "unchanged", versionNumber: 1, error: null });
    expect(unchanged!.durationMs).toBeGreaterThanOrEqual(0);
    const backedOff = (await statusOf(articleId)).watch!;
    expect(backedOff).toMatchObject({ step: 1, intervalSeconds: 60, lastError: null });
    expect(backedOff.nextCheckAt!.getTime() - Date.now()).toBeGreaterThan(50_000);
    expect(site.requestsTo("/story")).toBe(2);

    site.serve("/story", articleHtml.replace("More than 250,000 civilians", "More than 275,000 civilians"));
    await api.articles.checkNow({ articleId });
    const [changed] = await until(() => checksOf(articleId), (checks) => checks.length === 2);
    expect(changed).toMatchObject({ outcome: "changed", versionNumber: 2 });
    const version = await db.prisma.articleVersion.findFirstOrThrow({ where: { articleId, number: 2 }, select: { captureMethod: true, capturedById: true, text: true, sourceUrl: true } });
    expect(version).toMatchObject({ captureMethod: "monitored", capturedById: journalistId, sourceUrl: `${site.origin}/story` });
    expect(version.text).toContain("More than 275,000 civilians");
    expect((await statusOf(articleId)).watch).toMatchObject({ step: 0, intervalSeconds: 30 });
    expect(site.requestsTo("/story")).toBe(3);
  });

  it("records a page that is gone as a failed check with its reason, retries it with backoff, and loses nothing", async () => {
    site.serve("/gone", articleHtml);
    const articleId = await importFromSite("/gone");
    await api.articles.watch({ articleId });
    site.serve("/gone", "<h1>Not found</h1>", { status: 404 });
    await api.articles.checkNow({ articleId });

    const [failed] = await until(() => checksOf(articleId), (checks) => checks.length === 1);
    const message = "The page is no longer there (HTTP 404): it may have been moved or taken down. Nothing was captured; the article's versions are unchanged.";
    expect(failed).toMatchObject({ outcome: "failed", error: message, versionNumber: null });
    expect((await statusOf(articleId)).watch).toMatchObject({ active: true, lastError: message, consecutiveFailures: 1 });

    // pg-boss retries the same job: a second failed check comes without anyone asking.
    await until(() => checksOf(articleId), (checks) => checks.length === 2, 10_000);
    expect((await statusOf(articleId)).watch).toMatchObject({ lastError: message, consecutiveFailures: 2 });

    site.serve("/gone", articleHtml);
    const [recovered] = await until(() => checksOf(articleId), (checks) => checks.length === 3, 15_000);
    expect(recovered).toMatchObject({ outcome: "unchanged", versionNumber: 1 });
    expect((await statusOf(articleId)).watch).toMatchObject({ lastError: null, consecutiveFailures: 0 });
    expect(await db.prisma.articleVersion.count({ where: { articleId } })).toBe(1);
  });

  it("says so when the page now asks for a sign-in or is not a web page", async () => {
    site.serve("/walled", articleHtml);
    const articleId = await importFromSite("/walled");
    await api.articles.watch({ articleId });
    site.serve("/walled", "<form><input type=password></form>", { status: 401 });
    await api.articles.checkNow({ articleId });
    const [walled] = await until(() => checksOf(articleId), (checks) => checks.length === 1);
    expect(walled!.error).toMatch(/^The page now asks for a sign-in or a subscription \(HTTP 401\)/);

    site.serve("/walled", "%PDF-1.7", { type: "application/pdf" });
    await api.articles.checkNow({ articleId });
    const [pdf] = await until(() => checksOf(articleId), (checks) => checks[0]!.error !== walled!.error);
    expect(pdf!.error).toBe("The address leads to a file of type application/pdf, not to a web page (HTML). Nothing was captured; the article's versions are unchanged.");
    await api.articles.unwatch({ articleId });
  });

  it("keeps due checks in the database: a check asked for while no worker runs is done once one starts", async () => {
    site.serve("/restart", articleHtml);
    const articleId = await importFromSite("/restart");
    await api.articles.watch({ articleId });
    await stopWorker();
    await api.articles.checkNow({ articleId });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await checksOf(articleId)).toEqual([]);

    await startWorker();
    const [check] = await until(() => checksOf(articleId), (checks) => checks.length === 1);
    expect(check!.outcome).toBe("unchanged");
  });

  it("stops watching: the pending check is cancelled and the history kept", async () => {
    site.serve("/stop", articleHtml);
    const articleId = await importFromSite("/stop");
    await api.articles.watch({ articleId });
    await api.articles.checkNow({ articleId });
    await until(() => checksOf(articleId), (checks) => checks.length === 1);
    await api.articles.unwatch({ articleId });
    const status = (await statusOf(articleId)).watch!;
    expect(status).toMatchObject({ active: false, nextCheckAt: null });
    expect(status.checks).toHaveLength(1);
    expect((await trpcErrorOf(api.articles.checkNow({ articleId }))).message).toBe("Start watching this article before asking for a check.");
    expect((await trpcErrorOf(api.articles.unwatch({ articleId }))).message).toBe("This article is not being watched.");

    await api.articles.watch({ articleId });
    expect((await statusOf(articleId)).watch).toMatchObject({ active: true, step: 0 });
  });

  it("stops by itself when the article is deleted", async () => {
    site.serve("/deleted", articleHtml);
    const articleId = await importFromSite("/deleted");
    await api.articles.watch({ articleId });
    await stopWorker();
    await api.articles.checkNow({ articleId });
    await db.prisma.article.update({ where: { id: articleId }, data: { deletedAt: new Date() } });
    await startWorker();
    const watch = await until(
      () => db.prisma.articleWatch.findUniqueOrThrow({ where: { articleId }, select: { active: true, lastError: true } }),
      (w) => !w.active,
    );
    expect(watch.lastError).toBe("The article was deleted: watching stopped.");
    expect(site.requestsTo("/deleted")).toBe(1);
  });

  it("refuses to watch an article without an address, a deleted or a missing one", async () => {
    const pasted = await importDemoStory(db, journalistId);
    const noAddress = await trpcErrorOf(api.articles.watch({ articleId: pasted.articleId }));
    expect([noAddress.code, noAddress.message]).toEqual(["BAD_REQUEST", "This article has no web address to watch: only an article fetched from its URL, or given its original address, can be watched."]);
    expect(await statusOf(pasted.articleId)).toEqual({ watchable: false, watch: null });

    await db.prisma.article.update({ where: { id: pasted.articleId }, data: { deletedAt: new Date() } });
    expect((await trpcErrorOf(api.articles.watch({ articleId: pasted.articleId }))).code).toBe("NOT_FOUND");
    expect((await trpcErrorOf(api.articles.checkNow({ articleId: pasted.articleId }))).code).toBe("NOT_FOUND");
    expect((await trpcErrorOf(api.articles.watch({ articleId: "missing" }))).code).toBe("NOT_FOUND");
  });
});
