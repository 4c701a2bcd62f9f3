// Taking the data out: a journalist downloads the article's CSV from its page; a publisher's page on
// another origin shows the verdict card in an iframe while every other page refuses to be framed;
// the OpenAPI description documents paths that answer with the fields it promises.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { storageStateFor } from "./demo-users";

const demoArticle = "russias-aleppo-ceasefire-begins-but-clashes-erupt";
const publisherPort = 4400;
const publisherOrigin = `http://127.0.0.1:${publisherPort}`;

type ClaimList = { items: { slug: string; statement: string; verdict: { ratingName: string; withdrawn: object | null } }[] };

/** A claim of the demo data whose verdict stands, or one that was withdrawn. */
async function publishedClaim(request: APIRequestContext, rating?: "withdrawn") {
  const response = await request.get(`/api/v1/claims?limit=100${rating ? `&rating=${rating}` : ""}`);
  const claim = ((await response.json()) as ClaimList).items.find((item) => Boolean(item.verdict.withdrawn) === (rating === "withdrawn"));
  expect(claim, `a published claim${rating ? ` rated ${rating}` : ""} in the demo data`).toBeDefined();
  return claim!;
}

/** A publisher's story page on another origin, framing whatever address it is given. */
function publisherSite(framed: string[]): Promise<Server> {
  const server = createServer((req, res) => {
    const src = framed[Number(new URL(req.url ?? "/", publisherOrigin).searchParams.get("frame") ?? 0)];
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!DOCTYPE html><html lang="en"><head><title>Our story</title></head><body><h1>Our story about Aleppo</h1><iframe title="Fact check" src="${src}" width="540" height="230"></iframe></body></html>`);
  });
  return new Promise((resolve) => server.listen(publisherPort, "127.0.0.1", () => resolve(server)));
}

test("a journalist downloads the article's claims as CSV from its page; a signed-out request gets none", async ({ browser, playwright, baseURL }) => {
  const context = await browser.newContext({ storageState: storageStateFor("journalist") });
  const page = await context.newPage();
  await page.goto(`/articles/${demoArticle}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByLabel("Export the claims").getByRole("link", { name: "CSV" }).click()]);
  expect(download.suggestedFilename()).toBe(`${demoArticle}-claims.csv`);
  const csv = readFileSync((await download.path())!, "utf8");
  const [header, ...rows] = csv.split("\r\n");
  expect(header).toMatch(/^claim_id,slug,statement,claimant,kind,/);
  const trapped = rows.find((row) => row.includes("More than 250,000 civilians are trapped in rebel-held east Aleppo"));
  expect(trapped).toBeDefined();
  expect(trapped).toContain(",approved,");

  const reader = await playwright.request.newContext({ baseURL });
  const signedOut = await reader.get(`/api/articles/${demoArticle}/claims.csv`, { maxRedirects: 0 });
  expect(signedOut.status()).toBe(401);
  expect(await signedOut.text()).not.toContain("250,000");
  await Promise.all([context.close(), reader.dispose()]);
});

test("the verdict card renders inside a page served from another origin; other pages refuse to be framed", async ({ page, playwright, baseURL }) => {
  const reader = await playwright.request.newContext({ baseURL });
  const published = await publishedClaim(reader);
  const withdrawn = await publishedClaim(reader, "withdrawn");
  const server = await publisherSite([`${baseURL}/embed/claims/${published.slug}`, `${baseURL}/embed/claims/${withdrawn.slug}`, `${baseURL}/claims/${published.slug}`, `${baseURL}/embed/claims/no-such-claim`]);
  try {
    await page.goto(`${publisherOrigin}/?frame=0`);
    const card = page.frameLocator("iframe");
    await expect(card.getByText(published.statement)).toBeVisible();
    await expect(card.getByText(published.verdict.ratingName, { exact: true })).toBeVisible();
    await expect(card.getByRole("link", { name: "Read the full fact check" })).toHaveAttribute("href", `${baseURL}/claims/${published.slug}`);

    await page.goto(`${publisherOrigin}/?frame=1`);
    await expect(page.frameLocator("iframe").getByText("Verdict withdrawn", { exact: true })).toBeVisible();

    await page.goto(`${publisherOrigin}/?frame=3`);
    await expect(page.frameLocator("iframe").getByText("This fact check is not available.")).toBeVisible();

    // The full claim page in the same frame: the browser refuses to show it.
    await page.goto(`${publisherOrigin}/?frame=2`);
    await page.waitForTimeout(500);
    const claimFrame = page.frames().find((frame) => frame !== page.mainFrame());
    expect(await claimFrame?.locator("body").textContent().catch(() => "")).not.toContain(published.statement);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }

  const embed = await reader.get(`/embed/claims/${published.slug}`);
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  for (const path of [`/claims/${published.slug}`, "/", `/stories/${demoArticle}`, "/api/v1/claims", "/signin"]) {
    const response = await reader.get(path);
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }
  expect((await reader.get("/embed/claims/no-such-claim")).status()).toBe(404);
  await reader.dispose();
});

type Schema = { $ref?: string; type?: string | string[]; required?: string[]; properties?: Record<string, Schema>; items?: Schema };
type OpenApi = { paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: Schema }> }> } }>; components: { schemas: Record<string, Schema> } };

/** Every field a schema marks required, looked for in the value (first item of each list). */
function missingFields(value: unknown, schema: Schema, doc: OpenApi, at = "$"): string[] {
  const resolved = schema.$ref ? doc.components.schemas[schema.$ref.split("/").at(-1)!]! : schema;
  if (Array.isArray(value)) return resolved.items && value.length > 0 ? missingFields(value[0], resolved.items, doc, `${at}[0]`) : [];
  if (typeof value !== "object" || value === null) return [];
  const record = value as Record<string, unknown>;
  return [
    ...(resolved.required ?? []).filter((name) => !(name in record)).map((name) => `${at}.${name}`),
    ...Object.entries(resolved.properties ?? {}).flatMap(([name, property]) => (name in record ? missingFields(record[name], property, doc, `${at}.${name}`) : [])),
  ];
}

test("every path of the OpenAPI description answers with the fields it documents", async ({ playwright, baseURL }) => {
  const reader = await playwright.request.newContext({ baseURL });
  const doc = (await (await reader.get("/api/v1/openapi.json")).json()) as OpenApi & { openapi: string };
  expect(doc.openapi).toBe("3.1.0");
  const published = await publishedClaim(reader);
  const paths = Object.keys(doc.paths);
  expect(paths).toEqual(expect.arrayContaining(["/api/v1/claims", "/api/v1/claims/{slug}", "/api/v1/stories/{slug}/annotations", "/feeds/claim-reviews.jsonld", "/sitemap.xml", "/embed/claims/{slug}"]));
  for (const path of paths) {
    const address = path.replace("{slug}", path.startsWith("/api/v1/stories/") ? demoArticle : published.slug);
    const response = await reader.get(address);
    expect(response.status(), address).toBe(200);
    const [mediaType, { schema }] = Object.entries(doc.paths[path]!.get.responses["200"]!.content!)[0]!;
    expect(response.headers()["content-type"], address).toContain(mediaType);
    if (mediaType.endsWith("json")) expect(missingFields(await response.json(), schema, doc), address).toEqual([]);
  }
  await reader.dispose();
});
