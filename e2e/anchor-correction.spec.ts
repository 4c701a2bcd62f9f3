// Correcting by hand where claims stand in a new version: the heavily reworded claim is confirmed
// among its candidate passages, a claim joined into a longer sentence is re-selected with the
// mouse, and a claim that really left the story is marked removed.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { claimFromSelection } from "./claim-steps";
import { storageStateFor } from "./demo-users";
import { importPastedArticle } from "./import-article";
import { selectTextWithMouse } from "./select-text";

const v1 = readFileSync("prisma/fixtures/aleppo-ceasefire-2016-10-20.v1.txt", "utf8");
const v2 = readFileSync("server/anchoring/fixtures/aleppo-ceasefire-2016-10-20.v2.txt", "utf8");

const threeDays = { quote: "The Syrian army has said it will last three days.", statement: "The Syrian army says the pause will last three days", reworded: "The army now says the pause could run into next week." };
const killed = { quote: "Some 400 have been killed.", statement: "Some 400 people have been killed", ownPart: "more than 500 have been killed" };
const envoy = { quote: "UN envoy Staffan de Mistura said the truce would be long enough to safely evacuate just 200 wounded.", statement: "The truce allows only 200 wounded to be evacuated" };

test("a journalist corrects where claims stand in version 2: a candidate confirmed, a passage chosen by hand, a claim marked removed", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await (await browser.newContext({ storageState: storageStateFor("journalist") })).newPage();
  await importPastedArticle(page, { title: "Aleppo ceasefire, corrected by hand", publisher: "AFP", text: v1 });
  await claimFromSelection(page, threeDays.quote, { statement: threeDays.statement, claimant: "the Syrian army", kind: "Prediction" });
  await claimFromSelection(page, killed.quote, { statement: killed.statement, claimant: "UN", kind: "Statistic" });
  await claimFromSelection(page, envoy.quote, { statement: envoy.statement, claimant: "UN envoy Staffan de Mistura", kind: "Statistic" });

  await page.getByRole("button", { name: "Add a new version" }).click();
  const form = page.getByRole("form", { name: "New version" });
  await form.getByLabel("Text of the updated article").fill(v2);
  await form.getByRole("button", { name: "Add version" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Version 2 added: / })).toBeVisible();

  const claims = page.getByRole("region", { name: "Claims", exact: true });
  const panel = page.getByRole("article", { name: "Claim" });
  const place = panel.getByRole("region", { name: "Place in this version" });

  // The reworded sentence: lost by the re-anchoring, found among the candidates, confirmed.
  await claims.getByRole("button", { name: threeDays.statement }).click();
  await expect(place).toContainText("This claim is removed in version 2: the re-anchoring did not find it in the new text.");
  const candidate = place.getByRole("region", { name: "Candidate passages" }).getByRole("listitem").filter({ hasText: threeDays.reworded });
  await expect(candidate).toContainText("stands where the claim stood");
  await expect(candidate).toContainText(/Score \d\.\d\d/);
  await candidate.getByRole("button", { name: "Confirm this passage" }).click();
  await expect(place).toContainText("This claim is corrected by hand in version 2.");
  await expect(panel.locator("blockquote", { hasText: threeDays.reworded }).first()).toBeVisible();
  await expect(page.locator("mark.selected", { hasText: threeDays.reworded })).toBeVisible();
  await expect(claims.getByRole("listitem").filter({ hasText: threeDays.statement })).toContainText("corrected by hand in version 2");
  await expect(panel.getByRole("region", { name: "Claim history" })).toContainText(`anchored the claim by hand in version 2 at “${threeDays.reworded}” (was: removed)`);

  // The death toll, joined into the wounded sentence: its own part chosen with the mouse.
  await claims.getByRole("button", { name: killed.statement }).click();
  await expect(place).toContainText("This claim is modified in version 2.");
  await place.getByRole("button", { name: "Choose the passage in the text" }).click();
  await selectTextWithMouse(page, page.getByRole("document", { name: "Article text" }), killed.ownPart);
  await expect(page.getByRole("button", { name: "New claim" })).toHaveCount(0);
  await page.getByRole("button", { name: "Anchor the claim here" }).click();
  await expect(place).toContainText("This claim is corrected by hand in version 2.");
  await expect(page.locator("mark.selected", { hasText: killed.ownPart })).toHaveText(killed.ownPart);

  // The envoy's sentence really left the story.
  await claims.getByRole("button", { name: envoy.statement }).click();
  await expect(place).toContainText("This claim is removed in version 2");
  await place.getByRole("button", { name: "Mark as removed from this version" }).click();
  await expect(place).toContainText("This claim is marked removed by hand in version 2.");
  await expect(place.getByRole("button", { name: "Mark as removed from this version" })).toHaveCount(0);
  await expect(claims.getByRole("listitem").filter({ hasText: envoy.statement })).toContainText("marked removed by hand in version 2");
  await expect(panel.getByRole("region", { name: "Claim history" })).toContainText("marked the claim removed from version 2 (was: removed)");

  // After a correction, selecting text makes claims again.
  await selectTextWithMouse(page, page.getByRole("document", { name: "Article text" }), "The World Health Organization said 35 doctors");
  await expect(page.getByRole("button", { name: "New claim" })).toBeVisible();
});
