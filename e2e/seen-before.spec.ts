// "Seen before": a second story repeats the demo story's 250,000 figure as 275,000; creating that
// claim offers the earlier one with its verdict and why, one click links them, and the group page
// and its chart show both articles; unlinking dissolves the group again.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { storageStateFor } from "./demo-users";
import { expectNoViolations } from "./expect-accessible";
import { importPastedArticle } from "./import-article";
import { selectTextWithMouse } from "./select-text";

const text = readFileSync("e2e/fixtures/aleppo-evacuation-2016-10-27.txt", "utf8");
const title = "Aleppo evacuation stalls as UN warns of winter";
const phrase = "Some 275,000 civilians remain trapped in the rebel-held east of the city";
const ours = "Some 275,000 civilians remain trapped in rebel-held east Aleppo";

test("a journalist sees the earlier claim with its verdict, links it, and the group page charts both articles", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await (await browser.newContext({ storageState: storageStateFor("journalist") })).newPage();
  await importPastedArticle(page, { title, publisher: "AFP", text });

  await selectTextWithMouse(page, page.getByRole("document", { name: "Article text" }), phrase);
  await page.getByRole("button", { name: "New claim" }).click();
  const form = page.getByRole("form", { name: "New claim" });
  // Other specs paste copies of the demo story into the same database: the statement, as a
  // journalist would write it, ranks the demo claim above its copies.
  await form.getByLabel("Statement").fill(ours);
  await form.getByLabel("Claimant").fill("UN");
  // Found by its story and verdict: other specs edit the demo claim's workspace statement.
  const offered = form
    .getByRole("region", { name: "Seen before" })
    .getByRole("listitem")
    .filter({ hasText: "in “Russia's Aleppo ceasefire begins but clashes erupt”" })
    .filter({ hasText: "Verdict: Mostly true" });
  await expect(offered).toHaveCount(1);
  await expect(offered).toContainText("close figure: More than 250,000 (here Some 275,000)");
  await expect(offered).toContainText("same claimant: UN");
  await expectNoViolations(page);
  await offered.getByRole("button", { name: "Same claim: link it" }).click();
  await expect(offered.getByRole("button", { name: "Will be linked as the same claim" })).toHaveAttribute("aria-pressed", "true");
  await form.getByRole("button", { name: "Create claim" }).click();

  const claim = page.getByRole("article", { name: "Claim" });
  await expect(claim.getByRole("heading", { name: ours })).toBeVisible();
  await claim.getByRole("link", { name: "Every appearance of this claim across articles" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "One claim across articles" })).toBeVisible();
  await expect(page.getByText("2 linked claims in 2 articles")).toBeVisible();
  await expect(page.getByRole("heading", { name: ours })).toBeVisible();
  await expect(page.getByRole("link", { name: "Russia's Aleppo ceasefire begins but clashes erupt" }).first()).toBeVisible();
  const chart = page.getByRole("figure");
  await expect(chart.getByRole("img", { name: "civilians" })).toBeVisible();
  await expect(chart.getByRole("row", { name: "1. Russia's Aleppo ceasefire begins but clashes erupt, v1 More than 250,000" })).toBeVisible();
  await expect(chart.getByRole("row", { name: `2. ${title}, v1 Some 275,000` })).toBeVisible();
  await expectNoViolations(page);

  // Not the same claim after all: unlinking one of two dissolves the group.
  await page.getByRole("button", { name: `Unlink “${ours}” from this group` }).click();
  await expect(page).toHaveURL(/\/articles\/[^/]+\?claim=/);
  const unlinked = page.getByRole("article", { name: "Claim" });
  await expect(unlinked.getByRole("heading", { name: ours })).toBeVisible();
  await expect(unlinked.getByRole("link", { name: "Every appearance of this claim across articles" })).toHaveCount(0);
});
