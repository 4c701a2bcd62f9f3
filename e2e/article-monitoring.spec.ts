import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { createServer, type Server } from "node:http";
import { expect, test } from "@playwright/test";
import { storageStateFor } from "./demo-users";
import { monitoringSitePort } from "./fixture-sites";

const articleHtml = readFileSync("server/import/fixtures/aleppo-article.html", "utf8");
// What the fixture site answers at the watched address; the test updates the story, then removes it.
let edition = { status: 200, body: articleHtml };
const address = `http://127.0.0.1:${monitoringSitePort}/world/aleppo-watched`;
let server: Server;

test.beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/world/aleppo-watched") return res.writeHead(edition.status, { "content-type": "text/html; charset=utf-8" }).end(edition.body);
    res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
  });
  await new Promise<void>((resolve) => server.listen(monitoringSitePort, "127.0.0.1", resolve));
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test.use({ storageState: storageStateFor("journalist") });

test("a watched article: its update becomes version 2 captured by monitoring, and a page gone is reported", async ({ page }) => {
  await page.goto("/articles/new");
  const fetchForm = page.getByRole("form", { name: "Fetch from a URL" });
  await fetchForm.getByLabel("Article URL").fill(address);
  await fetchForm.getByRole("button", { name: "Fetch article" }).click();
  await expect(fetchForm.getByRole("status")).toHaveText("Fetched: check the fields below before saving.");
  const form = page.getByRole("form", { name: "Article" });
  await form.getByLabel("Title").fill("Aleppo ceasefire, watched for updates");
  await form.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByText(/version 1, fetched/)).toBeVisible();

  const monitoring = page.getByRole("region", { name: "Monitoring" });
  await monitoring.getByRole("button", { name: "Watch for updates" }).click();
  await expect(monitoring.getByText(/^Watching for updates \(every 5 s while nothing changes\)/)).toBeVisible();
  await expect(monitoring.getByText(/^Next check: /)).toBeVisible();

  edition = { status: 200, body: articleHtml.replace("More than 250,000 civilians", "More than 275,000 civilians") };
  await monitoring.getByRole("button", { name: "Check now" }).click();
  await expect(page.getByText(/version 2, monitored/)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("document", { name: "Article text" })).toContainText("More than 275,000 civilians");
  await monitoring.getByText("Recent checks").click();
  await expect(monitoring.getByRole("list", { name: "Recent checks" })).toContainText("changed: version 2 captured");

  edition = { status: 404, body: "<h1>Not found</h1>" };
  await monitoring.getByRole("button", { name: "Check now" }).click();
  const failure = monitoring.getByRole("alert").filter({ hasText: /^The last (\d+ )?checks? failed: / });
  await expect(failure).toContainText(
    "The page is no longer there (HTTP 404): it may have been moved or taken down. Nothing was captured; the article's versions are unchanged.",
    { timeout: 20_000 },
  );
  await expect(monitoring.getByText(/^Last check: .*, failed: The page is no longer there \(HTTP 404\)/)).toBeVisible();
  await expect(page.getByText(/version 2, monitored/)).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).include('section[aria-label="Monitoring"]').withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);

  await monitoring.getByRole("button", { name: "Stop watching" }).click();
  await expect(monitoring.getByRole("button", { name: "Watch for updates" })).toBeVisible();
  await expect(failure).toHaveCount(0);
});
