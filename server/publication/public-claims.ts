// What the public may read about claims: only approved snapshots, through selects that name every
// column they read, so a private field added to a model can never reach a public page.
import type { Prisma, PrismaClient, Rating, VerdictStatus } from "../generated/prisma/client";
import { claimTimeline, confirmationsIn, verdictEvents } from "../claims/claim-timeline";
import { figureSeries, versionTrail } from "../claims/claim-trail";
import { readAnchorChanges } from "../versions/anchor-changes";
import { readSnapshot } from "../workflow/published-snapshot";

// Verdicts that were published at some point; proposals and rejected ones never are.
const publishedStatuses: VerdictStatus[] = ["approved", "superseded", "withdrawn"];

export const publicVerdictSelect = {
  id: true,
  status: true,
  rating: true,
  snapshot: true,
  publishedAt: true,
  withdrawnAt: true,
  withdrawalReason: true,
} satisfies Prisma.VerdictSelect;

export const publicClaimSummarySelect = {
  id: true,
  slug: true,
  needsRecheck: true,
  publicUpdatedAt: true,
  publicVerdict: { select: publicVerdictSelect },
  article: { select: { slug: true, title: true, publisher: true } },
} satisfies Prisma.ClaimSelect;

type PublicVerdictRow = Prisma.VerdictGetPayload<{ select: typeof publicVerdictSelect }>;

export function verdictView(verdict: PublicVerdictRow) {
  const snapshot = readSnapshot(verdict.snapshot);
  return {
    ...snapshot,
    publishedAt: verdict.publishedAt!,
    withdrawn: verdict.status === "withdrawn" ? { at: verdict.withdrawnAt!, reason: verdict.withdrawalReason ?? "" } : null,
  };
}

type PublicRatingFilter = Rating | "withdrawn";

function ratingWhere(filter: PublicRatingFilter | undefined): Prisma.ClaimWhereInput {
  if (!filter) return { publicVerdict: { isNot: null } };
  if (filter === "withdrawn") return { publicVerdict: { status: "withdrawn" } };
  return { publicVerdict: { status: "approved", rating: filter } };
}

export async function listPublicClaims(
  prisma: PrismaClient,
  { cursor, limit, rating }: { cursor?: string; limit: number; rating?: PublicRatingFilter },
) {
  const rows = await prisma.claim.findMany({
    where: ratingWhere(rating),
    orderBy: [{ publicUpdatedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    select: publicClaimSummarySelect,
  });
  return { items: rows.slice(0, limit).map(publicClaimSummary), nextCursor: rows.length > limit ? rows[limit - 1]!.id : null };
}

/** A published claim as lists show it (the home page, search results). */
export function publicClaimSummary({ id: _id, needsRecheck, publicVerdict, ...claim }: Prisma.ClaimGetPayload<{ select: typeof publicClaimSummarySelect }>) {
  return { ...claim, underReview: needsRecheck, verdict: verdictView(publicVerdict!) };
}

export type PublicClaimSummary = Awaited<ReturnType<typeof listPublicClaims>>["items"][number];

export async function loadPublicClaim(prisma: PrismaClient, slug: string) {
  const claim = await prisma.claim.findUnique({
    where: { slug },
    select: {
      ...publicClaimSummarySelect,
      verdicts: {
        where: { status: { in: publishedStatuses }, publishedAt: { not: null } },
        orderBy: { publishedAt: "asc" },
        select: publicVerdictSelect,
      },
      // Editors' confirmations after an update: only their time and the rating they confirmed.
      activities: { where: { kind: "verdict.confirmed" }, orderBy: { at: "asc" }, select: { kind: true, at: true, data: true } },
      anchors: {
        orderBy: { version: { number: "asc" } },
        select: {
          exact: true,
          outcome: true,
          changes: true,
          correctedAt: true,
          version: {
            select: {
              number: true,
              capturedAt: true,
              article: { select: { slug: true, title: true, publisher: true, canonicalUrl: true, publishedAt: true } },
            },
          },
        },
      },
    },
  });
  if (!claim?.publicVerdict) return null;
  const latest = claim.anchors.at(-1);
  const appearances = new Map<string, { article: (typeof claim.anchors)[number]["version"]["article"]; versions: { number: number; capturedAt: Date; quote: string }[] }>();
  for (const anchor of claim.anchors) {
    if (anchor.exact === null) continue;
    const { article, ...version } = anchor.version;
    const entry = appearances.get(article.slug) ?? { article, versions: [] };
    entry.versions.push({ ...version, quote: anchor.exact! });
    appearances.set(article.slug, entry);
  }
  const verdict = verdictView(claim.publicVerdict);
  const trail = versionTrail(claim.anchors.filter((a) => a.version.article.slug === claim.article.slug));
  return {
    slug: claim.slug,
    underReview: claim.needsRecheck,
    timeline: claimTimeline(trail, verdictEvents(claim.verdicts, confirmationsIn(claim.activities), { internal: false })),
    figures: verdict.kind === "statistic" ? figureSeries(trail) : [],
    versionNumbers: trail.map((t) => t.number),
    // What the article now says differently, for the "under review" notice: figures only, as the
    // article's own text shows them (the engine's pairs, old → new).
    revisedFigures: claim.needsRecheck ? readAnchorChanges(latest?.changes).figures.map((f) => ({ old: f.old, new: f.new })) : [],
    updatedAt: claim.publicUpdatedAt!,
    verdict,
    article: claim.article,
    history: claim.verdicts.map((v) => ({ rating: v.rating, status: v.status, publishedAt: v.publishedAt!, withdrawnAt: v.withdrawnAt, withdrawalReason: v.withdrawalReason })),
    appearances: [...appearances.values()],
  };
}

export type PublicClaim = NonNullable<Awaited<ReturnType<typeof loadPublicClaim>>>;

/** The public article page: its current text with the published claims' passages, and its versions. */
export async function loadPublicArticle(prisma: PrismaClient, slug: string) {
  const article = await prisma.article.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      publisher: true,
      byline: true,
      canonicalUrl: true,
      publishedAt: true,
      deletedAt: true,
      versions: { orderBy: { number: "desc" }, select: { id: true, number: true, capturedAt: true, captureMethod: true } },
    },
  });
  if (!article || article.deletedAt) return null;
  const current = article.versions[0];
  if (!current) return null;
  const [claims, text] = await Promise.all([
    prisma.claim.findMany({
      where: { articleId: article.id, publicVerdict: { isNot: null } },
      orderBy: { publicUpdatedAt: "desc" },
      select: {
        slug: true,
        publicVerdict: { select: publicVerdictSelect },
        anchors: { where: { versionId: current.id, start: { not: null } }, select: { start: true, end: true } },
      },
    }),
    prisma.articleVersion.findUniqueOrThrow({ where: { id: current.id }, select: { text: true } }),
  ]);
  if (claims.length === 0) return null;
  const { id: _id, deletedAt: _deleted, versions, ...meta } = article;
  return {
    ...meta,
    text: text.text,
    versions: versions.map(({ id: _v, ...version }) => version),
    claims: claims.map((claim) => ({
      slug: claim.slug,
      verdict: verdictView(claim.publicVerdict!),
      passage: claim.anchors[0] ? { start: claim.anchors[0].start!, end: claim.anchors[0].end! } : null,
    })),
  };
}

/** Published, revised and withdrawn verdicts, newest first: the Atom feed's entries. */
export async function listVerdictEvents(prisma: PrismaClient, limit = 50) {
  const select = {
    ...publicVerdictSelect,
    claim: { select: { slug: true, verdicts: { where: { publishedAt: { not: null } }, select: { publishedAt: true } } } },
  } satisfies Prisma.VerdictSelect;
  const [published, withdrawn] = await Promise.all([
    prisma.verdict.findMany({ where: { status: { in: publishedStatuses }, publishedAt: { not: null } }, orderBy: { publishedAt: "desc" }, take: limit, select }),
    prisma.verdict.findMany({ where: { status: "withdrawn" }, orderBy: { withdrawnAt: "desc" }, take: limit, select }),
  ]);
  const events = [
    ...published.map((v) => ({
      kind: v.claim.verdicts.some((other) => other.publishedAt! < v.publishedAt!) ? ("revised" as const) : ("published" as const),
      id: v.id,
      at: v.publishedAt!,
      slug: v.claim.slug,
      verdict: { ...verdictView(v), withdrawn: null },
    })),
    ...withdrawn.map((v) => ({ kind: "withdrawn" as const, id: v.id, at: v.withdrawnAt!, slug: v.claim.slug, verdict: verdictView(v) })),
  ];
  return events.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, limit);
}
