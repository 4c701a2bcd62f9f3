// Workspace search over claims (statement, claimant, tags, quotes), sources and articles: one
// ranked, paged list of typed results with their matches highlighted. Ranking and limits are
// explained in docs/decisions/0012-search.md.
import { z } from "zod";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { ClaimKind } from "../generated/prisma/enums";
import { ratings, reviewStates } from "../workflow/workflow-labels";
import { splitHighlights } from "./highlight";
import { headline, tsQuery } from "./search-sql";
import { isShortQuery, searchTextInput } from "./search-text";

export const searchResultTypes = ["claim", "source", "article"] as const;
export type SearchResultType = (typeof searchResultTypes)[number];
export const workspacePageSize = 20;

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
  page: z.number().int().min(1).max(50).default(1),
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
    ${rating ? Prisma.sql`AND (SELECT v."rating" FROM "Verdict" v WHERE v."claimId" = c."id" ORDER BY v."proposedAt" DESC LIMIT 1) = ${rating}::"Rating"` : Prisma.empty}
    ${createdWithin(Prisma.sql`c."createdAt"`, input)}`;
}

/** Which result types a search asks for: claim filters leave sources and articles out. */
export function typesSearched(input: WorkspaceSearchInput): SearchResultType[] {
  if (input.type) return [input.type];
  const claimsOnly = input.state || input.kind || input.assigneeId || input.rating;
  return claimsOnly ? ["claim"] : [...searchResultTypes];
}

function hitsOf(type: SearchResultType, input: WorkspaceSearchInput, fuzzy: boolean) {
  const text = input.text;
  const query = tsQuery(text);
  if (type === "claim") {
    return Prisma.sql`SELECT 'claim' AS type, h.id, max(h.rank) AS rank FROM (
        SELECT c."id", ts_rank_cd(c."searchDocument", ${query}) AS rank FROM "Claim" c WHERE c."searchDocument" @@ ${query}
        UNION ALL
        SELECT a."claimId", ${quoteWeight} * ts_rank_cd(a."searchDocument", ${query}) FROM "Anchor" a WHERE a."searchDocument" @@ ${query}
        ${fuzzy ? Prisma.sql`UNION ALL SELECT c."id", ${similarityWeight} * word_similarity(${text}, c."statement") FROM "Claim" c WHERE c."statement" %> ${text}` : Prisma.empty}
      ) h JOIN "Claim" c ON c."id" = h.id
      WHERE ${claimFilters(input)}
      GROUP BY h.id`;
  }
  const table = type === "source" ? Prisma.sql`"Source"` : Prisma.sql`"Article"`;
  const live = type === "article" ? Prisma.sql`AND t."deletedAt" IS NULL` : Prisma.empty;
  return Prisma.sql`SELECT ${type} AS type, h.id, max(h.rank) AS rank FROM (
      SELECT t."id", ts_rank_cd(t."searchDocument", ${query}) AS rank FROM ${table} t WHERE t."searchDocument" @@ ${query}
      ${fuzzy ? Prisma.sql`UNION ALL SELECT t."id", ${similarityWeight} * word_similarity(${text}, t."title") FROM ${table} t WHERE t."title" %> ${text}` : Prisma.empty}
    ) h JOIN ${table} t ON t."id" = h.id
    WHERE true ${live} ${createdWithin(Prisma.sql`t."createdAt"`, input)}
    GROUP BY h.id`;
}

type Hit = { type: SearchResultType; id: string; rank: number };

async function rankedHits(prisma: PrismaClient, input: WorkspaceSearchInput): Promise<Hit[]> {
  const fuzzy = isShortQuery(input.text);
  const branches = typesSearched(input).map((type) => hitsOf(type, input, fuzzy));
  return prisma.$queryRaw<Hit[]>`SELECT type, id, rank FROM (${Prisma.join(branches, " UNION ALL ")}) hits
    ORDER BY rank DESC, type, id
    LIMIT ${workspacePageSize + 1} OFFSET ${(input.page - 1) * workspacePageSize}`;
}

type MarkedClaim = { id: string; statement: string; quote: string | null };
type MarkedTitle = { id: string; title: string; excerpt: string | null };

function markClaims(prisma: PrismaClient, text: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return prisma.$queryRaw<MarkedClaim[]>`SELECT c."id", ${headline(Prisma.sql`c."statement"`, text, { whole: true })} AS statement, ${headline(Prisma.sql`q."exact"`, text, { whole: false })} AS quote
    FROM "Claim" c
    LEFT JOIN LATERAL (
      SELECT a."exact" FROM "Anchor" a JOIN "ArticleVersion" av ON av."id" = a."versionId"
      WHERE a."claimId" = c."id" AND a."exact" IS NOT NULL ORDER BY av."number" DESC LIMIT 1
    ) q ON true
    WHERE c."id" IN (${Prisma.join(ids)})`;
}

function markSources(prisma: PrismaClient, text: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return prisma.$queryRaw<MarkedTitle[]>`SELECT s."id", ${headline(Prisma.sql`s."title"`, text, { whole: true })} AS title, ${headline(Prisma.sql`s."excerpt"`, text, { whole: false })} AS excerpt
    FROM "Source" s WHERE s."id" IN (${Prisma.join(ids)})`;
}

function markArticles(prisma: PrismaClient, text: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return prisma.$queryRaw<MarkedTitle[]>`SELECT a."id", ${headline(Prisma.sql`a."title"`, text, { whole: true })} AS title, NULL AS excerpt
    FROM "Article" a WHERE a."id" IN (${Prisma.join(ids)})`;
}

async function describeHits(prisma: PrismaClient, text: string, hits: Hit[]) {
  const idsOf = (type: SearchResultType) => hits.filter((h) => h.type === type).map((h) => h.id);
  const [claimMarks, claims, sourceMarks, sources, articleMarks, articles] = await Promise.all([
    markClaims(prisma, text, idsOf("claim")),
    prisma.claim.findMany({
      where: { id: { in: idsOf("claim") } },
      select: {
        id: true,
        claimant: true,
        kind: true,
        tags: true,
        reviewState: true,
        createdAt: true,
        assignee: { select: { name: true } },
        article: { select: { slug: true, title: true } },
        verdicts: { orderBy: { proposedAt: "desc" }, take: 1, select: { rating: true } },
      },
    }),
    markSources(prisma, text, idsOf("source")),
    prisma.source.findMany({ where: { id: { in: idsOf("source") } }, select: { id: true, url: true, publisher: true, kind: true, createdAt: true } }),
    markArticles(prisma, text, idsOf("article")),
    prisma.article.findMany({ where: { id: { in: idsOf("article") } }, select: { id: true, slug: true, publisher: true, createdAt: true } }),
  ]);
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));
  const [claimMark, claim, sourceMark, source, articleMark, article] = [byId(claimMarks), byId(claims), byId(sourceMarks), byId(sources), byId(articleMarks), byId(articles)];
  return hits.map((hit) => {
    if (hit.type === "claim") {
      const { verdicts, assignee, ...row } = claim.get(hit.id)!;
      const marks = claimMark.get(hit.id)!;
      return {
        type: "claim" as const,
        ...row,
        assignee: assignee?.name ?? null,
        rating: verdicts[0]?.rating ?? null,
        statement: splitHighlights(marks.statement),
        quote: marks.quote === null ? null : splitHighlights(marks.quote),
      };
    }
    if (hit.type === "source") {
      const marks = sourceMark.get(hit.id)!;
      return { type: "source" as const, ...source.get(hit.id)!, title: splitHighlights(marks.title), excerpt: marks.excerpt === null ? null : splitHighlights(marks.excerpt) };
    }
    return { type: "article" as const, ...article.get(hit.id)!, title: splitHighlights(articleMark.get(hit.id)!.title) };
  });
}

export async function searchWorkspace(prisma: PrismaClient, input: WorkspaceSearchInput) {
  if (!input.text) return { items: [], hasMore: false };
  const hits = await rankedHits(prisma, input);
  const page = hits.slice(0, workspacePageSize);
  return { items: await describeHits(prisma, input.text, page), hasMore: hits.length > workspacePageSize };
}

export type WorkspaceSearchResult = Awaited<ReturnType<typeof searchWorkspace>>["items"][number];
