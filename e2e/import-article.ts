import { expect, type Page } from "@playwright/test";

/** Pastes an article into the import form and waits for its workspace page. */
export async function importPastedArticle(page: Page, article: { title: string; publisher: string; text: string }) {
  await page.goto("/articles");
  await page.getByRole("link", { name: "Import an article" }).click();
  const form = page.getByRole("form", { name: "Article" });
  await form.getByLabel("Title").fill(article.title);
  await form.getByLabel("Publisher").fill(article.publisher);
  await form.getByLabel("Article text").fill(article.text);
  await form.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: article.title })).toBeVisible();
}
