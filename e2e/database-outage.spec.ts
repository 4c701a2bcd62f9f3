// PostgreSQL goes away under load and comes back: while it is away, every request fails fast
// with a clear 503 (no 500, no hanging); once it is back the app recovers by itself within
// seconds; every write the app acknowledged is in the database afterwards.
import { expect, test } from "@playwright/test";
import pg from "pg";
import { storageStateFor } from "./demo-users";
import { baseURL } from "./playwright.config";
import { e2eDatabaseUrl, startSecondAppServer } from "./second-app-server";
import { startTcpProxy } from "./tcp-proxy";
import { mutate, query } from "./trpc-request";

test.skip(!e2eDatabaseUrl(), "needs PostgreSQL (TEST_DATABASE_URL): PGlite is inside the app process");

type Workspace = { article: { id: string }; version: { id: string; text: string } };
type Phase = "before" | "down" | "after";
type Outcome = { sentIn: Phase; answeredIn: Phase; status: number; ms: number; body: string; message: string };

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test("the app answers 503 while PostgreSQL is away, recovers by itself, and loses no acknowledged write", async ({ browser }) => {
  test.setTimeout(240_000);
  const databaseUrl = new URL(e2eDatabaseUrl()!);
  const proxy = await startTcpProxy({ host: databaseUrl.hostname, port: Number(databaseUrl.port || 5432) });
  const viaProxy = new URL(databaseUrl);
  viaProxy.port = String(proxy.port);
  // Beside the run's own port (the two-server spec takes +500).
  const server = await startSecondAppServer(Number(new URL(baseURL).port) + 600, viaProxy.toString());
  const journalist = (await browser.newContext({ storageState: storageStateFor("journalist") })).request;
  const marker = `outage-${Date.now().toString(36)}`;
  try {
    const { article, version } = await query<Workspace>(journalist, "articles.workspace", { slug: "russias-aleppo-ceasefire-begins-but-clashes-erupt" });
    const phrase = "Five years of efforts to put an end to the conflict in Syria have all failed";
    const start = version.text.indexOf(phrase);
    const claim = await mutate<{ id: string }>(journalist, "claims.create", { articleId: article.id, versionId: version.id, anchor: { start, end: start + phrase.length, exact: phrase }, statement: `${phrase} (${marker})`, kind: "other" });

    let phase: Phase = "before";
    let sent = 0;
    const outcomes: Outcome[] = [];
    let writing = true;
    const writer = (async () => {
      while (writing) {
        const body = `${marker} comment ${(sent += 1)}`;
        const began = Date.now();
        const sentIn = phase;
        const response = await journalist
          .post(`${server.origin}/api/trpc/claims.comment`, { data: { json: { claimId: claim.id, body } }, headers: { origin: server.origin }, timeout: 30_000 })
          .catch(() => null);
        const json = response ? await response.json().catch(() => null) : null;
        outcomes.push({ sentIn, answeredIn: phase, status: response?.status() ?? 0, ms: Date.now() - began, body, message: json?.error?.json?.message ?? "" });
        await pause(100);
      }
    })();

    await pause(3000);
    phase = "down";
    await proxy.down();
    await pause(3000);
    // Route handlers outside tRPC answer alike; nothing was asked of this server's page cache yet.
    const routeAnswers = await Promise.all(
      ["/api/v1/claims?limit=7", "/feeds/verdicts.atom", "/sitemap.xml", "/api/articles/russias-aleppo-ceasefire-begins-but-clashes-erupt/claims.csv"].map(async (path) => {
        const response = await journalist.get(`${server.origin}${path}`, { timeout: 15_000 });
        return { path, status: response.status(), body: await response.text() };
      }),
    );
    await pause(3000);
    phase = "after";
    await proxy.up();
    const backAt = Date.now();
    const timeline = () => outcomes.map((o) => `${o.sentIn[0]}${o.status}:${o.ms}`).join(" ");
    await expect
      .poll(() => outcomes.filter((o) => o.sentIn === "after" && o.status === 200).length, { timeout: 30_000, message: `no write succeeded after the database came back: ${timeline()}` })
      .toBeGreaterThan(0);
    const firstSuccess = outcomes.find((o) => o.sentIn === "after" && o.status === 200)!;
    const recoveredInMs = Date.now() - backAt;
    await pause(2000);
    writing = false;
    await writer;

    const down = outcomes.filter((o) => o.sentIn === "down" && o.answeredIn === "down");
    const acknowledged = outcomes.filter((o) => o.status === 200).map((o) => o.body);
    const client = new pg.Client({ connectionString: databaseUrl.toString() });
    await client.connect();
    const stored = new Set((await client.query<{ body: string }>(`SELECT "body" FROM "Comment" WHERE "body" LIKE $1`, [`${marker}%`])).rows.map((r) => r.body));
    await client.end();
    const missing = acknowledged.filter((body) => !stored.has(body));
    const statuses = [...new Set(down.map((o) => o.status))].join(", ");
    console.log(
      `database outage: ${outcomes.length} writes (${down.length} while PostgreSQL was away: status ${statuses}, slowest ${Math.max(...down.map((o) => o.ms))} ms); ` +
        `recovered ${recoveredInMs} ms after it came back (first write after: ${firstSuccess.ms} ms); ${acknowledged.length} acknowledged, ${missing.length} missing; ` +
        `route handlers while it was away: ${routeAnswers.map((a) => a.status).join(", ")}`,
    );
    expect(down.length).toBeGreaterThan(5);
    for (const o of down) {
      expect(o.status, `${o.body}: ${o.message}`).toBe(503);
      expect(o.message).toMatch(/database/i);
      expect(o.ms).toBeLessThan(5000);
    }
    for (const answer of routeAnswers) {
      expect(answer.status, answer.path).toBe(503);
      expect(answer.body, answer.path).toMatch(/database cannot be reached/);
    }
    expect(recoveredInMs).toBeLessThan(10_000);
    expect(missing).toEqual([]);
  } finally {
    await server.stop();
    await proxy.stop();
  }
});
