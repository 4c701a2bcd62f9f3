// Search: a journalist searches the workspace, filters, reads the highlighted matches and pages;
// a reader's public search finds a published claim and never an unpublished one. The spec seeds
// its own article and claims, with words no other spec uses.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { demoStoryText } from "../server/testing/test-article";
import { storageStateFor } from "./demo-users";
import { mutate, query } from "./trpc-request";

const run = Math.random().toString(36).slice(2, 8);
const word = `searchmark${run}`;
const publicWord = `verifiedmark${run}`;
const draftWord = `draftmark${run}`;
const phrase = "More than 250,000 civilians have been trapped";

async function seed(journalist: APIRequestContext, editor: APIRequestContext) {
  const article = await mutate<{ id: string; slug: string; versionId: string }>(journalist, "articles.import", { title: `Search spec story ${run}`, publisher: "AFP", text: demoStoryText });
  const start = demoStoryText.indexOf(phrase);
  const create = (statement: string, extra: Record<string, unknown> = {}) =>
    mutate<{ id: string }>(journalist, "claims.create", {
      articleId: article.id,
      versionId: article.versionId,
      anchor: { start, end: start + phrase.length, exact: phrase },
      statement,
      kind: "other",
      ...extra,
    });
  for (let i = 1; i <= 22; i++) await create(`${word} ordinary claim number ${i}`);
  await create(`${word} a quarter of a million civilians are besieged`, { kind: "statistic", claimant: "UN" });
  await create(`${draftWord} an unpublished draft`);
  const published = await create(`${word} ${publicWord} civilians trapped in eastern Aleppo`, { claimant: "UN" });
  const source = await mutate<{ id: string }>(journalist, "sources.create", { url: `https://example.org/ocha-${run}`, title: "OCHA situation report", kind: "official_statement" });
  await mutate(journalist, "sources.link", { claimId: published.id, sourceId: source.id, stance: "supports" });
  const { verdictId } = await mutate<{ verdictId: string }>(journalist, "verdicts.propose", { claimId: published.id, rating: "mostly_true", rationale: "The UN's estimate at the time.", sourceIds: [source.id] });
  const { claims } = await query<{ claims: { id: string; revision: number }[] }>(journalist, "articles.workspace", { slug: article.slug });
  await mutate(editor, "verdicts.approve", { verdictId, claimRevision: claims.find((c) => c.id === published.id)!.revision });
}

test("a journalist searches, filters, reads highlighted matches and pages; the public finds only what was published", async ({ browser }) => {
  test.setTimeout(300_000);
  const journalist = await browser.newContext({ storageState: storageStateFor("journalist") });
  const editor = await browser.newContext({ storageState: storageStateFor("editor") });
  await seed(journalist.request, editor.request);

  const page = await journalist.newPage();
  await page.goto("/articles");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
  await expect(page.getByText("Type words to search")).toBeVisible();
  await page.getByRole("searchbox", { name: "Search claims, quotes, sources and articles" }).fill(word);
  await page.getByRole("button", { name: "Search" }).click();

  const results = page.getByRole("region", { name: "Search results" }).getByRole("listitem");
  await expect(results).toHaveCount(20);
  await expect(results.first().locator("mark").first()).toHaveText(word);
  await expect(results.first()).toContainText("Claim");
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page.getByText("Page 2")).toBeVisible();
  await expect(results).toHaveCount(4);
  await page.getByRole("link", { name: "Previous page" }).click();
  await expect(results).toHaveCount(20);

  await page.getByLabel("Kind").selectOption({ label: "Statistic" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText("a quarter of a million civilians are besieged");
  await expect(results.first()).toContainText("UN · Statistic · Open");

  await page.getByLabel("Kind").selectOption({ label: "Any" });
  await page.getByLabel("Review state").selectOption({ label: "Published" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText("Mostly true");
  await results.first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: `Search spec story ${run}` })).toBeVisible();

  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/");
  await reader.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
  await reader.getByRole("searchbox").fill(`${publicWord} civilians`);
  await reader.getByRole("button", { name: "Search" }).click();
  const found = reader.getByRole("region", { name: "Search results" }).getByRole("listitem");
  await expect(found).toHaveCount(1);
  await expect(found.locator("mark")).toHaveText([publicWord, "civilians"]);
  await found.getByRole("link").click();
  await expect(reader.getByRole("heading", { level: 1 })).toContainText(publicWord);

  for (const unpublished of [draftWord, `${word} ordinary claim`, "a quarter of a million civilians are besieged"]) {
    await reader.goto(`/search?q=${encodeURIComponent(unpublished)}`);
    await expect(reader.getByText("No published fact-check matches this search.")).toBeVisible();
  }
  await Promise.all([journalist.close(), editor.close(), reader.context().close()]);
});
