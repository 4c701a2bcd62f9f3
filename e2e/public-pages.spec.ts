// Public pages a reader reaches without an account: 404s that read as pages, the rating filter,
// the JSON API's pages and errors, and the Atom feed.
import { expect, test } from "@playwright/test";

test("an unknown claim or story address is a readable 404 page", async ({ page }) => {
  for (const path of ["/claims/no-such-claim", "/stories/no-such-story", "/claims/<script>"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});

test("the home filters published verdicts by rating, including withdrawn ones", async ({ page }) => {
  await page.goto("/");
  const filters = page.getByRole("navigation", { name: "Filter by rating" });
  await filters.getByRole("link", { name: "Withdrawn" }).click();
  await expect(page.getByRole("link", { name: "Moscow dismissed the war-crime accusation as propaganda" })).toBeVisible();
  await expect(page.getByText("Verdict withdrawn").first()).toBeVisible();
  await filters.getByRole("link", { name: "Mostly true" }).click();
  await expect(page.getByRole("link", { name: "More than 250,000 civilians are trapped in rebel-held east Aleppo" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Moscow dismissed the war-crime accusation as propaganda" })).toHaveCount(0);
});

test("the JSON API pages by cursor and refuses bad parameters clearly; the Atom feed lists verdicts", async ({ request }) => {
  const first = await request.get("/api/v1/claims?limit=1");
  const page1 = await first.json();
  expect(page1.items).toHaveLength(1);
  expect(page1.items[0]).toMatchObject({ verdict: { ratingName: expect.any(String) }, url: expect.stringContaining("/claims/") });
  const second = await (await request.get(new URL(page1.next).pathname + new URL(page1.next).search)).json();
  expect(second.items[0].slug).not.toBe(page1.items[0].slug);
  const bad = await request.get("/api/v1/claims?rating=pants-on-fire");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatch(/^rating must be one of: true, mostly_true/);
  const one = await (await request.get(`/api/v1/claims/${page1.items[0].slug}`)).json();
  expect(one.history.length).toBeGreaterThan(0);
  const feed = await request.get("/feeds/verdicts.atom");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  expect(await feed.text()).toContain("<title>Rated Mostly true: More than 250,000 civilians are trapped in rebel-held east Aleppo</title>");
});
