// A claim group's page: every appearance of the claim across articles and versions, each
// member's verdict, and for statistics one figure chart spanning the whole group, its points
// ordered by when each version was captured and labelled by article and version.
import { z } from "zod";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { figureSeries, versionTrail, type FigureSeries } from "../claims/claim-trail";
import { claimVerdictLabel } from "../claims/claim-verdict-label";
import { notFound } from "../errors";

export const claimGroupIdInput = z.object({ groupId: z.string().min(1).max(100) });

const memberSelect = {
  id: true,
  slug: true,
  statement: true,
  claimant: true,
  kind: true,
  reviewState: true,
  createdAt: true,
  article: { select: { slug: true, title: true, publisher: true } },
  publicVerdict: { select: { status: true, rating: true } },
  anchors: {
    orderBy: { version: { number: "asc" } },
    select: { outcome: true, exact: true, changes: true, correctedAt: true, version: { select: { number: true, capturedAt: true } } },
  },
} satisfies Prisma.ClaimSelect;

export type GroupStep = { step: number; label: string; article: string; version: number };

export async function loadClaimGroup(prisma: PrismaClient, groupId: string) {
  const group = await prisma.claimGroup.findUnique({
    where: { id: groupId },
    select: {
      id: true,
      createdAt: true,
      claims: { where: { deletedAt: null, article: { deletedAt: null } }, orderBy: { createdAt: "asc" }, select: memberSelect },
    },
  });
  if (!group) throw notFound("The claim group");
  const members = group.claims.map((claim) => {
    const trail = versionTrail(claim.anchors);
    return {
      id: claim.id,
      slug: claim.slug,
      statement: claim.statement,
      claimant: claim.claimant,
      kind: claim.kind,
      article: claim.article,
      verdict: claimVerdictLabel(claim),
      appearances: trail.map((t) => ({ version: t.number, capturedAt: t.capturedAt, outcome: t.outcome, quote: t.quote })),
      series: claim.kind === "statistic" ? figureSeries(trail) : [],
    };
  });
  return { id: group.id, createdAt: group.createdAt, members, ...groupFigures(members) };
}


type ChartMember = { article: { title: string }; series: FigureSeries[]; appearances: { version: number; capturedAt: Date }[] };

/** One step per (article, version) the claim stands in, by capture time; series joined by what they count. */
export function groupFigures(members: ChartMember[]): { steps: GroupStep[]; figures: FigureSeries[] } {
  const appearances = members
    .flatMap((member, m) => member.appearances.map((a) => ({ m, version: a.version, at: a.capturedAt, article: member.article.title })))
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.m - b.m || a.version - b.version);
  const steps = appearances.map((a, i) => ({ step: i + 1, label: `${a.article}, v${a.version}`, article: a.article, version: a.version }));
  const stepOf = (m: number, version: number) => appearances.findIndex((a) => a.m === m && a.version === version) + 1;
  const joined = new Map<string, FigureSeries>();
  members.forEach((member, m) => {
    // A claim stating one figure is the group's figure, whatever noun each article counts it with.
    const label = (s: FigureSeries) => (members.every((x) => x.series.length <= 1) ? (members.find((x) => x.series[0])?.series[0]?.label ?? s.label) : s.label);
    for (const s of member.series) {
      const into = joined.get(label(s)) ?? { label: label(s), points: [] };
      into.points.push(...s.points.map((p) => ({ ...p, version: stepOf(m, p.version) })));
      joined.set(into.label, into);
    }
  });
  const figures = [...joined.values()].map((s) => ({ ...s, points: s.points.sort((a, b) => a.version - b.version) }));
  return { steps, figures: figures.some((s) => s.points.length > 0) ? figures : [] };
}
