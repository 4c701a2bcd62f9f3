// Steps several specs take in the claims workspace, done the way a person does them.
import { expect, type Page } from "@playwright/test";
import { selectTextWithMouse } from "./select-text";

export async function addSource(page: Page, source: { url: string; title: string; kind: string; stance: string; note: string }) {
  const form = page.getByRole("form", { name: "Add a source" });
  await form.getByLabel("URL", { exact: true }).fill(source.url);
  await form.getByLabel("Title", { exact: true }).fill(source.title);
  await form.getByLabel("Kind of source").selectOption({ label: source.kind });
  await form.getByLabel("Stance").selectOption({ label: source.stance });
  await form.getByLabel("Note").fill(source.note);
  await form.getByRole("button", { name: "Link source" }).click();
}

/** Selects a passage with the mouse and makes it a claim with the statement and fields given. */
export async function claimFromSelection(page: Page, phrase: string, fields: { statement?: string; claimant?: string; kind?: string; assignee?: string } = {}) {
  await selectTextWithMouse(page, page.getByRole("document", { name: "Article text" }), phrase);
  await page.getByRole("button", { name: "New claim" }).click();
  const form = page.getByRole("form", { name: "New claim" });
  if (fields.statement) await form.getByLabel("Statement").fill(fields.statement);
  if (fields.claimant) await form.getByLabel("Claimant").fill(fields.claimant);
  if (fields.kind) await form.getByLabel("Kind").selectOption({ label: fields.kind });
  if (fields.assignee) await form.getByLabel("Assignee").selectOption({ label: fields.assignee });
  await form.getByRole("button", { name: "Create claim" }).click();
  await expect(page.getByRole("article", { name: "Claim" }).getByRole("heading", { name: fields.statement ?? phrase })).toBeVisible();
}
