// Workspace search over claims (statement, claimant, tags, quotes), sources and articles: one
// ranked, paged list of typed results with their matches highlighted. Ranking and limits are
// explained in docs/decisions/0012-search.md.
import { z } from "zod";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { ClaimKind, type Rating, type ReviewState, type SourceKind } from "../generated/prisma/enums";
import { ratings, reviewStates } from "../workflow/workflow-labels";
import { splitHighlights } from "./highlight";
import { headline, inSearchTransaction, tsQuery } from "./search-sql";
import { searchTextInput, withSimilarSpellings } from "./search-text";

export const searchResultTypes = ["claim", "source", "article"] as const;
export type SearchResultType = (typeof searchResultTypes)[number];
export const workspacePageSize = 20;
const maxPage = 50;

export const workspaceSearchInput = z.object({
  text: searchTextInput,
  type: z.enum(searchResultTypes).optional(),
  state: z.enum(reviewStates).optional(),
  rating: z.enum(ratings).optional(),
  kind: z.enum(Object.values(ClaimKind)).optional(),
  assigneeId: z.string().min(1).max(100).optional(),
  /** Created on or after this day. */
  from: z.date().optional(),
  /** Created on or before this day. */
  to: z.date().optional(),
  page: z.number().int().min(1).max(maxPage).default(1),
});

export type WorkspaceSearchInput = z.output<typeof workspaceSearchInput>;

// A quote weighs half a statement: it is the article's wording, the statement the claim itself.
const quoteWeight = Prisma.raw("0.5");
// A trigram-only match ranks below most word matches: it is a guess at a misspelling.
const similarityWeight = Prisma.raw("0.5");

function createdWithin(column: Prisma.Sql, { from, to }: WorkspaceSearchInput) {
  return Prisma.sql`${from ? Prisma.sql`AND ${column} >= ${from}` : Prisma.empty} ${to ? Prisma.sql`AND ${column} < ${to}::timestamp + interval '1 day'` : Prisma.empty}`;
}

function claimFilters(input: WorkspaceSearchInput) {
  const { state, kind, assigneeId, rating } = input;
  return Prisma.sql`c."deletedAt" IS NULL
    ${state ? Prisma.sql`AND c."reviewState" = ${state}::"ReviewState"` : Prisma.empty}
    ${kind ? Prisma.sql`AND c."kind" = ${kind}::"ClaimKind"` : Prisma.empty}
    ${assigneeId ? Prisma.sql`AND c."assigneeId" = ${assigneeId}` : Prisma.empty}
    ${rating ? Prisma.sql`AND c."id" IN (SELECT latest."claimId" FROM (SELECT DISTINCT ON (v."claimId") v."claimId", v."rating" FROM "Verdict" v ORDER BY v."claimId", v."proposedAt" DESC) latest WHERE latest."rating" = ${rating}::"Rating")` : Prisma.empty}
    ${createdWithin(Prisma.sql`c."createdAt"`, input)}`;
}

// Newest first. With a claim filter the order is by an expression, which no index serves, so
// PostgreSQL reads the matches through the GIN index and sorts them instead of walking the
// createdAt index: how soon that walk meets 1,001 filtered matches is a guess that words and
// filters that go together (a claimant's words and the kind of claim they make) put off by the
// whole table.
function newestFirst(input: WorkspaceSearchInput) {
  return hasClaimFilter(input) ? Prisma.sql`ORDER BY m.written + interval '0 seconds' DESC` : Prisma.sql`ORDER BY m.written DESC`;
}

function hasClaimFilter({ state, kind, assigneeId, rating }: WorkspaceSearchInput) {
  return Boolean(state || kind || assigneeId || rating);
}

/** Which result types a search asks for: claim filters leave sources and articles out. */
export function typesSearched(input: WorkspaceSearchInput): SearchResultType[] {
  if (input.type) return [input.type];
  return hasClaimFilter(input) ? ["claim"] : [...searchResultTypes];
}

// The deepest page's results: a search ranks at most this many of the newest matches per way of
// matching, so a word in a fifth of all claims costs what a rare one does (decision 0012).
const candidatePool = Prisma.raw(String(maxPage * workspacePageSize + 1));

// The ways the words as typed match, filtered: each row the result's id, the document matched and
// when it was written.
function exactMatches(type: SearchResultType, input: WorkspaceSearchInput) {
  const query = tsQuery(input.text);
  if (type === "claim") {
    return [
      Prisma.sql`SELECT c."id", c."searchDocument" AS document, c."createdAt" AS written FROM "Claim" c WHERE c."searchDocument" @@ ${query} AND ${claimFilters(input)}`,
      // Each quote's claim looked up by its key: OFFSET 0 keeps PostgreSQL from hashing every
      // claim a filter lets through (a sixth of all for a kind) to join a few thousand quotes.
      Prisma.sql`SELECT c."id", a."searchDocument" AS document, a."createdAt" AS written FROM "Anchor" a
        CROSS JOIN LATERAL (SELECT c."id" FROM "Claim" c WHERE c."id" = a."claimId" AND ${claimFilters(input)} OFFSET 0) c
        WHERE a."searchDocument" @@ ${query}`,
    ];
  }
  const { table, live } = titledTable(type);
  return [Prisma.sql`SELECT t."id", t."searchDocument" AS document, t."createdAt" AS written FROM ${table} t WHERE t."searchDocument" @@ ${query} ${live} ${createdWithin(Prisma.sql`t."createdAt"`, input)}`];
}

// One row per way a result was found (type, id, rank), each way ranking its newest matches only.
function exactHits(type: SearchResultType, input: WorkspaceSearchInput) {
  const query = tsQuery(input.text);
  const ranked = exactMatches(type, input).map((matches, i) => {
    // A quote (the claim's second way) weighs half a statement.
    const weight = type === "claim" && i === 1 ? Prisma.sql`${quoteWeight} * ` : Prisma.empty;
    return Prisma.sql`SELECT ${type} AS type, p."id", ${weight}ts_rank_cd(p.document, ${query}) AS rank
      FROM (SELECT m."id", m.document FROM (${matches}) m ${newestFirst(input)} LIMIT ${candidatePool}) p`;
  });
  return Prisma.join(ranked, " UNION ALL ");
}

// Matches by trigram similarity of the statement or title: a guess at a misspelt word.
function similarHits(type: SearchResultType, input: WorkspaceSearchInput) {
  const text = input.text;
  if (type === "claim") {
    return Prisma.sql`SELECT 'claim' AS type, c."id", ${similarityWeight} * word_similarity(${text}, c."statement") AS rank FROM "Claim" c WHERE c."statement" %> ${text} AND ${claimFilters(input)}`;
  }
  const { table, live } = titledTable(type);
  return Prisma.sql`SELECT ${type} AS type, t."id", ${similarityWeight} * word_similarity(${text}, t."title") AS rank FROM ${table} t WHERE t."title" %> ${text} ${live} ${createdWithin(Prisma.sql`t."createdAt"`, input)}`;
}

function titledTable(type: "source" | "article") {
  return type === "source" ? { table: Prisma.sql`"Source"`, live: Prisma.empty } : { table: Prisma.sql`"Article"`, live: Prisma.sql`AND t."deletedAt" IS NULL` };
}

type Hit = { type: SearchResultType; id: string; rank: number };

function rankedHits(tx: Prisma.TransactionClient, input: WorkspaceSearchInput): Promise<Hit[]> {
  const types = typesSearched(input);
  return withSimilarSpellings(input.text, input.page, workspacePageSize, (similar, page) => {
    const branches = types.flatMap((type) => (similar ? [exactHits(type, input), similarHits(type, input)] : [exactHits(type, input)]));
    // A result found several ways keeps its best rank.
    return tx.$queryRaw<Hit[]>(
      Prisma.sql`SELECT type, id, max(rank) AS rank FROM (${Prisma.join(branches, " UNION ALL ")}) hits
        GROUP BY type, id
        ORDER BY rank DESC, type, id
        LIMIT ${workspacePageSize + 1} OFFSET ${(page - 1) * workspacePageSize}`,
    );
  });
}

type Highlighted = string;
type ClaimRow = {
  id: string;
  statement: Highlighted;
  quote: Highlighted | null;
  claimant: string | null;
  kind: ClaimKind;
  tags: string[];
  reviewState: ReviewState;
  createdAt: Date;
  assignee: string | null;
  rating: Rating | null;
  articleSlug: string;
  articleTitle: string;
};
type SourceRow = { id: string; title: Highlighted; excerpt: Highlighted | null; url: string; publisher: string | null; kind: SourceKind; createdAt: Date };
type ArticleRow = { id: string; title: Highlighted; slug: string; publisher: string | null; createdAt: Date };

// One query per result type on the page, each row all a result shows: the rating is the claim's
// latest proposal's, the quote its passage in the newest version that has one.
function describeClaims(tx: Prisma.TransactionClient, text: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx.$queryRaw<ClaimRow[]>`SELECT c."id", ${headline(Prisma.sql`c."statement"`, text, { whole: true })} AS statement, ${headline(Prisma.sql`q."exact"`, text, { whole: false })} AS quote,
      c."claimant", c."kind"::text AS kind, c."tags", c."reviewState"::text AS "reviewState", c."createdAt",
      u."name" AS assignee, latest."rating"::text AS rating, ar."slug" AS "articleSlug", ar."title" AS "articleTitle"
    FROM "Claim" c
    JOIN "Article" ar ON ar."id" = c."articleId"
    LEFT JOIN "User" u ON u."id" = c."assigneeId"
    LEFT JOIN LATERAL (SELECT v."rating" FROM "Verdict" v WHERE v."claimId" = c."id" ORDER BY v."proposedAt" DESC LIMIT 1) latest ON true
    LEFT JOIN LATERAL (
      SELECT a."exact" FROM "Anchor" a JOIN "ArticleVersion" av ON av."id" = a."versionId"
      WHERE a."claimId" = c."id" AND a."exact" IS NOT NULL ORDER BY av."number" DESC LIMIT 1
    ) q ON true
    WHERE c."id" IN (${Prisma.join(ids)})`;
}

function describeSources(tx: Prisma.TransactionClient, text: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx.$queryRaw<SourceRow[]>`SELECT s."id", ${headline(Prisma.sql`s."title"`, text, { whole: true })} AS title, ${headline(Prisma.sql`s."excerpt"`, text, { whole: false })} AS excerpt,
      s."url", s."publisher", s."kind"::text AS kind, s."createdAt"
    FROM "Source" s WHERE s."id" IN (${Prisma.join(ids)})`;
}

function describeArticles(tx: Prisma.TransactionClient, text: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx.$queryRaw<ArticleRow[]>`SELECT a."id", ${headline(Prisma.sql`a."title"`, text, { whole: true })} AS title, a."slug", a."publisher", a."createdAt"
    FROM "Article" a WHERE a."id" IN (${Prisma.join(ids)})`;
}

async function describeHits(tx: Prisma.TransactionClient, text: string, hits: Hit[]) {
  const idsOf = (type: SearchResultType) => hits.filter((h) => h.type === type).map((h) => h.id);
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));
  const claims = byId(await describeClaims(tx, text, idsOf("claim")));
  const sources = byId(await describeSources(tx, text, idsOf("source")));
  const articles = byId(await describeArticles(tx, text, idsOf("article")));
  return hits.map((hit) => {
    if (hit.type === "claim") {
      const { statement, quote, articleSlug, articleTitle, ...claim } = claims.get(hit.id)!;
      return {
        type: "claim" as const,
        ...claim,
        article: { slug: articleSlug, title: articleTitle },
        statement: splitHighlights(statement),
        quote: quote === null ? null : splitHighlights(quote),
      };
    }
    if (hit.type === "source") {
      const { title, excerpt, ...source } = sources.get(hit.id)!;
      return { type: "source" as const, ...source, title: splitHighlights(title), excerpt: excerpt === null ? null : splitHighlights(excerpt) };
    }
    const { title, ...article } = articles.get(hit.id)!;
    return { type: "article" as const, ...article, title: splitHighlights(title) };
  });
}

export function searchWorkspace(prisma: PrismaClient, input: WorkspaceSearchInput) {
  if (!input.text) return Promise.resolve({ items: [], hasMore: false });
  return inSearchTransaction(prisma, async (tx) => {
    const hits = await rankedHits(tx, input);
    const page = hits.slice(0, workspacePageSize);
    return { items: await describeHits(tx, input.text, page), hasMore: hits.length > workspacePageSize };
  });
}

export type WorkspaceSearchResult = Awaited<ReturnType<typeof searchWorkspace>>["items"][number];
