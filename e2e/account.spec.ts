import { expect, test } from "@playwright/test";
import { storageStateFor } from "./demo-users";
import { expectSignedInAs, signInThroughForm } from "./sign-in";

test("repeated wrong passwords for one account are throttled with a clear message", async ({ page }) => {
  const email = `ghost-${Date.now()}@claimtrail.test`;
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signInThroughForm(page, email, `wrong password ${attempt}`);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Wrong e-mail or password.");
  }
  await signInThroughForm(page, email, "wrong password 6");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/^Too many failed sign-ins\. Try again in \d+ minutes\.$/);
});

test("changing one's password signs out one's other sessions", async ({ browser }) => {
  const admin = await browser.newContext({ storageState: storageStateFor("admin") });
  const email = `columnist-${Date.now()}@claimtrail.test`;
  const created = await admin.request.post("/api/trpc/users.create", {
    data: { json: { email, name: "Casey Columnist", role: "journalist", password: "first columnist passphrase" } },
  });
  expect(created.status()).toBe(200);
  await admin.close();

  const laptop = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  const phone = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  for (const device of [laptop, phone]) {
    await signInThroughForm(device, email, "first columnist passphrase");
    await expectSignedInAs(device, "Casey Columnist");
  }

  await laptop.getByRole("banner").getByRole("link", { name: /Casey Columnist/ }).click();
  const form = laptop.getByRole("form", { name: "Change your password" });
  await form.getByLabel("Current password").fill("first columnist passphrase");
  await form.getByLabel("New password (8 to 128 characters)").fill("password123");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("This password is too common; choose another.")).toBeVisible();
  await form.getByLabel("New password (8 to 128 characters)").fill("second columnist passphrase");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("status")).toHaveText("Password changed. 1 other session(s) signed out.");

  await phone.reload();
  await expect(phone).toHaveURL(/\/signin/);
  await laptop.goto("/articles");
  await expect(laptop.getByRole("heading", { name: "Articles" })).toBeVisible();
});

test("guesses at the current password are throttled: after five wrong ones the form says to wait", async ({ browser }) => {
  const admin = await browser.newContext({ storageState: storageStateFor("admin") });
  const email = `guessed-${Date.now()}@claimtrail.test`;
  const created = await admin.request.post("/api/trpc/users.create", {
    data: { json: { email, name: "Gale Guessed", role: "journalist", password: "the guessed passphrase" } },
  });
  expect(created.status()).toBe(200);
  await admin.close();

  const page = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await signInThroughForm(page, email, "the guessed passphrase");
  await expectSignedInAs(page, "Gale Guessed");
  await page.goto("/account");
  const form = page.getByRole("form", { name: "Change your password" });
  await form.getByLabel("New password (8 to 128 characters)").fill("a passphrase of my own");
  for (let guess = 1; guess <= 5; guess++) {
    await form.getByLabel("Current password").fill(`guess number ${guess}`);
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByText("Your current password is not correct.")).toBeVisible();
  }
  await form.getByLabel("Current password").fill("the guessed passphrase");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText(/^Too many failed attempts\. Try again in \d+ minutes\.$/)).toBeVisible();
});
