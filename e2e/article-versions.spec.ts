// A new version of an article: pasted in the workspace, every claim followed into it; a published
// claim whose figure changed is flagged and its public page says so, until an editor confirms it.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { addSource, claimFromSelection } from "./claim-steps";
import { storageStateFor } from "./demo-users";
import { importPastedArticle } from "./import-article";
import { mutate, query } from "./trpc-request";

const v1 = readFileSync("prisma/fixtures/aleppo-ceasefire-2016-10-20.v1.txt", "utf8");
const v2 = readFileSync("server/anchoring/fixtures/aleppo-ceasefire-2016-10-20.v2.txt", "utf8");
const statement = "More than 250,000 civilians are trapped, the article said";

test("a journalist adds version 2: the revised figure flags the published claim until an editor confirms it", async ({ browser }) => {
  test.setTimeout(120_000);
  const journalist = await (await browser.newContext({ storageState: storageStateFor("journalist") })).newPage();
  await importPastedArticle(journalist, { title: "Aleppo ceasefire, to be updated", publisher: "AFP", text: v1 });
  await claimFromSelection(journalist, "More than 250,000 civilians have been trapped in the rebel-held east of the city", { statement, claimant: "UN", kind: "Statistic" });
  await addSource(journalist, { url: "https://reliefweb.int/report/aleppo-update", title: "OCHA update", kind: "Official statement", stance: "Supports", note: "" });
  await expect(journalist.getByRole("article", { name: "Claim" }).getByRole("region", { name: "Sources" }).getByRole("link", { name: "OCHA update" })).toBeVisible();
  const articleSlug = new URL(journalist.url()).pathname.split("/").pop()!;
  const { claims } = await query<{ claims: { id: string; statement: string }[] }>(journalist.request, "articles.workspace", { slug: articleSlug });
  const claimId = claims.find((c) => c.statement === statement)!.id;
  const { sources } = await query<{ sources: { source: { id: string } }[] }>(journalist.request, "claims.details", { claimId });
  const { verdictId } = await mutate<{ verdictId: string }>(journalist.request, "verdicts.propose", { claimId, rating: "mostly_true", rationale: "OCHA estimate.", sourceIds: sources.map((s) => s.source.id) });
  const editor = await (await browser.newContext({ storageState: storageStateFor("editor") })).newPage();
  const { slug } = await mutate<{ slug: string }>(editor.request, "verdicts.approve", { verdictId, claimRevision: 1 });

  await journalist.reload();
  await journalist.getByRole("button", { name: "Add a new version" }).click();
  const form = journalist.getByRole("form", { name: "New version" });
  await form.getByRole("button", { name: "Add version" }).click();
  await expect(form.getByText("Paste the new version's text.")).toBeVisible();
  await form.getByLabel("Text of the updated article").fill(v1);
  await form.getByRole("button", { name: "Add version" }).click();
  await expect(form.getByText("This text is the same as the current version (version 1): no version was added.")).toBeVisible();
  await form.getByLabel("Text of the updated article").fill(v2);
  await form.getByRole("button", { name: "Add version" }).click();
  await expect(journalist.getByRole("status").filter({ hasText: /^Version 2 added: / })).toContainText("1 published claim(s) flagged for re-check");
  await expect(journalist.getByText(/version 2, pasted/)).toBeVisible();
  const listed = journalist.getByRole("region", { name: "Claims", exact: true }).getByRole("listitem").filter({ hasText: statement });
  await expect(listed).toContainText("modified in version 2");
  await expect(listed).toContainText("needs re-check");
  await expect(journalist.locator("mark", { hasText: "More than 275,000 civilians" })).toBeVisible();

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/claims/${slug}`);
  const underReview = reader.getByRole("note", { name: "Under review" });
  await expect(underReview).toContainText("The figure changed: 250,000 → 275,000");
  await expect(reader.getByRole("region", { name: "Where the claim appears" })).toContainText("Version 2");

  await editor.goto("/review");
  await editor.getByRole("region", { name: /^Published claims to re-check/ }).getByRole("link", { name: statement }).click();
  await editor.getByRole("button", { name: "Verdict still holds" }).click();
  await expect(editor.getByRole("button", { name: "Verdict still holds" })).toHaveCount(0);
  await reader.reload();
  await expect(reader.getByRole("note", { name: "Under review" })).toHaveCount(0);
});
