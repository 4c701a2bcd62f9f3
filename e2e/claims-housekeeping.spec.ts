import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { claimFromSelection } from "./claim-steps";
import { storageStateFor } from "./demo-users";
import { importPastedArticle } from "./import-article";

const demoStory = readFileSync("prisma/fixtures/aleppo-ceasefire-2016-10-20.v1.txt", "utf8");

test.use({ storageState: storageStateFor("journalist") });

test("dismiss a suggestion, filter the claims, source and comment, reuse a source, delete and restore, merge a duplicate", async ({ page }) => {
  await importPastedArticle(page, { title: "Aleppo ceasefire, housekeeping", publisher: "AFP", text: demoStory });

  const suggestions = page.getByRole("region", { name: "Suggested claims" });
  await suggestions.getByRole("button", { name: /^Show all \d+ suggestions$/ }).click();
  const envoy = suggestions.getByRole("listitem").filter({ hasText: /^UN envoy Staffan de Mistura said/ });
  await envoy.getByRole("button", { name: "Dismiss" }).click();
  await expect(envoy).toHaveCount(0);
  await page.reload();
  await suggestions.getByRole("button", { name: /^Show all \d+ suggestions$/ }).click();
  await expect(suggestions.getByRole("listitem").filter({ hasText: /^More than 250,000 civilians/ })).toBeVisible();
  await expect(suggestions.getByRole("listitem").filter({ hasText: /^UN envoy Staffan de Mistura said/ })).toHaveCount(0);

  await claimFromSelection(page, "Some 400 have been killed", { kind: "Statistic", assignee: "Eden Editor" });
  const figures = page.getByRole("form", { name: "Edit claim" }).getByRole("group", { name: "Figures" });
  await expect(figures.getByLabel("Figure 1 value")).toHaveValue("400");
  await expect(figures.getByLabel("Figure 1 qualifier")).toHaveValue("some");
  await claimFromSelection(page, "400 have been killed");
  await claimFromSelection(page, "Moscow has dismissed the accusation", { kind: "Attribution / quote" });

  const claims = page.getByRole("region", { name: "Claims", exact: true });
  await claims.getByLabel("Assignee").selectOption({ label: "Eden Editor" });
  await expect(claims.getByRole("listitem")).toHaveCount(1);
  await expect(claims.getByRole("listitem")).toContainText("Some 400 have been killed");
  await claims.getByLabel("Assignee").selectOption({ label: "Anyone" });
  await claims.getByLabel("Kind").selectOption({ label: "Attribution / quote" });
  await expect(claims.getByRole("listitem")).toHaveCount(1);
  await expect(claims.getByRole("listitem")).toContainText("Moscow has dismissed the accusation");
  await claims.getByLabel("Kind").selectOption({ label: "All kinds" });

  const panel = page.getByRole("article", { name: "Claim" });
  await claims.getByRole("button", { name: "Moscow has dismissed the accusation" }).click();
  await panel.getByRole("button", { name: "Delete claim" }).click();
  await expect(claims.getByRole("button", { name: "Moscow has dismissed the accusation" })).toHaveCount(0);
  await expect(page.locator("mark", { hasText: "Moscow has dismissed the accusation" })).toHaveCount(0);
  await claims.getByLabel("Deleted claims").check();
  await claims.getByRole("button", { name: "Moscow has dismissed the accusation" }).click();
  await panel.getByRole("button", { name: "Restore claim" }).click();
  await claims.getByLabel("Deleted claims").uncheck();
  await expect(claims.getByRole("button", { name: "Moscow has dismissed the accusation" })).toBeVisible();

  await claims.getByRole("button", { name: "Some 400 have been killed" }).click();
  const addSource = panel.getByRole("form", { name: "Add a source" });
  await addSource.getByLabel("URL", { exact: true }).fill("https://news.un.org/en/story/2016/10/542562-syria-aleppo");
  await addSource.getByLabel("Title", { exact: true }).fill("UN News: Aleppo casualty figures");
  await addSource.getByLabel("Kind of source").selectOption({ label: "Official statement" });
  await addSource.getByRole("button", { name: "Link source" }).click();
  await expect(panel.getByRole("region", { name: "Sources" }).getByRole("link", { name: "UN News: Aleppo casualty figures" })).toBeVisible();
  const comments = panel.getByRole("form", { name: "Add a comment" });
  await comments.getByLabel("Comment").fill("OCHA's daily report gives a lower toll; checking with Geneva.");
  await comments.getByRole("button", { name: "Add comment" }).click();
  await expect(panel.getByRole("region", { name: "Comments" })).toContainText("Jamie Journalist: OCHA's daily report gives a lower toll; checking with Geneva.");

  await claims.getByRole("button", { name: "Moscow has dismissed the accusation" }).click();
  const reuse = panel.getByRole("form", { name: "Add a source" });
  await reuse.getByLabel("Find an existing source (URL or title)").fill("casualty figures");
  await reuse.getByRole("button", { name: "Use UN News: Aleppo casualty figures", exact: true }).click();
  await reuse.getByLabel("Stance").selectOption({ label: "Adds context" });
  await reuse.getByRole("button", { name: "Link source" }).click();
  const linked = panel.getByRole("region", { name: "Sources" }).getByRole("listitem").filter({ hasText: "UN News: Aleppo casualty figures" });
  await expect(linked.getByText("Adds context")).toBeVisible();

  await claims.getByRole("button", { name: "Some 400 have been killed" }).click();
  await panel.getByLabel("Merge a duplicate into this claim").selectOption({ label: "400 have been killed" });
  await panel.getByRole("button", { name: "Merge" }).click();
  await expect(claims.getByRole("button", { name: "400 have been killed", exact: true })).toHaveCount(0);
  await expect(panel.getByRole("list", { name: "Claim history entries" })).toContainText("merged “400 have been killed” into this claim");
  const history = page.getByRole("list", { name: "Article history entries" });
  await expect(history).toContainText("deleted the claim “Moscow has dismissed the accusation”");
  await expect(history).toContainText("restored the claim “Moscow has dismissed the accusation”");
  await expect(history).toContainText("dismissed the suggestion “UN envoy Staffan de Mistura said");
});
