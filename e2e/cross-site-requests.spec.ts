// Cross-site request forgery: every tRPC mutation is sent the ways a page on another site can make a
// browser send it (a form posting text/plain, urlencoded or multipart; with no Origin and with a
// foreign Origin) and as a GET, carrying a signed-in admin's cookie; nothing the spec can read
// about its own objects may change. Then a page on another origin submits forms in Chromium, and
// next-auth's own sign-in and sign-out refuse a post without their token.
import { createServer, type Server } from "node:http";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { procedureAccess } from "../server/permissions";
import { storageStateFor } from "./demo-users";
import { mutate, query } from "./trpc-request";

const run = Math.random().toString(36).slice(2, 8);
const marker = `csrfmark${run}`;
const foreignOrigin = "http://attacker.test";
const attackerPort = 4417;
const password = "spec-user-passphrase-9431";

const queries = new Set([
  "public.claims", "public.claim", "public.article", "public.verdictEvents", "users.me", "users.list", "articles.list", "articles.workspace",
  "articles.activity", "articles.compareVersions", "articles.watchStatus", "claims.details", "claims.mine", "claims.anchorCandidates",
  "claimGroups.similar", "claimGroups.show", "exports.article", "sources.search", "verdicts.queue", "verdicts.queueCount", "public.search", "search.workspace", "search.team",
]);

type Workspace = { article: { id: string; slug: string }; version: { id: string; text: string }; claims: { id: string; revision: number }[]; suggestions: { id: string }[] };

async function seedTargets(journalist: APIRequestContext, admin: APIRequestContext) {
  const text = `${marker} opens the story. The ministry said 4,000 homes were rebuilt in 2024. Officials reported 12 new schools. The mayor claimed unemployment fell by 3 percent last year.`;
  const imported = await mutate<{ slug: string }>(journalist, "articles.import", { title: `Forgery target ${marker}`, publisher: "Spec", text });
  const workspace = await query<Workspace>(journalist, "articles.workspace", { slug: imported.slug });
  const anchorOf = (phrase: string) => ({ start: workspace.version.text.indexOf(phrase), end: workspace.version.text.indexOf(phrase) + phrase.length, exact: phrase });
  const claim = (phrase: string) =>
    mutate<{ id: string }>(journalist, "claims.create", { articleId: workspace.article.id, versionId: workspace.version.id, anchor: anchorOf(phrase), statement: phrase, kind: "other" });
  const first = await claim("4,000 homes were rebuilt in 2024");
  const second = await claim("12 new schools");
  const source = await mutate<{ id: string }>(journalist, "sources.create", { url: `https://example.org/${marker}`, title: `Source ${marker}`, kind: "other" });
  await mutate(journalist, "sources.link", { claimId: first.id, sourceId: source.id, stance: "supports", note: null });
  const { verdictId } = await mutate<{ verdictId: string }>(journalist, "verdicts.propose", { claimId: first.id, rating: "true", rationale: "Ministry figures.", sourceIds: [source.id] });
  const user = await mutate<{ id: string }>(admin, "users.create", { email: `${marker}@claimtrail.test`, name: `User ${marker}`, role: "journalist", password });
  return { workspace: await query<Workspace>(journalist, "articles.workspace", { slug: imported.slug }), first: first.id, second: second.id, source: source.id, verdictId, user: user.id };
}

type Targets = Awaited<ReturnType<typeof seedTargets>>;

/** A valid input for every mutation, aimed at the spec's own objects: each would change them if it ran. */
function attacksOn(t: Targets): Record<string, unknown> {
  const { article, version } = t.workspace;
  return {
    "users.changePassword": { currentPassword: password, newPassword: `changed-${password}`, endOtherSessions: false },
    "users.create": { email: `created-${marker}@claimtrail.test`, name: "Forged", role: "admin", password },
    "users.setRole": { userId: t.user, role: "admin" },
    "users.setDisabled": { userId: t.user, disabled: true },
    "articles.fetchFromUrl": { url: "http://127.0.0.1:9/" },
    "articles.import": { title: `Forged ${marker}`, publisher: "Forged", text: "Forged text." },
    "articles.addVersion": { articleId: article.id, text: `${version.text} Forged sentence.` },
    "articles.fetchNewVersion": { articleId: article.id },
    "articles.watch": { articleId: article.id },
    "articles.unwatch": { articleId: article.id },
    "articles.checkNow": { articleId: article.id },
    "claims.create": { articleId: article.id, versionId: version.id, anchor: { start: 0, end: marker.length, exact: marker }, statement: "Forged claim", kind: "other" },
    "claims.update": { claimId: t.first, revision: t.workspace.claims.find((c) => c.id === t.first)!.revision, statement: "Forged statement", kind: "other" },
    "claims.delete": { claimId: t.first },
    "claims.restore": { claimId: t.first },
    "claims.merge": { keepClaimId: t.first, mergeClaimId: t.second },
    "claims.comment": { claimId: t.first, body: "Forged comment" },
    "claims.acceptSuggestion": { suggestionId: t.workspace.suggestions[0]?.id ?? "none" },
    "claims.dismissSuggestion": { suggestionId: t.workspace.suggestions[0]?.id ?? "none" },
    "claims.correctAnchor": { claimId: t.second, versionId: version.id, passage: null },
    "claimGroups.link": { claimId: t.first, otherClaimId: t.second },
    "claimGroups.unlink": { claimId: t.first },
    "sources.create": { url: `https://example.org/forged-${marker}`, title: `Forged ${marker}`, kind: "other" },
    "sources.link": { claimId: t.second, sourceId: t.source, stance: "contradicts", note: "Forged" },
    "sources.unlink": { claimId: t.first, sourceId: t.source },
    "verdicts.propose": { claimId: t.second, rating: "false", rationale: "Forged", sourceIds: [] },
    "verdicts.approve": { verdictId: t.verdictId, claimRevision: 1 },
    "verdicts.requestChanges": { verdictId: t.verdictId, comment: "Forged" },
    "verdicts.withdraw": { claimId: t.first, reason: "Forged" },
    "verdicts.confirmStillHolds": { claimId: t.first },
  };
}

/** What the spec can read about its own objects, through the same procedures the workspace uses. */
async function stateOf(admin: APIRequestContext, t: Targets) {
  // The team list is left out: other specs add users while this one runs.
  const { viewer: _viewer, team: _team, ...workspace } = await query<Workspace & { viewer: unknown; team: unknown }>(admin, "articles.workspace", { slug: t.workspace.article.slug });
  const details = await Promise.all([t.first, t.second].map((claimId) => query(admin, "claims.details", { claimId })));
  const activity = await query(admin, "articles.activity", { articleId: t.workspace.article.id });
  const users = (await query<{ email: string }[]>(admin, "users.list", undefined)).filter((u) => u.email.includes(marker));
  const sources = await query(admin, "sources.search", { query: marker });
  const { proposed, recheck } = await query<{ proposed: unknown[]; recheck: unknown[] }>(admin, "verdicts.queue", undefined);
  const queue = [...proposed, ...recheck].filter((item) => [t.first, t.second].some((id) => JSON.stringify(item).includes(id)));
  const forgedArticle = (await admin.get(`/api/trpc/articles.workspace?input=${encodeURIComponent(JSON.stringify({ json: { slug: `forged-${marker}` } }))}`)).status();
  return JSON.stringify({ workspace, details, activity, users, sources, queue, forgedArticle });
}

function forms(input: unknown) {
  const json = JSON.stringify({ json: input });
  return [
    { name: "text/plain", headers: { "content-type": "text/plain" }, data: json },
    { name: "urlencoded", form: { json } },
    { name: "multipart", multipart: { json } },
  ];
}

async function signIn(request: APIRequestContext, email: string, secret: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: secret, json: "true" }, maxRedirects: 0 });
}

const sessionEmail = async (request: APIRequestContext) => ((await (await request.get("/api/auth/session")).json()) as { user?: { email?: string } }).user?.email;

test("no tRPC mutation sent cross-site, in any form or as a GET, changes anything", async ({ browser, playwright, baseURL }) => {
  test.setTimeout(180_000);
  const journalist = await browser.newContext({ storageState: storageStateFor("journalist") });
  const adminContext = await browser.newContext({ storageState: storageStateFor("admin") });
  const admin = adminContext.request;
  const targets = await seedTargets(journalist.request, admin);
  const attacks = attacksOn(targets);
  const mutations = Object.keys(procedureAccess).filter((path) => !queries.has(path));
  expect(Object.keys(attacks).sort(), "every mutation of permissions.ts has an attack here").toEqual(mutations.sort());

  // The spec user's own session, for the one mutation that acts on the caller (their password).
  const specUser = await playwright.request.newContext({ baseURL });
  expect((await signIn(specUser, `${marker}@claimtrail.test`, password)).status()).toBeLessThan(400);
  expect(await sessionEmail(specUser)).toBe(`${marker}@claimtrail.test`);

  const before = await stateOf(admin, targets);
  const accepted: string[] = [];
  const reachedProcedure: string[] = [];
  let sent = 0;
  for (const [path, input] of Object.entries(attacks)) {
    const victim = path === "users.changePassword" ? specUser : admin;
    for (const origin of [undefined, foreignOrigin]) {
      for (const { name, headers, ...body } of forms(input)) {
        const response = await victim.post(`/api/trpc/${path}`, { ...body, headers: { ...headers, ...(origin ? { origin, "sec-fetch-site": "cross-site" } : {}) }, maxRedirects: 0 });
        sent += 1;
        const what = `${path} as ${name}${origin ? " from another origin" : ""}`;
        if (response.status() < 400) accepted.push(`${what}: ${response.status()}`);
        // tRPC's own answers nest the error under `json`; the guard's come before any procedure runs.
        else if (typeof ((await response.json()) as { error?: { code?: unknown } }).error?.code !== "string") reachedProcedure.push(`${what}: ${response.status()}`);
      }
    }
    const asGet = await victim.get(`/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`, { headers: { origin: foreignOrigin } });
    sent += 1;
    if (asGet.status() !== 405) accepted.push(`${path} as GET: ${asGet.status()}`);
  }
  const after = await stateOf(admin, targets);
  const stillSignsIn = await playwright.request.newContext({ baseURL });
  await signIn(stillSignsIn, `${marker}@claimtrail.test`, password);
  const passwordKept = (await sessionEmail(stillSignsIn)) === `${marker}@claimtrail.test`;
  console.log(
    `csrf: ${mutations.length} mutations × 6 cross-site forms + GET (${sent} requests), ${accepted.length} accepted, ${reachedProcedure.length} reached a procedure, ${before === after && passwordKept ? 0 : "some"} state changes`,
  );
  expect(accepted).toEqual([]);
  expect(reachedProcedure).toEqual([]);
  expect(after).toBe(before);
  expect(passwordKept, "the spec user's password still signs in").toBe(true);

  // The state read above does see a change made the legitimate way: the app's own JSON request.
  await mutate(journalist.request, "claims.comment", { claimId: targets.first, body: "A real comment" });
  expect(await stateOf(admin, targets)).not.toBe(before);
  await Promise.all([journalist.close(), adminContext.close(), specUser.dispose(), stillSignsIn.dispose()]);
});

test("a page on another site submits forms at the app in Chromium: nothing is created", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ storageState: storageStateFor("journalist") });
  const page = await context.newPage();
  const workspace = await query<Workspace>(context.request, "articles.workspace", { slug: "russias-aleppo-ceasefire-begins-but-clashes-erupt" });
  const claimId = workspace.claims[0]!.id;
  const body = `Forged in a browser ${marker}`;
  const json = JSON.stringify({ json: { claimId, body } });
  const attacker: Server = createServer((_req, res) => {
    const target = `${baseURL}/api/trpc/claims.comment`;
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!DOCTYPE html><html lang="en"><head><title>Win a prize</title></head><body>
      <form id="plain" method="post" enctype="text/plain" action="${target}" target="a"><input name='${json.slice(0, -2)},"pad":"' value='x"}}'></form>
      <form id="url" method="post" action="${target}" target="b"><input name="json" value='${json}'></form>
      <form id="multi" method="post" enctype="multipart/form-data" action="${target}" target="c"><input name="json" value='${json}'></form>
      <iframe name="a" title="a"></iframe><iframe name="b" title="b"></iframe><iframe name="c" title="c"></iframe>
      <script>for (const id of ["plain", "url", "multi"]) document.getElementById(id).submit(); fetch(${JSON.stringify(target)}, { method: "POST", mode: "no-cors", credentials: "include", headers: { "content-type": "text/plain" }, body: ${JSON.stringify(json)} });</script>
      </body></html>`);
  });
  await new Promise<void>((resolve) => attacker.listen(attackerPort, "127.0.0.1", resolve));
  try {
    const answers: number[] = [];
    page.on("response", (response) => {
      if (response.url().includes("/api/trpc/claims.comment")) answers.push(response.status());
    });
    await page.goto(`http://127.0.0.1:${attackerPort}/`);
    await expect.poll(() => answers.length).toBeGreaterThanOrEqual(3);
    const details = await query<{ comments: { body: string }[] }>(context.request, "claims.details", { claimId });
    console.log(`csrf in Chromium: 4 cross-site posts answered ${answers.join(", ")}, ${details.comments.filter((c) => c.body.includes(marker)).length} comments created`);
    expect(details.comments.map((c) => c.body)).not.toContain(body);
  } finally {
    await new Promise((resolve) => attacker.close(resolve));
    await context.close();
  }
});

test("next-auth refuses a sign-out and a sign-in posted without its token", async ({ browser, playwright, baseURL }) => {
  const context = await browser.newContext({ storageState: storageStateFor("editor") });
  const signOut = await context.request.post("/api/auth/signout", { form: { callbackUrl: "/" }, headers: { origin: foreignOrigin }, maxRedirects: 0 });
  expect(await sessionEmail(context.request), "the editor is still signed in").toBe("editor@claimtrail.test");

  const stranger = await playwright.request.newContext({ baseURL });
  const signInWithoutToken = await stranger.post("/api/auth/callback/credentials", {
    form: { email: "journalist@claimtrail.test", password: "demo-journalist-aleppo", json: "true" },
    headers: { origin: foreignOrigin },
    maxRedirects: 0,
  });
  expect(await sessionEmail(stranger), "no session from a forged sign-in").toBeUndefined();
  console.log(`csrf next-auth: sign-out without token ${signOut.status()} (session kept), sign-in without token ${signInWithoutToken.status()} (no session)`);
  await Promise.all([context.close(), stranger.dispose()]);
});
