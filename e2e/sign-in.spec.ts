import { expect, test } from "@playwright/test";
import { demoUser } from "./demo-users";
import { expectSignedInAs, signInThroughForm } from "./sign-in";

test("the public home renders signed out with the demo's published fact-checks", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Published fact-checks" })).toBeVisible();
  await expect(page.getByRole("link", { name: "More than 250,000 civilians are trapped in rebel-held east Aleppo" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Newsroom workspace" })).toBeVisible();
});

test("a journalist signs in and lands on the articles list with the demo story", async ({ page }) => {
  const user = demoUser("journalist");
  await signInThroughForm(page, user.email, user.password);
  await expect(page).toHaveURL(/\/articles$/);
  await expectSignedInAs(page, user.name);
  const seeded = page.getByRole("row").filter({ hasText: "AFP" }).getByRole("link", { name: "Russia's Aleppo ceasefire begins but clashes erupt" });
  await expect(seeded).toBeVisible();
});

test("an editor signs in and lands on the articles list", async ({ page }) => {
  const user = demoUser("editor");
  await signInThroughForm(page, user.email, user.password);
  await expect(page).toHaveURL(/\/articles$/);
  await expectSignedInAs(page, user.name);
});

test("an admin signs in and lands on the users page", async ({ page }) => {
  const user = demoUser("admin");
  await signInThroughForm(page, user.email, user.password);
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
});

test("a wrong password and an unknown address get the same generic message", async ({ page }) => {
  await signInThroughForm(page, demoUser("editor").email, "not the right password");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Wrong e-mail or password.");
  await signInThroughForm(page, "nobody@claimtrail.test", "not the right password");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Wrong e-mail or password.");
  await expect(page).toHaveURL(/\/signin/);
});

test("a signed-out visitor sent to the workspace is asked to sign in, then brought back", async ({ page }) => {
  await page.goto("/articles");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Farticles/);
  const user = demoUser("editor");
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/articles$/);
});

test("signing out ends the session on the server: a copied cookie is refused afterwards", async ({ page, browser }) => {
  const user = demoUser("journalist");
  await signInThroughForm(page, user.email, user.password);
  await expectSignedInAs(page, user.name);
  const copied = await page.context().cookies();

  await page.goto("/signout");
  await page.getByRole("button", { name: "Sign out" }).click();
  // The sign-out page shows the same banner: the home page is where sign-out has finished.
  await page.waitForURL((url) => url.pathname === "/");
  await expect(page.getByRole("banner").getByRole("link", { name: "Newsroom workspace" })).toBeVisible();

  const replay = await browser.newContext();
  await replay.addCookies(copied);
  const replayPage = await replay.newPage();
  await replayPage.goto("/articles");
  await expect(replayPage).toHaveURL(/\/signin/);
  const api = await replayPage.request.get("/api/trpc/users.me");
  expect(api.status()).toBe(401);
  expect(await (await replayPage.request.get("/api/auth/session")).json()).toEqual({});
  await replay.close();
});

test("signing in again replaces the browser's session: the cookie it had before is refused", async ({ page, browser }) => {
  const user = demoUser("editor");
  await signInThroughForm(page, user.email, user.password);
  await expectSignedInAs(page, user.name);
  const before = await page.context().cookies();
  await signInThroughForm(page, user.email, user.password);
  await expectSignedInAs(page, user.name);

  const replay = await browser.newContext();
  await replay.addCookies(before);
  expect((await replay.request.get("/api/trpc/users.me")).status()).toBe(401);
  expect(await (await replay.request.get("/api/auth/session")).json()).toEqual({});
  await replay.close();
  await page.goto("/articles");
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
});

test("a return address that would leave the site after sign-in is replaced by the workspace", async ({ page }) => {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent("/\\evil.example/phish")}`);
  const user = demoUser("journalist");
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/articles$/);
});

test("every workspace page sends a signed-out visitor to sign in, and back afterwards", async ({ page }) => {
  for (const path of ["/articles", "/articles/new", "/articles/russias-aleppo-ceasefire-begins-but-clashes-erupt", "/account", "/admin/users", "/review", "/my-claims", "/welcome"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/signin/);
  }
  await page.goto("/articles/new");
  const user = demoUser("journalist");
  await page.getByLabel("E-mail").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/articles\/new$/);
});
