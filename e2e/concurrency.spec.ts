// Writes sent at the same moment over HTTP to the running app: each one wins or is refused with
// CONFLICT, and the data ends as the winners left it. Truly parallel on PostgreSQL (the CI's second
// pass); PGlite serialises them, which must give the same answers.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { storageStateFor, type DemoRole } from "./demo-users";
import { attempt, mutate, query, type Outcome } from "./trpc-request";

type Workspace = {
  article: { id: string };
  version: { id: string; number: number; text: string };
  claims: { id: string; statement: string; revision: number; sourceCount: number; deletedAt: string | null; mergedIntoId: string | null }[];
};

const sentences = [
  "The city council approved a budget of 412 million euros on Monday.",
  "The mayor said unemployment fell to 6.1 percent last year.",
  "Opposition members claimed the new tram line will cost twice the estimate.",
];

let journalist: APIRequestContext;
let article: { slug: string; articleId: string; versionId: string; text: string };

async function requestAs(browser: import("@playwright/test").Browser, role: DemoRole) {
  return (await browser.newContext({ storageState: storageStateFor(role) })).request;
}

async function workspace() {
  return query<Workspace>(journalist, "articles.workspace", { slug: article.slug });
}

async function newClaim(sentence = sentences[0]!) {
  const start = article.text.indexOf(sentence);
  return mutate<{ id: string }>(journalist, "claims.create", {
    articleId: article.articleId,
    versionId: article.versionId,
    anchor: { start, end: start + sentence.length, exact: sentence },
    statement: sentence,
    kind: "other",
  });
}

function tally(outcomes: Outcome<unknown>[]) {
  const won = outcomes.filter((o) => o.ok).length;
  const conflicts = outcomes.filter((o) => !o.ok && o.code === "CONFLICT").length;
  const other = outcomes.flatMap((o) => (o.ok || o.code === "CONFLICT" ? [] : [`${o.status} ${o.code}: ${o.message}`]));
  return { won, conflicts, other };
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  journalist = await requestAs(browser, "journalist");
  const title = `Concurrency check ${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const imported = await mutate<{ id: string; slug: string; versionId: string }>(journalist, "articles.import", {
    title,
    publisher: "Claimtrail tests",
    text: sentences.join("\n\n"),
  });
  const { version } = await query<Workspace>(journalist, "articles.workspace", { slug: imported.slug });
  article = { slug: imported.slug, articleId: imported.id, versionId: version.id, text: version.text };
});

test("100 concurrent saves of one claim: one wins, the rest get CONFLICT, no update is lost", async () => {
  test.setTimeout(120_000);
  const { id } = await newClaim();
  const outcomes = await Promise.all(
    Array.from({ length: 100 }, (_, n) =>
      attempt<{ revision: number }>(journalist, "claims.update", { claimId: id, revision: 1, statement: `Save ${n}`, kind: "other" }),
    ),
  );
  const { won, conflicts, other } = tally(outcomes);
  const winners = outcomes.flatMap((o, n) => (o.ok ? [{ statement: `Save ${n}`, revision: o.data.revision }] : []));
  const last = winners.sort((a, b) => a.revision - b.revision).at(-1);
  const final = (await workspace()).claims.find((c) => c.id === id)!;
  // Every win must have moved the revision on by one, and the claim must read as the last win left it.
  const lostUpdates = won - (final.revision - 1) + (final.statement === last?.statement ? 0 : 1);
  console.log(`100 concurrent saves: ${won} won, ${conflicts} CONFLICT, ${other.length} other, ${lostUpdates} lost updates`);
  expect(other).toEqual([]);
  expect([won, conflicts, lostUpdates]).toEqual([1, 99, 0]);
});

test("concurrent merges of one claim, and opposite merges: one wins, the others get CONFLICT, nothing is split", async () => {
  test.setTimeout(120_000);
  const duplicate = await newClaim(sentences[1]);
  const source = await mutate<{ id: string }>(journalist, "sources.create", { url: `https://example.org/concurrency-${Date.now()}`, title: "Labour office figures", kind: "official_statement" });
  await mutate(journalist, "sources.link", { claimId: duplicate.id, sourceId: source.id, stance: "supports" });
  const targets = [];
  for (let n = 0; n < 10; n += 1) targets.push(await newClaim(sentences[1]));
  const outcomes = await Promise.all(targets.map((t) => attempt(journalist, "claims.merge", { keepClaimId: t.id, mergeClaimId: duplicate.id })));
  const merges = tally(outcomes);
  const claims = (await workspace()).claims;
  const winner = targets[outcomes.findIndex((o) => o.ok)];
  const sourcesAt = (id?: string) => claims.find((c) => c.id === id)?.sourceCount ?? 0;
  const misplaced = targets.filter((t) => t !== winner).reduce((sum, t) => sum + sourcesAt(t.id), 0);
  console.log(`10 concurrent merges of one claim: ${merges.won} won, ${merges.conflicts} CONFLICT, ${merges.other.length} other; source on the winner: ${sourcesAt(winner?.id)}, elsewhere: ${misplaced}`);

  const [a, b] = [await newClaim(sentences[2]), await newClaim(sentences[2])];
  const opposite = tally(
    await Promise.all([
      attempt(journalist, "claims.merge", { keepClaimId: a.id, mergeClaimId: b.id }),
      attempt(journalist, "claims.merge", { keepClaimId: b.id, mergeClaimId: a.id }),
    ]),
  );
  console.log(`2 opposite merges: ${opposite.won} won, ${opposite.conflicts} CONFLICT, ${opposite.other.length} other`);
  expect([...merges.other, ...opposite.other]).toEqual([]);
  expect([merges.won, merges.conflicts, sourcesAt(winner?.id), misplaced]).toEqual([1, 9, 1, 0]);
  expect([opposite.won, opposite.conflicts]).toEqual([1, 1]);
});

test("concurrent approvals of one verdict by two editors: exactly one publishes it", async ({ browser }) => {
  test.setTimeout(120_000);
  const [editor, admin] = [await requestAs(browser, "editor"), await requestAs(browser, "admin")];
  const claim = await newClaim(sentences[0]);
  const source = await mutate<{ id: string }>(journalist, "sources.create", { url: `https://example.org/budget-${Date.now()}`, title: "Council minutes", kind: "official_statement" });
  await mutate(journalist, "sources.link", { claimId: claim.id, sourceId: source.id, stance: "supports" });
  const { verdictId } = await mutate<{ verdictId: string }>(journalist, "verdicts.propose", { claimId: claim.id, rating: "true", rationale: "The minutes show it.", sourceIds: [source.id] });
  const revision = (await workspace()).claims.find((c) => c.id === claim.id)!.revision;
  const outcomes = await Promise.all(
    Array.from({ length: 10 }, (_, n) => attempt(n % 2 ? editor : admin, "verdicts.approve", { verdictId, claimRevision: revision })),
  );
  const { won, conflicts, other } = tally(outcomes);
  console.log(`10 concurrent approvals of one verdict: ${won} won, ${conflicts} CONFLICT, ${other.length} other`);
  expect(other).toEqual([]);
  expect([won, conflicts]).toEqual([1, 9]);
});

test("concurrent new versions of one article are added one after the other", async () => {
  test.setTimeout(180_000);
  await newClaim(sentences[2]);
  const before = (await workspace()).version.number;
  const outcomes = await Promise.all(
    Array.from({ length: 5 }, (_, n) =>
      attempt<{ number: number }>(journalist, "articles.addVersion", { articleId: article.articleId, text: `${sentences.join("\n\n")}\n\nUpdate ${n}: the council met again.` }),
    ),
  );
  const { won, other } = tally(outcomes);
  const numbers = outcomes.flatMap((o) => (o.ok ? [o.data.number] : [])).sort((x, y) => x - y);
  console.log(`5 concurrent new versions: ${won} added as versions ${numbers.join(", ")}, ${other.length} refused`);
  expect(other).toEqual([]);
  expect(numbers).toEqual([1, 2, 3, 4, 5].map((n) => before + n));
  expect((await workspace()).version.number).toBe(before + 5);
});
