import { expect, type Page } from "@playwright/test";

// `origin` picks another app server than the run's own (e2e/two-servers.spec.ts).
export async function signInThroughForm(page: Page, email: string, password: string, origin = "") {
  await page.goto(`${origin}/signin`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function expectSignedInAs(page: Page, name: string) {
  await expect(page.getByRole("banner").getByRole("link", { name: new RegExp(name) })).toBeVisible();
}
