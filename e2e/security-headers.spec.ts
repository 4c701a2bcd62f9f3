// Security headers on every class of response: workspace pages (a fresh script nonce each time),
// public pages (no script allowed), the embed card (the only framable address), the tRPC and public
// JSON APIs, feeds, sitemap, auth routes, static files, 404s and error answers. Then, in Chromium,
// a script injected into a workspace page and into a public page is blocked by the policy.
import { expect, test, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { storageStateFor } from "./demo-users";
import { selectTextWithMouse } from "./select-text";

type Kind = "workspace" | "publicPage" | "embed" | "data" | "static";

const demoArticle = "russias-aleppo-ceasefire-begins-but-clashes-erupt";
const trpcGet = (path: string, input: unknown) => `/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

async function publishedClaimSlug(request: APIRequestContext) {
  const { items } = (await (await request.get("/api/v1/claims?limit=1")).json()) as { items: { slug: string }[] };
  return items[0]!.slug;
}

const scriptSrc = (policy: string) => policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";

/** What is wrong with one response's headers (and, for pages, its scripts); empty when nothing is. */
async function problemsOf(kind: Kind, response: APIResponse): Promise<string[]> {
  const headers = response.headers();
  const problems: string[] = [];
  const want = (ok: boolean, what: string) => ok || problems.push(what);
  want(headers["x-content-type-options"] === "nosniff", "nosniff");
  want(headers["referrer-policy"] === "strict-origin-when-cross-origin", "Referrer-Policy");
  want(/camera=\(\)/.test(headers["permissions-policy"] ?? ""), "Permissions-Policy");
  want(/^max-age=\d{7,}/.test(headers["strict-transport-security"] ?? ""), "HSTS");
  want(headers["x-frame-options"] === (kind === "embed" ? undefined : "DENY"), `X-Frame-Options ${headers["x-frame-options"]}`);
  if (kind === "static") return problems;
  const policy = headers["content-security-policy"] ?? "";
  want(policy.includes(kind === "embed" ? "frame-ancestors *" : "frame-ancestors 'none'"), `frame-ancestors in "${policy}"`);
  want(policy.includes("base-uri 'none'"), "base-uri");
  if (kind === "workspace") {
    const nonce = scriptSrc(policy).match(/'nonce-([^']+)' 'strict-dynamic'$/)?.[1];
    want(Boolean(nonce), `script-src by nonce in "${policy}"`);
    const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    want(scripts.length > 0 && scripts.every((tag) => tag.includes(`nonce="${nonce}"`)), "every script of the page carries the nonce");
  } else if (kind === "publicPage") {
    want(scriptSrc(policy) === "script-src 'none'", `script-src 'none' in "${policy}"`);
    const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    want(scripts.every((tag) => tag.includes('type="application/ld+json"')), `no executable script: ${scripts.join(" ")}`);
  } else {
    want(policy.startsWith("default-src 'none'"), `default-src 'none' in "${policy}"`);
  }
  return problems;
}

test("every class of response carries the security headers it should", async ({ browser, playwright, baseURL }) => {
  const journalist = await browser.newContext({ storageState: storageStateFor("journalist") });
  const reader = await playwright.request.newContext({ baseURL });
  const claim = await publishedClaimSlug(reader);
  const signInPage = await (await reader.get("/signin")).text();
  const asset = signInPage.match(/<script[^>]+src="(\/_next\/static\/[^"]+)"/)?.[1];
  expect(asset, "the sign-in page loads a script from /_next/static").toBeDefined();

  const checks: [Kind, string, APIRequestContext, number][] = [
    ["workspace", "/articles", journalist.request, 200],
    ["workspace", `/articles/${demoArticle}`, journalist.request, 200],
    ["workspace", "/signin", reader, 200],
    ["workspace", "/signout", reader, 200],
    ["workspace", "/no/such/page", reader, 404],
    ["publicPage", "/", reader, 200],
    ["publicPage", `/claims/${claim}`, reader, 200],
    ["publicPage", `/stories/${demoArticle}`, reader, 200],
    ["publicPage", "/claims/no-such-claim", reader, 404],
    ["embed", `/embed/claims/${claim}`, reader, 200],
    ["embed", "/embed/claims/no-such-claim", reader, 404],
    ["data", trpcGet("public.claims", {}), reader, 200],
    ["data", trpcGet("articles.list", {}), reader, 401],
    ["data", trpcGet("public.claim", { slug: 7 }), reader, 400],
    ["data", trpcGet("no.such", {}), reader, 404],
    ["data", "/api/v1/claims", reader, 200],
    ["data", "/api/v1/claims/no-such-claim", reader, 404],
    ["data", `/api/v1/stories/${demoArticle}/annotations`, reader, 200],
    ["data", "/api/v1/openapi.json", reader, 200],
    ["data", "/feeds/verdicts.atom", reader, 200],
    ["data", "/feeds/claim-reviews.jsonld", reader, 200],
    ["data", "/sitemap.xml", reader, 200],
    ["data", "/api/auth/csrf", reader, 200],
    ["data", "/api/auth/session", reader, 200],
    ["data", `/api/articles/${demoArticle}/claims.csv`, reader, 401],
    ["static", asset!, reader, 200],
  ];
  const found: string[] = [];
  for (const [kind, path, request, status] of checks) {
    const response = await request.get(path, { maxRedirects: 0 });
    if (response.status() !== status) found.push(`${path}: status ${response.status()}, expected ${status}`);
    for (const problem of await problemsOf(kind, response)) found.push(`${path} (${kind}): ${problem}`);
  }
  const nonces = await Promise.all([1, 2].map(async () => scriptSrc((await reader.get("/signin")).headers()["content-security-policy"] ?? "")));
  if (nonces[0] === nonces[1]) found.push(`/signin served the same nonce twice: ${nonces[0]}`);

  const session = (await journalist.cookies()).find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  if (!session?.httpOnly || session.sameSite !== "Lax") found.push(`session cookie flags: ${JSON.stringify(session)}`);
  console.log(`headers: ${checks.length} responses in 5 classes checked (+ nonce freshness, session cookie), ${found.length} problems`);
  expect(found).toEqual([]);
  await Promise.all([journalist.close(), reader.dispose()]);
});

/**
 * Loads a page with an inline script and an event handler injected into its HTML, as an escaping bug
 * would let through. Both sit where the parser meets them before any hydration could remove them.
 */
async function injectedScriptRan(page: Page, path: string): Promise<{ ran: boolean; violations: number }> {
  let injected = 0;
  await page.route(`**${path}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text())
      .replace("<head>", '<head><script>window.__injected = true; alert("injected")</script>')
      .replace(/<body[^>]*>/, (body) => `${body}<img src="x" alt="" onerror="window.__injected = true">`);
    injected += html.includes("window.__injected") ? 1 : 0;
    await route.fulfill({ response, body: html });
  });
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    (window as unknown as { __violations: number }).__violations = 0;
    document.addEventListener("securitypolicyviolation", () => (window as unknown as { __violations: number }).__violations++);
  });
  await page.goto(path, { waitUntil: "load" });
  expect(injected, `the script was injected into ${path}`).toBe(1);
  const ran = await page.evaluate(() => Boolean((window as unknown as { __injected?: boolean }).__injected));
  const violations = await page.evaluate(() => (window as unknown as { __violations: number }).__violations);
  return { ran: ran || dialogs > 0, violations };
}

test("Chromium blocks a script injected into a workspace page and into a public page", async ({ browser, playwright, baseURL }) => {
  const reader = await playwright.request.newContext({ baseURL });
  const claim = await publishedClaimSlug(reader);
  const journalist = await browser.newContext({ storageState: storageStateFor("journalist") });
  const workspacePage = await journalist.newPage();
  const workspace = await injectedScriptRan(workspacePage, `/articles/${demoArticle}`);
  // The workspace's own scripts still run under the policy: the article page is interactive.
  await selectTextWithMouse(workspacePage, workspacePage.getByRole("document", { name: "Article text" }), "clashes");
  await expect(workspacePage.getByRole("button", { name: "New claim" })).toBeVisible();

  const publicContext = await browser.newContext();
  const publicPage = await injectedScriptRan(await publicContext.newPage(), `/claims/${claim}`);
  console.log(`csp: injected inline script and handler ran on workspace page: ${workspace.ran} (${workspace.violations} violations reported), on public page: ${publicPage.ran} (${publicPage.violations} violations reported)`);
  expect(workspace).toEqual({ ran: false, violations: expect.any(Number) });
  expect(workspace.violations).toBeGreaterThan(0);
  expect(publicPage.ran).toBe(false);
  expect(publicPage.violations).toBeGreaterThan(0);
  await Promise.all([journalist.close(), publicContext.close(), reader.dispose()]);
});
