import { expect, test } from "@playwright/test";
import { storageStateFor } from "./demo-users";
import { expectSignedInAs, signInThroughForm } from "./sign-in";

test.describe("as a journalist", () => {
  test.use({ storageState: storageStateFor("journalist") });

  test("the admin page and its procedures are refused", async ({ page }) => {
    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Users" })).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toHaveCount(0);

    const list = await page.request.get("/api/trpc/users.list");
    expect(list.status()).toBe(403);
    const create = await page.request.post("/api/trpc/users.create", {
      data: { json: { email: "sneaky@claimtrail.test", name: "Sneaky", role: "admin", password: "a long enough password" } },
    });
    expect(create.status()).toBe(403);
  });
});

test.describe("as the admin", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("creates a user who signs in, disables them (their next request is refused), re-enables and promotes them", async ({ page, browser }) => {
    const email = `reporter-${Date.now()}@claimtrail.test`;
    const password = "fresh reporter passphrase";
    await page.goto("/admin/users");
    const form = page.getByRole("form", { name: "Create a user" });

    await form.getByLabel("Name").fill("Riley Reporter");
    await form.getByLabel("E-mail").fill("not-an-address");
    await form.getByLabel("Initial password").fill("short");
    await form.getByRole("button", { name: "Create user" }).click();
    await expect(form.getByText("Enter a valid e-mail address.")).toBeVisible();
    await expect(form.getByText("Use at least 8 characters.")).toBeVisible();

    await form.getByLabel("E-mail").fill(email);
    await form.getByLabel("Initial password").fill(password);
    await form.getByLabel("Role").selectOption("journalist");
    await form.getByRole("button", { name: "Create user" }).click();
    await expect(page.getByRole("status")).toHaveText(`Created ${email} as journalist.`);
    await expect(page.getByRole("cell", { name: email, exact: true })).toBeVisible();

    const reporter = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const reporterPage = await reporter.newPage();
    await signInThroughForm(reporterPage, email, password);
    await expect(reporterPage).toHaveURL(/\/articles$/);
    await expectSignedInAs(reporterPage, "Riley Reporter");

    await page.getByRole("button", { name: `Disable ${email}` }).click();
    await expect(page.getByRole("button", { name: `Enable ${email}` })).toBeVisible();

    await reporterPage.reload();
    await expect(reporterPage).toHaveURL(/\/signin/);
    expect((await reporterPage.request.get("/api/trpc/articles.list")).status()).toBe(401);
    await signInThroughForm(reporterPage, email, password);
    await expect(reporterPage.getByRole("main").getByRole("alert")).toHaveText("Wrong e-mail or password.");

    await page.getByRole("button", { name: `Enable ${email}` }).click();
    await page.getByRole("combobox", { name: `Role of ${email}` }).selectOption("editor");
    await expect(page.getByRole("combobox", { name: `Role of ${email}` })).toHaveValue("editor");
    await signInThroughForm(reporterPage, email, password);
    await expectSignedInAs(reporterPage, "Riley Reporter \\(editor\\)");
    await reporter.close();
  });

  test("a new admin cannot take away the last admin's role", async ({ page }) => {
    await page.goto("/admin/users");
    await page.getByRole("combobox", { name: "Role of admin@claimtrail.test" }).selectOption("editor");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("You cannot demote the last active admin.");
    await page.reload();
    await expect(page.getByRole("combobox", { name: "Role of admin@claimtrail.test" })).toHaveValue("admin");
  });
});
