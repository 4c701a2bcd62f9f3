import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { addSource } from "./claim-steps";
import { storageStateFor } from "./demo-users";
import { importPastedArticle } from "./import-article";
import { selectTextWithMouse } from "./select-text";

const demoStory = readFileSync("prisma/fixtures/aleppo-ceasefire-2016-10-20.v1.txt", "utf8");

test.describe("claims workspace", () => {
  test.use({ storageState: storageStateFor("journalist") });

  test("paste the demo story, accept a suggestion, select a claim, source it twice, read the history", async ({ page }) => {
    await importPastedArticle(page, { title: "Aleppo ceasefire, pasted", publisher: "AFP", text: demoStory });

    const suggestions = page.getByRole("region", { name: "Suggested claims" });
    const trapped = suggestions.getByRole("listitem").filter({ hasText: /^More than 250,000 civilians have been trapped/ });
    await expect(trapped.getByText(/figure/i).first()).toBeVisible();
    await trapped.getByRole("button", { name: "Accept" }).click();
    const panel = page.getByRole("article", { name: "Claim" });
    await expect(panel.getByRole("heading", { name: /^More than 250,000 civilians have been trapped/ })).toBeVisible();
    await expect(page.locator("mark", { hasText: "More than 250,000 civilians" })).toBeVisible();

    await selectTextWithMouse(page, page.getByRole("document", { name: "Article text" }), "could amount to a war crime");
    await page.getByRole("button", { name: "New claim" }).click();
    const newClaim = page.getByRole("form", { name: "New claim" });
    await expect(newClaim.getByLabel("Statement")).toHaveValue("could amount to a war crime");
    await newClaim.getByLabel("Claimant").fill("Washington");
    await newClaim.getByLabel("Kind").selectOption({ label: "Attribution / quote" });
    await newClaim.getByRole("button", { name: "Create claim" }).click();
    await expect(panel.getByRole("heading", { name: "could amount to a war crime" })).toBeVisible();
    await expect(panel.getByText("claimed by Washington")).toBeVisible();

    await addSource(page, {
      url: "https://2009-2017.state.gov/r/pa/prs/dpb/2016/10/263190.htm",
      title: "State Department press briefing, 3 October 2016",
      kind: "Official statement",
      stance: "Supports",
      note: "Spokesman calls the attacks on hospitals possible war crimes",
    });
    await expect(panel.getByRole("region", { name: "Sources" }).getByRole("link", { name: "State Department press briefing, 3 October 2016" })).toBeVisible();
    await addSource(page, {
      url: "https://tass.com/politics/906447",
      title: "TASS: Moscow rejects war crime accusations",
      kind: "Wire or news report",
      stance: "Contradicts",
      note: "Russian foreign ministry calls it propaganda",
    });
    const sources = panel.getByRole("region", { name: "Sources" });
    await expect(sources.getByRole("listitem")).toHaveCount(2);
    await expect(sources.getByRole("listitem").filter({ hasText: "TASS" }).getByText("Contradicts")).toBeVisible();
    await expect(sources.getByRole("listitem").filter({ hasText: "State Department" }).getByText("Supports")).toBeVisible();

    await expect(page.locator("mark", { hasText: "could amount to a war crime" })).toBeVisible();
    await expect(page.locator("mark", { hasText: "More than 250,000 civilians" })).toBeVisible();

    const claimHistory = panel.getByRole("list", { name: "Claim history entries" });
    await expect(claimHistory.getByText(/linked the source “TASS: Moscow rejects war crime accusations” \(contradicts\)/)).toBeVisible();
    await expect(claimHistory.getByText(/created the claim “could amount to a war crime”/)).toBeVisible();
    const articleHistory = page.getByRole("list", { name: "Article history entries" });
    await expect(articleHistory.getByText(/accepted the suggested claim “More than 250,000 civilians/)).toBeVisible();
    await expect(articleHistory.getByText(/imported version 1 \(pasted\)/)).toBeVisible();

    await page.locator("mark", { hasText: "More than 250,000 civilians" }).click();
    await expect(panel.getByRole("heading", { name: /^More than 250,000 civilians/ })).toBeVisible();
  });

  test("bad article input gets a clear message next to its field, and nothing is saved", async ({ page }) => {
    await page.goto("/articles/new");
    const form = page.getByRole("form", { name: "Article" });
    await form.getByLabel("Title").fill("Empty text attempt");
    await form.getByLabel("Publisher").fill("AFP");
    await form.getByLabel("Article text").fill("   ");
    await form.getByRole("button", { name: "Import article" }).click();
    await expect(form.getByText("The text is empty once blank space is removed.")).toBeVisible();
    await form.getByLabel("Canonical URL (optional)").fill("javascript:alert(1)");
    await form.getByLabel("Article text").fill("Some text.");
    await form.getByRole("button", { name: "Import article" }).click();
    await expect(form.getByText("Enter an http:// or https:// address.")).toBeVisible();
  });
});

test("two people saving the same claim: the stale save gets the conflict message and the current values", async ({ browser }) => {
  const journalist = await browser.newContext({ storageState: storageStateFor("journalist") });
  const editor = await browser.newContext({ storageState: storageStateFor("editor") });
  const first = await journalist.newPage();
  const second = await editor.newPage();

  await first.goto("/articles");
  const seededRow = first.getByRole("row").filter({ hasText: "AFP" }).filter({ hasText: "Russia's Aleppo ceasefire begins but clashes erupt" });
  await seededRow.getByRole("link", { name: "Russia's Aleppo ceasefire begins but clashes erupt" }).click();
  await selectTextWithMouse(first, first.getByRole("document", { name: "Article text" }), "Artillery exchanges erupted around the crossing point");
  await first.getByRole("button", { name: "New claim" }).click();
  await first.getByRole("form", { name: "New claim" }).getByRole("button", { name: "Create claim" }).click();
  await expect(first.getByRole("article", { name: "Claim" }).getByRole("heading", { name: "Artillery exchanges erupted around the crossing point" })).toBeVisible();
  const url = first.url();

  await second.goto(url);
  await second.locator("mark", { hasText: "Artillery exchanges erupted around the crossing point" }).click();
  await first.reload();
  await first.locator("mark", { hasText: "Artillery exchanges erupted around the crossing point" }).click();

  const firstEdit = first.getByRole("form", { name: "Edit claim" });
  await firstEdit.getByLabel("Statement").fill("Artillery fire was exchanged at the crossing point");
  await firstEdit.getByRole("button", { name: "Save claim" }).click();
  await expect(firstEdit.getByRole("status")).toHaveText("Saved.");

  const secondEdit = second.getByRole("form", { name: "Edit claim" });
  await secondEdit.getByLabel("Statement").fill("Shelling near the crossing");
  await secondEdit.getByRole("button", { name: "Save claim" }).click();
  const conflict = secondEdit.getByRole("alert");
  await expect(conflict).toContainText("Someone else saved this claim while you were editing it.");
  await expect(conflict).toContainText("Artillery fire was exchanged at the crossing point");
  await conflict.getByRole("button", { name: "Load their version" }).click();
  await expect(secondEdit.getByLabel("Statement")).toHaveValue("Artillery fire was exchanged at the crossing point");

  await journalist.close();
  await editor.close();
});
