// Every main page, checked by axe for WCAG A/AA violations a screen-reader or keyboard user would hit.
import { expect, test } from "@playwright/test";
import { storageStateFor } from "./demo-users";
import { expectNoViolations } from "./expect-accessible";

test("public pages, on a laptop and at 375 px wide", async ({ page }) => {
  // Fourteen pages, each analysed by axe: minutes on a busy 2-core machine.
  test.setTimeout(300_000);
  await page.goto("/");
  const claimPage = await page.getByRole("link", { name: "More than 250,000 civilians are trapped in rebel-held east Aleppo" }).getAttribute("href");
  await page.goto(claimPage!);
  const storyPage = await page.getByRole("region", { name: "Where the claim appears" }).getByRole("link").first().getAttribute("href");
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ["/", "/?rating=true", claimPage!, storyPage!, "/claims/no-such-claim", "/signin", "/signout"]) {
      await page.goto(path);
      await expectNoViolations(page);
      // Readable on a phone: nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width} px`).toBeLessThanOrEqual(width);
    }
  }
});

test.describe("workspace pages", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("articles, an article with claims, import, account and users", async ({ page }) => {
    test.setTimeout(120_000);
    for (const path of ["/articles", "/articles/new", "/account", "/admin/users", "/review", "/my-claims"]) {
      await page.goto(path);
      await expectNoViolations(page);
    }
    await page.goto("/articles");
    await page.getByRole("row").filter({ hasText: "AFP" }).getByRole("link", { name: "Russia's Aleppo ceasefire begins but clashes erupt" }).click();
    await expect(page.getByRole("document", { name: "Article text" })).toBeVisible();
    await expectNoViolations(page);
  });
});
