// Rows for calling every procedure with an input that succeeds when the caller is allowed: each
// call gets fresh rows of its own (a claim to delete, a verdict to approve), made by a fixture
// journalist and editor who are never the caller, so one call never spoils the next.
import type { SessionUser } from "../auth/sessions";
import { hashPassword } from "../auth/password";
import { importArticleInput } from "../articles/article-schemas";
import { importArticle } from "../articles/import-article";
import { linkClaims } from "../claim-groups/link-claims";
import { createClaim } from "../claims/create-claim";
import { setClaimDeleted } from "../claims/delete-claim";
import type { Database } from "../database/open-database";
import { startCheckWorker } from "../monitoring/start-check-worker";
import { startWatching } from "../monitoring/start-watching";
import { parseWatchSchedule } from "../monitoring/watch-schedule";
import { createSource, linkSource } from "../sources/manage-sources";
import { sentenceQuotes } from "../text/split-sentences";
import { addArticleVersion } from "../versions/add-version";
import { proposeVerdict } from "../workflow/propose-verdict";
import { approveVerdict } from "../workflow/review-verdict";
import { articleHtml, startChangingSite } from "./changing-site";
import { importDemoStory, passage } from "./test-article";
import { createTestUser } from "./test-users";

export const knownPassword = "Kettle-walrus-oboe-1916";

const shortStory = (n: number) =>
  `Officials said on Monday that ${n} new shelters opened in the city.\n\nThe mayor said 4,500 families had registered for places by the evening.`;

export async function createProcedureScene(db: Database) {
  const { prisma } = db;
  const author = await createTestUser(db, "journalist");
  const approver = await createTestUser(db, "editor");
  const story = await importDemoStory(db, author.id);
  const storySlug = (await prisma.article.findUniqueOrThrow({ where: { id: story.articleId } })).slug;
  const passages = sentenceQuotes(story.text).filter((s) => s.exact.split(" ").length >= 6);
  const site = await startChangingSite();
  site.serve("/story", articleHtml);
  process.env.CLAIMTRAIL_FETCH_ALLOW = site.allowList.join(",");
  // Installs pg-boss's queue, which watching an article sends its first check to.
  await (await startCheckWorker(db, { schedule: parseWatchSchedule("1h"), allowList: site.allowList, log: () => {} })).stop();

  let made = 0;
  const next = () => ++made;

  async function newClaim(statement = `Scene claim ${next()}`) {
    const anchor = passages[made % passages.length]!;
    const claim = await createClaim(prisma, author.id, { articleId: story.articleId, versionId: story.versionId, anchor, statement, claimant: "UN", kind: "statistic", tags: [], assigneeId: null });
    return { claimId: claim.id, slug: claim.slug };
  }
  async function sourcedClaim() {
    const { claimId } = await newClaim();
    const { id: sourceId } = await newSource();
    await linkSource(prisma, author.id, { claimId, sourceId, stance: "supports", note: null });
    return { claimId, sourceId };
  }
  async function proposedVerdict() {
    const { claimId, sourceId } = await sourcedClaim();
    const { verdictId } = await proposeVerdict(prisma, author.id, { claimId, rating: "mostly_true", rationale: "Scene rationale.", sourceIds: [sourceId] });
    const { revision } = await prisma.claim.findUniqueOrThrow({ where: { id: claimId } });
    return { claimId, verdictId, claimRevision: revision };
  }
  async function publishedClaim() {
    const { claimId, verdictId, claimRevision } = await proposedVerdict();
    const { slug } = await approveVerdict(prisma, approver.id, { verdictId, claimRevision });
    return { claimId, slug };
  }
  async function newArticle({ watched = false } = {}) {
    const n = next();
    const input = importArticleInput.parse({ title: `Scene article ${n}`, publisher: "Scene", text: shortStory(n), canonicalUrl: `${site.origin}/story` });
    const { id, slug, versionId } = await importArticle(prisma, author.id, input);
    if (watched) await startWatching(db, author.id, id, parseWatchSchedule("1h"));
    return { articleId: id, slug, versionId };
  }
  async function newSource() {
    return createSource(prisma, author.id, { url: `https://example.org/source/${next()}`, title: `Scene source ${made}`, publisher: null, kind: "official_statement", excerpt: null });
  }
  const handedOut: string[] = [];
  async function pendingSuggestionId() {
    const suggestion = await prisma.suggestion.findFirstOrThrow({ where: { versionId: story.versionId, status: "pending", id: { notIn: handedOut } } });
    handedOut.push(suggestion.id);
    return suggestion.id;
  }
  /** A claim made in version 1 of a short article, re-anchored by version 2 (which changed its figure). */
  async function claimInSecondVersion() {
    const { articleId, versionId } = await newArticle();
    const first = await prisma.articleVersion.findUniqueOrThrow({ where: { id: versionId } });
    const anchor = passage(first.text, "The mayor said 4,500 families");
    const { id: claimId } = await createClaim(prisma, author.id, { articleId, versionId, anchor, statement: "4,500 families registered", claimant: null, kind: "statistic", tags: [], assigneeId: null });
    const text = first.text.replace("4,500", "4,800");
    await addArticleVersion(prisma, author.id, { articleId, text, captureMethod: "pasted" });
    const second = await prisma.articleVersion.findFirstOrThrow({ where: { articleId }, orderBy: { number: "desc" } });
    return { claimId, versionId: second.id, text: second.text };
  }
  async function linkedPair() {
    const [a, b] = [await newClaim(), await newClaim()];
    const { groupId } = await linkClaims(prisma, author.id, { claimId: a.claimId, otherClaimId: b.claimId });
    return { claimId: a.claimId, groupId };
  }

  const twoVersions = await newArticle();
  await addArticleVersion(prisma, author.id, { articleId: twoVersions.articleId, text: `${shortStory(0)}\n\nA later paragraph was added.`, captureMethod: "pasted" });

  /** A valid input for each procedure, built for this caller (a password only the caller has). */
  const validInput: Record<string, (caller: SessionUser | null) => Promise<unknown>> = {
    "public.claims": async () => ({ limit: 5 }),
    "public.claim": async () => ({ slug: (await publishedClaim()).slug }),
    "public.article": async () => ({ slug: storySlug }),
    "public.verdictEvents": async () => undefined,
    "public.search": async () => ({ text: "Scene" }),

    "users.me": async () => undefined,
    "users.changePassword": async (caller) => {
      if (caller) await prisma.user.update({ where: { id: caller.id }, data: { passwordHash: await hashPassword(knownPassword) } });
      return { currentPassword: knownPassword, newPassword: knownPassword, endOtherSessions: false };
    },

    "articles.list": async () => ({ limit: 5 }),
    "articles.workspace": async () => ({ slug: storySlug }),
    "articles.activity": async () => ({ articleId: story.articleId }),
    "articles.import": async () => ({ title: `Imported ${next()}`, publisher: "Scene", text: shortStory(made) }),
    "articles.fetchFromUrl": async () => ({ url: `${site.origin}/story` }),
    "articles.addVersion": async () => ({ articleId: (await newArticle()).articleId, text: `${shortStory(0)}\n\nA correction was appended.` }),
    "articles.fetchNewVersion": async () => ({ articleId: (await newArticle()).articleId }),
    "articles.compareVersions": async () => ({ slug: twoVersions.slug }),
    "articles.watchStatus": async () => ({ articleId: twoVersions.articleId }),
    "articles.watch": async () => ({ articleId: (await newArticle()).articleId }),
    "articles.unwatch": async () => ({ articleId: (await newArticle({ watched: true })).articleId }),
    "articles.checkNow": async () => ({ articleId: (await newArticle({ watched: true })).articleId }),

    "claims.details": async () => ({ claimId: (await newClaim()).claimId }),
    "claims.mine": async () => undefined,
    "claims.create": async () => ({ articleId: story.articleId, versionId: story.versionId, anchor: passages[0], statement: `Created ${next()}`, kind: "other" }),
    "claims.update": async () => ({ claimId: (await newClaim()).claimId, revision: 1, statement: `Updated ${next()}`, kind: "other" }),
    "claims.delete": async () => ({ claimId: (await newClaim()).claimId }),
    "claims.restore": async () => {
      const { claimId } = await newClaim();
      await setClaimDeleted(prisma, author.id, claimId, true);
      return { claimId };
    },
    "claims.merge": async () => ({ keepClaimId: (await newClaim()).claimId, mergeClaimId: (await newClaim()).claimId }),
    "claims.comment": async () => ({ claimId: (await newClaim()).claimId, body: "A desk note." }),
    "claims.acceptSuggestion": async () => ({ suggestionId: await pendingSuggestionId() }),
    "claims.dismissSuggestion": async () => ({ suggestionId: await pendingSuggestionId() }),
    "claims.anchorCandidates": async () => ({ claimId: (await claimInSecondVersion()).claimId }),
    "claims.correctAnchor": async () => {
      const { claimId, versionId, text } = await claimInSecondVersion();
      return { claimId, versionId, passage: passage(text, "Officials said on Monday") };
    },

    "claimGroups.similar": async () => ({ articleId: story.articleId, text: "civilians trapped in east Aleppo" }),
    "claimGroups.link": async () => ({ claimId: (await newClaim()).claimId, otherClaimId: (await newClaim()).claimId }),
    "claimGroups.unlink": async () => ({ claimId: (await linkedPair()).claimId }),
    "claimGroups.show": async () => ({ groupId: (await linkedPair()).groupId }),

    "exports.article": async () => ({ slug: storySlug }),

    "sources.search": async () => ({ query: "Scene source" }),
    "search.workspace": async () => ({ text: "Scene" }),
    "search.team": async () => undefined,
    "sources.create": async () => ({ url: `https://example.org/created/${next()}`, title: "A report", kind: "news_report" }),
    "sources.link": async () => ({ claimId: (await newClaim()).claimId, sourceId: (await newSource()).id, stance: "supports" }),
    "sources.unlink": sourcedClaim,

    "verdicts.propose": async () => {
      const { claimId, sourceId } = await sourcedClaim();
      return { claimId, rating: "false", rationale: "It is not so.", sourceIds: [sourceId] };
    },
    "verdicts.approve": async () => {
      const { verdictId, claimRevision } = await proposedVerdict();
      return { verdictId, claimRevision };
    },
    "verdicts.requestChanges": async () => ({ verdictId: (await proposedVerdict()).verdictId, comment: "Name the agency." }),
    "verdicts.withdraw": async () => ({ claimId: (await publishedClaim()).claimId, reason: "The figure was retracted." }),
    "verdicts.confirmStillHolds": async () => {
      const { claimId } = await publishedClaim();
      await prisma.claim.update({ where: { id: claimId }, data: { needsRecheck: true } });
      return { claimId };
    },
    "verdicts.queue": async () => undefined,
    "verdicts.queueCount": async () => undefined,

    "users.list": async () => undefined,
    "users.create": async () => ({ email: `created-${next()}@test.local`, name: "Created", role: "journalist", password: knownPassword }),
    "users.setRole": async () => ({ userId: (await createTestUser(db, "journalist")).id, role: "editor" }),
    "users.setDisabled": async () => ({ userId: (await createTestUser(db, "journalist")).id, disabled: true }),
  };

  return { author, approver, story, storySlug, site, newClaim, proposedVerdict, publishedClaim, newArticle, newSource, validInput, close: () => site.close() };
}

export type ProcedureScene = Awaited<ReturnType<typeof createProcedureScene>>;
