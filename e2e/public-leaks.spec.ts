// Nothing unpublished reaches a public surface: unpublished data carrying unique markers is seeded,
// then every public page, the JSON API, the feed, JSON-LD, Open Graph tags and error pages are
// crawled signed out (with the ClaimReview feed, sitemap, Web Annotations, embed cards, OpenAPI
// description, and the workspace exports a signed-out reader must be refused), and each body is
// searched for the markers and for users' e-mail addresses.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { demoUsers } from "../server/seed/seed-demo";
import { storageStateFor } from "./demo-users";
import { mutate, query } from "./trpc-request";

const run = Math.random().toString(36).slice(2, 8);
const marker = (name: string) => `leakmark${name}${run}`;

const markerNames = ["draftstatement", "proposedstatement", "proposedsource", "proposednote", "proposedrationale", "sentbackstatement", "sentbacksource", "rejectedrationale", "reviewcomment", "comment", "latersource", "laternote", "unapprovededit", "pendingrevision"];

/** A search page's body without the search box's own value, the query the crawler typed. */
function echoedQueryRemoved(path: string, body: string) {
  if (!path.startsWith("/search?")) return body;
  const query = new URL(path, "http://x").searchParams.get("q") ?? "";
  return body.replaceAll(`value="${query}"`, "");
}

type WorkspaceClaim = { id: string; slug: string; statement: string; claimant: string | null; kind: string; revision: number; reviewState: string };
type Workspace = { article: { id: string; slug: string }; version: { id: string; text: string }; claims: WorkspaceClaim[] };

async function seedUnpublished(journalist: APIRequestContext, editor: APIRequestContext) {
  const workspace = await query<Workspace>(journalist, "articles.workspace", { slug: "russias-aleppo-ceasefire-begins-but-clashes-erupt" });
  const { article, version } = workspace;
  const anchorOf = (phrase: string) => ({ start: version.text.indexOf(phrase), end: version.text.indexOf(phrase) + phrase.length, exact: phrase });
  const newClaim = (phrase: string, statement: string) =>
    mutate<{ id: string; slug: string }>(journalist, "claims.create", { articleId: article.id, versionId: version.id, anchor: anchorOf(phrase), statement, kind: "other" });
  const linkNewSource = async (claimId: string, title: string, note: string) => {
    const source = await mutate<{ id: string }>(journalist, "sources.create", { url: `https://example.org/${title}`, title, kind: "other" });
    await mutate(journalist, "sources.link", { claimId, sourceId: source.id, stance: "supports", note });
    return source.id;
  };

  const draft = await newClaim("Residents interviewed by AFP said they were eager to leave", `Draft ${marker("draftstatement")}`);
  const proposed = await newClaim("Syrian and Russian warplanes already halted strikes", `Proposed ${marker("proposedstatement")}`);
  const proposedSource = await linkNewSource(proposed.id, marker("proposedsource"), marker("proposednote"));
  await mutate(journalist, "verdicts.propose", { claimId: proposed.id, rating: "false", rationale: marker("proposedrationale"), sourceIds: [proposedSource] });
  const sentBack = await newClaim("But both the jihadists and other rebels have insisted they will fight on", `Sent back ${marker("sentbackstatement")}`);
  const sentBackSource = await linkNewSource(sentBack.id, marker("sentbacksource"), "note");
  const rejected = await mutate<{ verdictId: string }>(journalist, "verdicts.propose", { claimId: sentBack.id, rating: "mixed", rationale: marker("rejectedrationale"), sourceIds: [sentBackSource] });
  await mutate(editor, "verdicts.requestChanges", { verdictId: rejected.verdictId, comment: marker("reviewcomment") });

  // A published claim: an internal comment, a new source, an unapproved edit and a pending revision.
  const published = workspace.claims.find((c) => c.reviewState === "approved" && c.claimant === "UN")!;
  await mutate(journalist, "claims.comment", { claimId: published.id, body: marker("comment") });
  const laterSource = await linkNewSource(published.id, marker("latersource"), marker("laternote"));
  await mutate(journalist, "claims.update", { claimId: published.id, revision: published.revision, statement: marker("unapprovededit"), claimant: published.claimant, kind: published.kind });
  await mutate(journalist, "verdicts.propose", { claimId: published.id, rating: "false", rationale: marker("pendingrevision"), sourceIds: [laterSource] });
  return { articleSlug: article.slug, draftSlug: draft.slug, proposedSlug: proposed.slug, sentBackSlug: sentBack.slug };
}

test("no marker of unpublished data and no e-mail address appears on any public surface", async ({ browser, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const journalist = await browser.newContext({ storageState: storageStateFor("journalist") });
  const editor = await browser.newContext({ storageState: storageStateFor("editor") });
  const seeded = await seedUnpublished(journalist.request, editor.request);

  const reader = await playwright.request.newContext({ baseURL });
  const start = [
    "/",
    "/?rating=true",
    "/?rating=mostly_true",
    "/?rating=withdrawn",
    "/feeds/verdicts.atom",
    "/api/v1/claims?limit=100",
    "/feeds/claim-reviews.jsonld",
    "/sitemap.xml",
    "/api/v1/openapi.json",
    `/stories/${seeded.articleSlug}`,
    `/api/v1/stories/${seeded.articleSlug}/annotations`,
    ...["claims.csv", "claims.json", "annotations.jsonld"].map((file) => `/api/articles/${seeded.articleSlug}/${file}`),
    ...[seeded.draftSlug, seeded.proposedSlug, seeded.sentBackSlug, "no-such-claim"].flatMap((slug) => [`/claims/${slug}`, `/api/v1/claims/${slug}`, `/embed/claims/${slug}`]),
    "/stories/no-such-story",
    "/definitely/not/a/page",
    // Public search queried with every marker: a page echoes its query in the search box (dropped
    // below), and must find nothing.
    "/search?q=leakmark",
    ...markerNames.map((name) => `/search?q=${marker(name)}`),
  ];
  const queue = [...start];
  const checked = new Set<string>();
  const found: string[] = [];
  const forbidden = ["leakmark", ...demoUsers.map((u) => u.email)];
  while (queue.length > 0 && checked.size < 300) {
    const path = queue.shift()!;
    if (checked.has(path)) continue;
    checked.add(path);
    const response = await reader.get(path, { maxRedirects: 0 });
    const body = echoedQueryRemoved(path, await response.text());
    for (const needle of forbidden) if (body.toLowerCase().includes(needle.toLowerCase())) found.push(`${needle} on ${path}`);
    for (const [, href] of body.matchAll(/(?:href="|"url":"|"page":"|"source":"|<loc>)([^"<]+)["<]/g)) {
      const url = new URL(href!.replace(/&amp;/g, "&"), baseURL);
      const local = url.origin === new URL(baseURL!).origin ? `${url.pathname}${url.search}` : null;
      const publicSurface = local && /^\/(\?|claims\/|stories\/|search\?|api\/v1\/|feeds\/|embed\/|sitemap\.xml|$)/.test(local);
      if (publicSurface) {
        queue.push(local);
        if (local.startsWith("/claims/")) queue.push(`/api/v1${local}`, `/embed${local}`);
        if (local.startsWith("/stories/")) queue.push(`/api/v1${local}/annotations`);
      }
    }
  }
  console.log(`public leak check: ${checked.size} surfaces checked, ${found.length} markers found`);
  expect(checked.size).toBeGreaterThan(20);
  expect(found).toEqual([]);
  await Promise.all([journalist.close(), editor.close(), reader.dispose()]);
});
