// Two versions of an article side by side: the word-level difference of their texts, each
// claim's passage in both, what happened to each claim between them, and a summary in newsroom
// words. Between consecutive versions a claim's outcome is the one stored when the later version
// was added (or corrected by hand); across several versions it is read from the two passages.
import type { PrismaClient } from "../generated/prisma/client";
import type { AnchorOutcome } from "../generated/prisma/enums";
import { classifyChange } from "../anchoring/classify-change";
import { invalid, notFound } from "../errors";
import { diffTexts } from "../text/diff-texts";
import { readAnchorChanges, type AnchorChanges } from "./anchor-changes";

export type ComparedOutcome = "unchanged" | "moved" | "modified" | "removed" | "added";

type StoredAnchor = { versionId: string; exact: string | null; start: number | null; end: number | null; outcome: AnchorOutcome; changes: unknown };

export async function compareVersions(prisma: PrismaClient, { slug, ...chosen }: { slug: string; from?: number; to?: number }) {
  const article = await prisma.article.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      deletedAt: true,
      versions: { orderBy: { number: "asc" }, select: { id: true, number: true, capturedAt: true, captureMethod: true } },
    },
  });
  if (!article || article.deletedAt) throw notFound("The article");
  if (article.versions.length < 2) throw invalid("This article has one version only: add a new version to compare it with.");
  const to = chosen.to ?? article.versions.at(-1)!.number;
  const from = chosen.from ?? to - 1;
  if (from >= to) throw invalid("Choose an earlier version first, then a later one.", "from");
  const older = article.versions.find((v) => v.number === from);
  const newer = article.versions.find((v) => v.number === to);
  if (!older) throw notFound(`Version ${from} of this article`);
  if (!newer) throw notFound(`Version ${to} of this article`);

  const [texts, claims, suggestions] = await Promise.all([
    prisma.articleVersion.findMany({ where: { id: { in: [older.id, newer.id] } }, select: { id: true, text: true } }),
    prisma.claim.findMany({
      where: { articleId: article.id, deletedAt: null },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        statement: true,
        kind: true,
        claimant: true,
        needsRecheck: true,
        anchors: { where: { versionId: { in: [older.id, newer.id] } }, select: { versionId: true, exact: true, start: true, end: true, outcome: true, changes: true } },
      },
    }),
    prisma.suggestion.findMany({ where: { versionId: newer.id }, select: { exact: true } }),
  ]);
  const textOf = (id: string) => texts.find((t) => t.id === id)!.text;
  const [olderText, newerText] = [textOf(older.id), textOf(newer.id)];

  const compared = claims.flatMap((claim) => {
    const before = claim.anchors.find((a) => a.versionId === older.id);
    const after = claim.anchors.find((a) => a.versionId === newer.id);
    const change = compareAnchors(before, after, to === from + 1);
    if (!change) return [];
    const { anchors: _anchors, ...rest } = claim;
    return [{ ...rest, ...change, before: passage(before), after: passage(after) }];
  });
  const count = (outcome: ComparedOutcome) => compared.filter((c) => c.outcome === outcome).length;
  const summary = {
    unchanged: count("unchanged"),
    moved: count("moved"),
    modified: count("modified"),
    figuresRevised: compared.filter((c) => c.outcome === "modified" && c.kinds.includes("figure-revised")).length,
    removed: count("removed"),
    added: count("added"),
    newSuggestions: suggestions.filter((s) => !olderText.includes(s.exact)).length,
  };
  return {
    article: { id: article.id, slug: article.slug, title: article.title },
    versions: article.versions.map(({ id: _id, ...v }) => v),
    from: { number: older.number, capturedAt: older.capturedAt, captureMethod: older.captureMethod, text: olderText },
    to: { number: newer.number, capturedAt: newer.capturedAt, captureMethod: newer.captureMethod, text: newerText },
    diff: diffTexts(olderText, newerText),
    claims: compared,
    summary,
  };
}

export type VersionComparison = Awaited<ReturnType<typeof compareVersions>>;
export type ComparedClaim = VersionComparison["claims"][number];

const passage = (a: StoredAnchor | undefined) => (a?.start != null && a.end != null && a.exact != null ? { start: a.start, end: a.end, exact: a.exact } : null);

function compareAnchors(
  before: StoredAnchor | undefined,
  after: StoredAnchor | undefined,
  consecutive: boolean,
): (AnchorChanges & { outcome: ComparedOutcome; corrected: boolean }) | null {
  const was = passage(before);
  const is = passage(after);
  const corrected = after?.outcome === "corrected";
  const none = { kinds: [], figures: [], problem: null };
  if (!was && !is) return null;
  if (!was) return { outcome: "added", corrected, ...none };
  if (!is) return { outcome: "removed", corrected, ...none, problem: readAnchorChanges(after?.changes).problem };
  if (consecutive && after && (after.outcome === "unchanged" || after.outcome === "moved" || after.outcome === "modified")) {
    return { outcome: after.outcome, corrected, ...readAnchorChanges(after.changes) };
  }
  if (was.exact === is.exact) return { outcome: was.start === is.start ? "unchanged" : "moved", corrected, ...none };
  const { changes, numbers } = classifyChange(was.exact, is.exact, { start: 0, end: is.exact.length }, { joined: false, split: false });
  return { outcome: "modified", corrected, kinds: changes, figures: numbers, problem: null };
}
