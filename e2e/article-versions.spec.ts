// A new version of an article: pasted in the workspace, every claim followed into it; what changed
// is shown (summary, diff, outcomes and change kinds, each claim's timeline and figure chart); a
// published claim whose figure changed is flagged and its public page says so, until an editor
// confirms it.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { addSource, claimFromSelection } from "./claim-steps";
import { storageStateFor } from "./demo-users";
import { expectNoViolations } from "./expect-accessible";
import { importPastedArticle } from "./import-article";
import { mutate, query } from "./trpc-request";

const v1 = readFileSync("prisma/fixtures/aleppo-ceasefire-2016-10-20.v1.txt", "utf8");
const v2 = readFileSync("server/anchoring/fixtures/aleppo-ceasefire-2016-10-20.v2.txt", "utf8");
const statement = "More than 250,000 civilians are trapped, the article said";

test("a journalist adds version 2, reads what changed, and the revised figure flags the published claim until an editor confirms it", async ({ browser }) => {
  test.setTimeout(180_000);
  const journalist = await (await browser.newContext({ storageState: storageStateFor("journalist") })).newPage();
  await importPastedArticle(journalist, { title: "Aleppo ceasefire, to be updated", publisher: "AFP", text: v1 });
  await claimFromSelection(journalist, "More than 250,000 civilians have been trapped in the rebel-held east of the city", { statement, claimant: "UN", kind: "Statistic" });
  await addSource(journalist, { url: "https://reliefweb.int/report/aleppo-update", title: "OCHA update", kind: "Official statement", stance: "Supports", note: "" });
  await expect(journalist.getByRole("article", { name: "Claim" }).getByRole("region", { name: "Sources" }).getByRole("link", { name: "OCHA update" })).toBeVisible();
  await journalist.getByRole("article", { name: "Claim" }).getByRole("button", { name: "Close" }).click();
  await claimFromSelection(journalist, "UN envoy Staffan de Mistura said the truce would be long enough to safely evacuate just 200 wounded.", { statement: "The truce allows 200 wounded to leave", claimant: "UN envoy" });
  await claimFromSelection(journalist, "Residents interviewed by AFP said they were eager to leave but wanted more reassurance they would be safe.", { statement: "Residents want reassurance" });
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
  await expect(listed).toContainText("figure revised · 250,000 → 275,000 civilians");

  await journalist.getByRole("link", { name: "Compare versions: what changed in version 2" }).click();
  await expect(journalist.getByRole("heading", { name: "What changed between versions 1 and 2" })).toBeVisible();
  await expect(journalist.getByRole("region", { name: "Summary" })).toContainText(/0 unchanged, 0 moved, 2 modified \(1 figure revised\), 1 removed, \d+ new suggestions/);
  const outcomes = journalist.getByRole("table", { name: "Claims between these versions" });
  const outcomeOf = (claim: string) => outcomes.getByRole("row").filter({ hasText: claim }).getByRole("cell");
  await expect(outcomeOf(statement).nth(1)).toHaveText("modified");
  await expect(outcomeOf(statement).nth(2)).toHaveText("figure revised · 250,000 → 275,000 civilians");
  await expect(outcomeOf("Residents want reassurance").nth(2)).toHaveText("figure added · added 8 families");
  await expect(outcomeOf("The truce allows 200 wounded to leave").nth(1)).toHaveText("removed");
  await expect(journalist.getByRole("document", { name: "Version 1" }).locator("del", { hasText: "250,000" })).toBeVisible();
  await expect(journalist.getByRole("document", { name: "Version 2" }).locator("ins", { hasText: "275,000" })).toBeVisible();
  await expect(journalist.getByRole("document", { name: "Version 2" }).locator("mark", { hasText: "More than " }).first()).toBeVisible();
  await expectNoViolations(journalist);
  await journalist.getByLabel("View").selectOption({ label: "Inline" });
  await journalist.getByRole("button", { name: "Compare" }).click();
  const inline = journalist.getByRole("document", { name: "Changes from version 1 to version 2" });
  await expect(inline.locator("del", { hasText: "UN envoy Staffan de Mistura" })).toBeVisible();
  await expect(inline.locator("ins strong", { hasText: "275,000" })).toBeVisible();

  await journalist.getByRole("row").filter({ hasText: statement }).getByRole("link", { name: statement }).click();
  const timeline = journalist.getByRole("article", { name: "Claim" }).getByRole("region", { name: "Claim timeline" });
  await expect(timeline.getByRole("img", { name: "civilians" })).toBeVisible();
  await expect(timeline.getByRole("row", { name: "Version 1 More than 250,000" })).toBeVisible();
  await expect(timeline.getByRole("row", { name: "Version 2 More than 275,000" })).toBeVisible();
  const entries = timeline.getByRole("list", { name: "Timeline entries" }).getByRole("listitem");
  await expect(entries.nth(0)).toContainText("Version 1");
  await expect(entries.filter({ hasText: "Rated “Mostly true”" })).toHaveCount(1);
  await expect(entries.filter({ hasText: "Version 2" })).toContainText("modified: figure revised");
  await expectNoViolations(journalist);

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/claims/${slug}`);
  const underReview = reader.getByRole("note", { name: "Under review" });
  await expect(underReview).toContainText("The figure changed: 250,000 → 275,000");
  await expect(reader.getByRole("region", { name: "Where the claim appears" })).toContainText("Versions 1, 2");
  const publicTimeline = reader.getByRole("region", { name: "Timeline" });
  await expect(publicTimeline.getByRole("img", { name: "civilians" })).toBeVisible();
  await expect(publicTimeline.getByRole("listitem").filter({ hasText: "Version 2" })).toContainText("More than 275,000 civilians have been trapped");
  await expect(publicTimeline).not.toContainText("proposed");
  await expectNoViolations(reader);
  await reader.setViewportSize({ width: 375, height: 800 });
  expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  await editor.goto("/review");
  await editor.getByRole("region", { name: /^Published claims to re-check/ }).getByRole("link", { name: statement }).click();
  await editor.getByRole("button", { name: "Verdict still holds" }).click();
  await expect(editor.getByRole("button", { name: "Verdict still holds" })).toHaveCount(0);
  await reader.reload();
  await expect(reader.getByRole("note", { name: "Under review" })).toHaveCount(0);
});
