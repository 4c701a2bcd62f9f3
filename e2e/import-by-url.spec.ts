import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./demo-users";
import { fixtureSitePort } from "./playwright.config";

const articleHtml = readFileSync("server/import/fixtures/aleppo-article.html", "utf8");
// What the fixture site serves at the article's address; a test updates the story by changing it.
let edition = articleHtml;
const site = `http://127.0.0.1:${fixtureSitePort}`;
let server: Server;

test.beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/world/aleppo-ceasefire") return res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(edition);
    if (req.url === "/data.json") return res.writeHead(200, { "content-type": "application/json" }).end("{}");
    res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
  });
  await new Promise<void>((resolve) => server.listen(fixtureSitePort, "127.0.0.1", resolve));
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test.use({ storageState: storageStateFor("journalist") });

/** Fetches the fixture site's article on the import page, as a journalist does, and waits for the form to fill. */
async function fetchIntoImportForm(page: Page) {
  await page.goto("/articles/new");
  const fetchForm = page.getByRole("form", { name: "Fetch from a URL" });
  await fetchForm.getByLabel("Article URL").fill(`${site}/world/aleppo-ceasefire`);
  await fetchForm.getByRole("button", { name: "Fetch article" }).click();
  await expect(fetchForm.getByRole("status")).toHaveText("Fetched: check the fields below before saving.");
}

test("a journalist imports a page by URL: the article is extracted and the page chrome stripped", async ({ page }) => {
  await fetchIntoImportForm(page);

  const form = page.getByRole("form", { name: "Article" });
  await expect(form.getByLabel("Title")).toHaveValue("Russia's Aleppo ceasefire begins but clashes erupt");
  await expect(form.getByLabel("Publisher")).toHaveValue("Justice Info");
  const text = await form.getByLabel("Article text").inputValue();
  expect(text).toContain("More than 250,000 civilians have been trapped in the rebel-held east of the city");
  expect(text).not.toContain("Sign up to the newsletter");
  expect(text).not.toContain("Support Us");
  expect(text).not.toContain("Each donation helps our journalists");

  await form.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Russia's Aleppo ceasefire begins but clashes erupt" })).toBeVisible();
  await expect(page.getByText(/version 1, fetched/)).toBeVisible();
  await expect(page.getByRole("document", { name: "Article text" })).toContainText("Moscow has dismissed the accusation");
  await expect(page.getByRole("document", { name: "Article text" })).not.toContainText("Sign up to the newsletter");
});

test("each failure to fetch says what went wrong", async ({ page }) => {
  await page.goto("/articles/new");
  const fetchForm = page.getByRole("form", { name: "Fetch from a URL" });
  const attempt = async (url: string) => {
    await fetchForm.getByLabel("Article URL").fill(url);
    await fetchForm.getByRole("button", { name: "Fetch article" }).click();
  };
  await attempt(`${site}/data.json`);
  await expect(fetchForm.getByText("The address leads to a file of type application/json, not to a web page (HTML).")).toBeVisible();
  await attempt("http://169.254.169.254/latest/meta-data/");
  await expect(fetchForm.getByText("169.254.169.254 points to a link-local (incl. cloud metadata) address; only public websites can be imported.")).toBeVisible();
  await attempt(`${site}/missing`);
  await expect(fetchForm.getByText("The site answered with HTTP error 404 instead of the page.")).toBeVisible();
  await attempt("ftp://example.org/article");
  await expect(fetchForm.getByText("Enter an http:// or https:// address.")).toBeVisible();
});

test("re-fetching the article's address adds a version only when the page changed", async ({ page }) => {
  await fetchIntoImportForm(page);
  const form = page.getByRole("form", { name: "Article" });
  await form.getByLabel("Title").fill("Aleppo ceasefire, followed by URL");
  await form.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByText(/version 1, fetched/)).toBeVisible();

  const refetch = page.getByRole("button", { name: `Fetch the new version from 127.0.0.1:${fixtureSitePort}` });
  await refetch.click();
  await expect(page.getByRole("alert").filter({ hasText: "This text is the same" })).toHaveText("This text is the same as the current version (version 1): no version was added.");

  edition = articleHtml.replace("More than 250,000 civilians", "More than 275,000 civilians");
  try {
    await refetch.click();
    await expect(page.getByRole("status").filter({ hasText: /^Version 2 added: / })).toBeVisible();
    await expect(page.getByText(/version 2, fetched/)).toBeVisible();
    await expect(page.getByRole("document", { name: "Article text" })).toContainText("More than 275,000 civilians");
  } finally {
    edition = articleHtml;
  }
});
