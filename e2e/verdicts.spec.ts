// The verdict workflow end to end: propose, send back, revise, approve, read it signed out
// (with its ClaimReview), edit privately, withdraw publicly; and no one approves their own proposal.
import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { addSource, claimFromSelection } from "./claim-steps";
import { storageStateFor, type DemoRole } from "./demo-users";
import { importPastedArticle } from "./import-article";
import { query } from "./trpc-request";

const demoStory = readFileSync("prisma/fixtures/aleppo-ceasefire-2016-10-20.v1.txt", "utf8");
const statement = "More than 250,000 civilians are trapped in besieged east Aleppo";

async function pageAs(browser: Browser, role: DemoRole | null) {
  const context = await browser.newContext(role ? { storageState: storageStateFor(role) } : {});
  return context.newPage();
}

async function openFromReviewQueue(page: Page, claimStatement: string) {
  await page.goto("/articles");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Review queue/ }).click();
  await page.getByRole("region", { name: /^Proposed verdicts/ }).getByRole("link", { name: claimStatement }).click();
  await expect(page.getByRole("article", { name: "Claim" }).getByRole("heading", { name: claimStatement })).toBeVisible();
}

test("propose, request changes, revise, approve, read it signed out, edit privately, withdraw", async ({ browser }) => {
  test.setTimeout(120_000);
  const journalist = await pageAs(browser, "journalist");
  await importPastedArticle(journalist, { title: "Aleppo ceasefire, for the verdict desk", publisher: "AFP", text: demoStory });
  await claimFromSelection(journalist, "More than 250,000 civilians have been trapped in the rebel-held east of the city", {
    statement,
    claimant: "UN",
    kind: "Statistic",
  });
  await addSource(journalist, {
    url: "https://reliefweb.int/report/syrian-arab-republic/aleppo-oct-2016",
    title: "OCHA: Aleppo situation report, October 2016",
    kind: "Official statement",
    stance: "Supports",
    note: "Internal: estimate, not a count",
  });
  const panel = journalist.getByRole("article", { name: "Claim" });
  const proposal = panel.getByRole("form", { name: "Propose a verdict" });
  await expect(proposal.getByLabel("OCHA: Aleppo situation report, October 2016 (supports)")).toBeChecked();
  await proposal.getByLabel("Rating").selectOption("mostly_true");
  await proposal.getByLabel("Rationale for readers (Markdown)").fill("The **UN** estimate for the besieged districts.");
  await proposal.getByRole("button", { name: "Propose verdict" }).click();
  await expect(panel.getByText("Proposed: Mostly true")).toBeVisible();
  await expect(panel.getByText("Waiting for an editor's review.")).toBeVisible();

  const editor = await pageAs(browser, "editor");
  await openFromReviewQueue(editor, statement);
  const pending = editor.getByRole("group", { name: "Proposed verdict" });
  await pending.getByLabel("What should change?").fill("Name the UN agency and date the estimate.");
  await pending.getByRole("button", { name: "Request changes" }).click();
  await expect(editor.getByRole("note", { name: "Changes requested" })).toContainText("Name the UN agency and date the estimate.");

  await journalist.goto("/my-claims");
  const sentBack = journalist.getByRole("region", { name: /^Changes requested/ });
  await expect(sentBack).toContainText("Eden Editor asked: Name the UN agency and date the estimate.");
  await sentBack.getByRole("link", { name: statement }).click();
  const revision = journalist.getByRole("form", { name: "Propose a verdict" });
  await expect(revision.getByLabel("Rating")).toHaveValue("mostly_true");
  await revision.getByLabel("Rationale for readers (Markdown)").fill("OCHA, the UN's humanitarian office, estimated **275,000** people in October 2016 [report](https://reliefweb.int/report/aleppo).");
  await revision.getByRole("button", { name: "Propose the revised verdict" }).click();
  await expect(journalist.getByRole("article", { name: "Claim" }).getByText("Proposed: Mostly true")).toBeVisible();

  await openFromReviewQueue(editor, statement);
  await editor.getByRole("group", { name: "Proposed verdict" }).getByRole("button", { name: "Approve and publish" }).click();
  await expect(editor.getByRole("region", { name: "Verdict" }).getByText("Published as")).toBeVisible();

  const reader = await pageAs(browser, null);
  await reader.goto("/");
  await reader.getByRole("link", { name: statement }).click();
  await expect(reader.getByRole("heading", { level: 1, name: statement })).toBeVisible();
  await expect(reader.getByRole("region", { name: "Verdict" }).getByText("Mostly true", { exact: true })).toBeVisible();
  await expect(reader.getByRole("region", { name: "Verdict" }).getByRole("strong")).toHaveText("275,000");
  const sources = reader.getByRole("region", { name: "Sources" });
  await expect(sources.getByRole("link", { name: "OCHA: Aleppo situation report, October 2016" })).toBeVisible();
  await expect(sources.getByText("Supports")).toBeVisible();
  await expect(reader.getByText("Internal: estimate, not a count")).toHaveCount(0);
  const review = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(review).toMatchObject({
    "@type": "ClaimReview",
    claimReviewed: statement,
    url: reader.url(),
    itemReviewed: { "@type": "Claim", author: { name: "UN" } },
    reviewRating: { ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: "Mostly true" },
  });
  expect(await reader.locator("script:not([type='application/ld+json'])").count()).toBe(0);
  const publicUrl = reader.url();

  await journalist.reload();
  const edit = journalist.getByRole("form", { name: "Edit claim" });
  await edit.getByLabel("Statement").fill("Some 275,000 civilians are trapped in east Aleppo");
  await edit.getByRole("button", { name: "Save claim" }).click();
  await expect(journalist.getByText("Edited since publication — propose again to publish the change.")).toBeVisible();
  await reader.goto(publicUrl);
  await expect(reader.getByRole("heading", { level: 1, name: statement })).toBeVisible();

  await editor.goto(journalist.url());
  const published = editor.getByRole("region", { name: "Verdict" });
  await published.getByRole("button", { name: "Withdraw verdict" }).click();
  await expect(published.getByText("Give the public reason for withdrawing the verdict.")).toBeVisible();
  await published.getByLabel("Public reason for withdrawing").fill("OCHA withdrew the estimate pending a new count.");
  await published.getByRole("button", { name: "Withdraw verdict" }).click();
  await expect(published.getByText("Published as")).toHaveCount(0);
  await reader.goto(publicUrl);
  const notice = reader.getByRole("note", { name: "Verdict withdrawn" });
  await expect(notice).toContainText("This verdict was withdrawn");
  await expect(notice).toContainText("OCHA withdrew the estimate pending a new count.");
  await expect(reader.locator('script[type="application/ld+json"]')).toHaveCount(0);
  const timeline = reader.getByRole("region", { name: "Timeline" }).getByRole("list", { name: "Timeline entries" });
  await expect(timeline).toContainText("Rated “Mostly true” (published)");
  await expect(timeline).toContainText("Verdict “Mostly true” withdrawn: OCHA withdrew the estimate pending a new count.");
});

test("an editor who proposed a verdict cannot approve it, on the page or through the API", async ({ browser }) => {
  const editor = await pageAs(browser, "editor");
  await importPastedArticle(editor, { title: "Aleppo ceasefire, own proposal", publisher: "AFP", text: demoStory });
  await claimFromSelection(editor, "The Syrian army has said it will last three days", { claimant: "the Syrian army", kind: "Event" });
  const proposal = editor.getByRole("form", { name: "Propose a verdict" });
  await proposal.getByLabel("Rating").selectOption("unproven");
  await proposal.getByLabel("Rationale for readers (Markdown)").fill("No independent confirmation of the duration.");
  await proposal.getByRole("button", { name: "Propose verdict" }).click();

  await openFromReviewQueue(editor, "The Syrian army has said it will last three days");
  const pending = editor.getByRole("group", { name: "Proposed verdict" });
  await expect(pending.getByText("You proposed this verdict, so another editor must approve it.")).toBeVisible();
  await expect(pending.getByRole("button", { name: "Approve and publish" })).toHaveCount(0);

  const claimId = new URL(editor.url()).searchParams.get("claim")!;
  const { verdicts } = await query<{ verdicts: { id: string }[] }>(editor.request, "claims.details", { claimId });
  const approve = await editor.request.post("/api/trpc/verdicts.approve", { data: { json: { verdictId: verdicts[0]!.id, claimRevision: 1 } } });
  expect(approve.status()).toBe(403);
  expect((await approve.json()).error.json.message).toBe("You proposed this verdict, so another editor must approve it.");
});
