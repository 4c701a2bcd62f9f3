// Two app servers on one PostgreSQL database behave as one: a verdict approved through one is
// served by the other's public page cache within two seconds; a session ended on one is refused
// by the other at once; failed sign-ins count across both.
import { expect, test } from "@playwright/test";
import { baseURL } from "./playwright.config";
import { storageStateFor } from "./demo-users";
import { e2eDatabaseUrl, startSecondAppServer } from "./second-app-server";
import { expectSignedInAs, signInThroughForm } from "./sign-in";
import { mutate, query } from "./trpc-request";

test.skip(!e2eDatabaseUrl(), "needs PostgreSQL (TEST_DATABASE_URL): PGlite serves one process");

// Beside the run's own port, so that runs on other ports do not collide.
const secondPort = Number(new URL(baseURL).port) + 500;
let second: Awaited<ReturnType<typeof startSecondAppServer>>;
test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  test.setTimeout(180_000);
  second = await startSecondAppServer(secondPort);
});
test.afterAll(async () => {
  await second?.stop();
});

type Workspace = { article: { id: string }; version: { id: string; text: string } };

test("an approval through one server reaches the other server's cached claim page within 2 seconds", async ({ browser }) => {
  test.setTimeout(180_000);
  const journalistContext = await browser.newContext({ storageState: storageStateFor("journalist") });
  const editorContext = await browser.newContext({ storageState: storageStateFor("editor") });
  const { request: journalist } = journalistContext;
  const { request: editor } = editorContext;
  try {
    const { article, version } = await query<Workspace>(journalist, "articles.workspace", { slug: "russias-aleppo-ceasefire-begins-but-clashes-erupt" });
    const phrase = "Five years of efforts to put an end to the conflict in Syria have all failed";
    const start = version.text.indexOf(phrase);
    const claim = await mutate<{ id: string }>(journalist, "claims.create", { articleId: article.id, versionId: version.id, anchor: { start, end: start + phrase.length, exact: phrase }, statement: phrase, kind: "other" });
    const source = await mutate<{ id: string }>(journalist, "sources.create", { url: "https://example.org/five-years", title: "Five years of talks", kind: "news_report" });
    await mutate(journalist, "sources.link", { claimId: claim.id, sourceId: source.id, stance: "supports" });
    const first = await mutate<{ verdictId: string }>(journalist, "verdicts.propose", { claimId: claim.id, rating: "true", rationale: "All talks failed.", sourceIds: [source.id] });
    const { slug } = await mutate<{ slug: string }>(editor, "verdicts.approve", { verdictId: first.verdictId, claimRevision: 1 });
    const page = `${second.origin}/claims/${slug}`;
    await expect.poll(async () => (await fetch(page)).status, { timeout: 5000 }).toBe(200);
    expect(await (await fetch(page)).text()).toContain("verdict rating-true");

    const revised = await mutate<{ verdictId: string }>(journalist, "verdicts.propose", { claimId: claim.id, rating: "mixed", rationale: "Some talks produced local truces.", sourceIds: [source.id] });
    expect(await (await fetch(page)).text()).toContain("verdict rating-true");
    await mutate(editor, "verdicts.approve", { verdictId: revised.verdictId, claimRevision: 1 });
    const approvedAt = Date.now();
    let servedAfter = -1;
    while (Date.now() - approvedAt < 5000) {
      if ((await (await fetch(page)).text()).includes("verdict rating-mixed")) {
        servedAfter = Date.now() - approvedAt;
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    console.log(`two-server invalidation: the other server served the new verdict ${servedAfter} ms after the approval`);
    expect(servedAfter).toBeGreaterThanOrEqual(0);
    expect(servedAfter).toBeLessThan(2000);
  } finally {
    await journalistContext.close();
    await editorContext.close();
  }
});

test("a session ended on one server is refused by the other at once, and failed sign-ins count across both", async ({ browser }) => {
  test.setTimeout(180_000);
  const adminContext = await browser.newContext({ storageState: storageStateFor("admin") });
  const email = `roaming-${Date.now()}@claimtrail.test`;
  await mutate(adminContext.request, "users.create", { email, name: "Robin Roaming", role: "journalist", password: "a roaming passphrase" });
  await adminContext.close();

  // Cookies are kept per host, not per port: this browser is signed in on both servers.
  const browsing = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await browsing.newPage();
  await signInThroughForm(page, email, "a roaming passphrase");
  await expectSignedInAs(page, "Robin Roaming");
  await page.goto(`${second.origin}/articles`);
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  const copied = await browsing.cookies();
  await page.goto("/signout");
  await page.getByRole("button", { name: "Sign out" }).click();
  // The sign-out page shows the same banner: the home page is where sign-out has finished.
  await page.waitForURL((url) => url.pathname === "/");
  await expect(page.getByRole("banner").getByRole("link", { name: "Newsroom workspace" })).toBeVisible();

  const replay = await browser.newContext();
  await replay.addCookies(copied);
  expect((await replay.request.get(`${second.origin}/api/trpc/users.me`)).status()).toBe(401);
  expect(await (await replay.request.get(`${second.origin}/api/auth/session`)).json()).toEqual({});
  await replay.close();

  for (let attempt = 1; attempt <= 5; attempt++) {
    await signInThroughForm(page, email, `wrong guess ${attempt}`, attempt % 2 ? "" : second.origin);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Wrong e-mail or password.");
  }
  await signInThroughForm(page, email, "a roaming passphrase", second.origin);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/^Too many failed sign-ins\. Try again in \d+ minutes\.$/);
  await browsing.close();
});
