// Cross-site scripting: a corpus of payloads goes through every field people write (article title
// and text, claim statement and claimant, comment, source title, note and URL, rationale Markdown),
// the verdict is published, and each workspace and public page that shows them is opened in
// Chromium. Nothing may run (no dialog, no flag set by a payload) and, so that the test does not
// rest on the Content-Security-Policy alone, each page must show the payloads as text and hold no
// element or attribute a payload would have created.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { storageStateFor } from "./demo-users";
import { mutate, query } from "./trpc-request";

const run = Math.random().toString(36).slice(2, 8);

// Each payload sets window.__xss (or alerts) if it ever runs.
const payloads = [
  `<script>window.__xss=1;alert(1)</script>`,
  `<img src=x onerror="window.__xss=2;alert(2)">`,
  `"><svg onload="window.__xss=3">`,
  `'><iframe srcdoc="<script>parent.__xss=4</script>"></iframe>`,
  `</script><script>window.__xss=5</script>`,
  `</textarea></title><script>window.__xss=6</script>`,
  `<a href="javascript:window.__xss=7">link</a>`,
  `<details open ontoggle="window.__xss=8">`,
  `{{constructor.constructor('window.__xss=9')()}} \${window.__xss=9}`,
];
/** What a person writes in one field: the field's name as a marker, then a payload. */
const written = (field: string, index: number) => `${field}${run} ${payloads[index % payloads.length]}`;
const fields = ["title", "publisher", "byline", "text", "statement", "claimant", "comment", "sourcetitle", "sourcenote"] as const;
const input = Object.fromEntries(fields.map((field, i) => [field, written(field, i)])) as Record<(typeof fields)[number], string>;
const rationale = [
  `xssmd${run} The figures hold.`,
  "",
  "[javascript link](javascript:window.__xss=10) and [data link](data:text/html,<script>parent.__xss=11</script>)",
  "",
  "<script>window.__xss=12</script> <img src=x onerror=window.__xss=13> <javascript:window.__xss=14>",
  "",
  "[spaced](  JaVaScRiPt:window.__xss=15) and ![image](x\" onerror=\"window.__xss=16)",
].join("\n");

type Workspace = { article: { id: string; slug: string }; version: { id: string; text: string } };

async function seedPayloads(journalist: APIRequestContext) {
  const text = [`The story opens.`, `It quotes ${input.text} and moves on.`, ...payloads.map((payload, i) => `Paragraph ${i + 3} says ${payload} and ends.`)].join("\n\n");
  const imported = await mutate<{ slug: string }>(journalist, "articles.import", { title: input.title, publisher: input.publisher, byline: input.byline, text });
  const { article, version } = await query<Workspace>(journalist, "articles.workspace", { slug: imported.slug });
  const passage = input.text;
  const at = version.text.indexOf(passage);
  expect(at, "the payload passage is stored as written").toBeGreaterThanOrEqual(0);
  const claim = await mutate<{ id: string; slug: string }>(journalist, "claims.create", {
    articleId: article.id,
    versionId: version.id,
    anchor: { start: at, end: at + passage.length, exact: passage },
    statement: input.statement,
    claimant: input.claimant,
    kind: "other",
  });
  await mutate(journalist, "claims.comment", { claimId: claim.id, body: input.comment });

  const refusedUrls: string[] = [];
  for (const url of ["javascript:window.__xss=20", "JAVASCRIPT:window.__xss=21", "data:text/html,<script>window.__xss=22</script>", "vbscript:msgbox(1)"]) {
    const response = await journalist.post("/api/trpc/sources.create", { data: { json: { url, title: "Bad link", kind: "other" } } });
    if (response.status() === 400) refusedUrls.push(url);
  }
  expect(refusedUrls, "sources with a script or data URL are refused").toHaveLength(4);
  const source = await mutate<{ id: string }>(journalist, "sources.create", { url: `https://example.org/x?q="><script>window.__xss=23</script>`, title: input.sourcetitle, kind: "other" });
  await mutate(journalist, "sources.link", { claimId: claim.id, sourceId: source.id, stance: "supports", note: input.sourcenote });
  const { verdictId } = await mutate<{ verdictId: string }>(journalist, "verdicts.propose", { claimId: claim.id, rating: "mixed", rationale, sourceIds: [source.id] });
  return { articleSlug: imported.slug, claimId: claim.id, verdictId, refusedUrls };
}

/**
 * Opens a page with a watch for dialogs; returns what the rendered DOM says about injection and
 * which of the texts the page must show (as text, whole) it does not.
 */
async function inspect(page: Page, path: string, shows: string[], open?: (page: Page) => Promise<void>) {
  let dialogs = 0;
  page.removeAllListeners("dialog");
  page.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto(path);
  if (open) await open(page);
  await page.waitForLoadState("load");
  const dom = await page.evaluate(() => {
    const injected: string[] = [];
    for (const element of document.querySelectorAll("*")) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) injected.push(`${element.tagName} ${attribute.name}`);
        if (/^\s*(javascript|data|vbscript):/i.test(attribute.value) && /^(href|src|action|formaction|xlink:href)$/i.test(attribute.name)) injected.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
      }
      if (element.tagName === "IFRAME" && element.hasAttribute("srcdoc")) injected.push("iframe srcdoc");
      if (element.tagName === "SCRIPT" && /^\s*(window|parent)\.__xss/.test(element.textContent ?? "")) injected.push(`script ${element.textContent}`);
      if (element.tagName === "DETAILS" && element.hasAttribute("ontoggle")) injected.push("details ontoggle");
    }
    const root = document.body ?? document.documentElement;
    return { flag: (window as unknown as { __xss?: number }).__xss ?? null, injected, text: root.innerText ?? root.textContent ?? "" };
  });
  return { path, dialogs, ...dom, missing: shows.filter((text) => !dom.text.includes(text)) };
}

test("payloads in every written field render as text and never run, in the workspace and on public pages", async ({ browser }) => {
  test.setTimeout(150_000);
  const journalistContext = await browser.newContext({ storageState: storageStateFor("journalist") });
  const editorContext = await browser.newContext({ storageState: storageStateFor("editor") });
  const readerContext = await browser.newContext();
  const seeded = await seedPayloads(journalistContext.request);

  const editor = await editorContext.newPage();
  const rationaleMark = `xssmd${run}`;
  const results = [await inspect(editor, "/review", [input.statement])];
  const journalist = await journalistContext.newPage();
  const workspaceFields = [input.title, input.text, input.statement, input.claimant, input.comment, input.sourcetitle, input.sourcenote, rationaleMark];
  results.push(
    await inspect(journalist, `/articles/${seeded.articleSlug}`, workspaceFields, async (page) => {
      await page.getByRole("region", { name: "Claims" }).getByRole("button", { name: new RegExp(`statement${run}`) }).click();
      await expect(page.getByRole("article", { name: "Claim" }).getByText(rationaleMark)).toBeVisible();
    }),
    await inspect(journalist, "/my-claims", [input.statement]),
  );

  const { slug } = await mutate<{ slug: string }>(editorContext.request, "verdicts.approve", { verdictId: seeded.verdictId, claimRevision: 1 });
  const reader = await readerContext.newPage();
  // The home page and the feed list the newest verdicts, which other specs publish too: checked
  // for execution and injection only.
  const publicPages: [string, string[]][] = [
    [`/claims/${slug}`, [input.statement, input.claimant, input.text, input.sourcetitle, rationaleMark]],
    [`/stories/${seeded.articleSlug}`, [input.title, input.text]],
    [`/embed/claims/${slug}`, [input.statement]],
    ["/?rating=mixed", []],
    ["/feeds/verdicts.atom", []],
  ];
  for (const [path, shows] of publicPages) results.push(await inspect(reader, path, shows));

  // Each page shows the fields it displays as the text written, and every field is shown somewhere.
  const missing = results.flatMap((result) => result.missing.map((text) => `${result.path}: ${text}`));
  for (const field of [input.publisher, input.byline]) if (!results.some((result) => result.text.includes(field))) missing.push(`nowhere: ${field}`);
  const ran = results.filter((result) => result.dialogs > 0 || result.flag !== null).map((result) => `${result.path}: flag ${result.flag}, ${result.dialogs} dialogs`);
  const injected = results.flatMap((result) => result.injected.map((what) => `${result.path}: ${what}`));
  console.log(
    `xss: ${payloads.length} payloads + 1 Markdown rationale + ${seeded.refusedUrls.length} script/data URLs (refused) through ${fields.length + 2} fields, ${results.length} pages rendered in Chromium: ${ran.length} executions, ${injected.length} injected elements or attributes, ${missing.length} fields not shown as written`,
  );
  expect(ran).toEqual([]);
  expect(injected).toEqual([]);
  expect(missing).toEqual([]);
  await Promise.all([journalistContext.close(), editorContext.close(), readerContext.close()]);
});
