// A claim's trail across the versions of its article: its quote in each version with what
// happened to it, and for a statistic the course of each figure it states (version by version,
// following the figure pairs the re-anchoring found, so "250,000" → "275,000" is one line).
import type { AnchorOutcome } from "../generated/prisma/enums";
import { extractQuantities } from "../quantities/extract-quantities";
import { readAnchorChanges, type AnchorChanges } from "../versions/anchor-changes";

export type TrailAnchor = {
  outcome: AnchorOutcome;
  exact: string | null;
  changes: unknown;
  correctedAt: Date | null;
  /** Only the workspace reads who corrected it. */
  correctedBy?: { name: string } | null;
  version: { number: number; capturedAt: Date };
};

export type TrailVersion = AnchorChanges & {
  number: number;
  capturedAt: Date;
  outcome: AnchorOutcome;
  /** The passage in this version; null where the claim does not stand in it. */
  quote: string | null;
  corrected: { at: Date | null; by: string | null } | null;
};

export function versionTrail(anchors: TrailAnchor[]): TrailVersion[] {
  return [...anchors]
    .sort((a, b) => a.version.number - b.version.number)
    .map((a) => ({
      number: a.version.number,
      capturedAt: a.version.capturedAt,
      outcome: a.outcome,
      quote: a.exact,
      ...readAnchorChanges(a.changes),
      corrected: a.outcome === "corrected" ? { at: a.correctedAt ?? null, by: a.correctedBy?.name ?? null } : null,
    }));
}

export type FigurePoint = { version: number; capturedAt: Date; figure: string; value: number; text: string };
export type FigureSeries = { label: string; points: FigurePoint[] };

/** Each figure of the claim across versions; a figure added later starts a series of its own. */
export function figureSeries(trail: TrailVersion[]): FigureSeries[] {
  const series: (FigureSeries & { current: string | null })[] = [];
  let started = false;
  for (const entry of trail) {
    if (entry.quote === null) continue;
    const quantities = extractQuantities(entry.quote);
    const point = (figure: string | null): FigurePoint | null => {
      const q = figure === null ? undefined : quantities.find((x) => x.figure === figure);
      return q ? { version: entry.number, capturedAt: entry.capturedAt, figure: q.figure, value: q.value, text: q.text } : null;
    };
    if (!started) {
      started = true;
      for (const q of quantities) series.push({ label: seriesLabel(series, q.counted), points: [point(q.figure)!], current: q.figure });
      continue;
    }
    const pairs = entry.figures.filter((f) => f.old !== null);
    for (const s of series) {
      const pair = pairs.find((f) => f.old === s.current);
      if (pair) s.current = pair.new;
      const p = point(s.current);
      if (p) s.points.push(p);
    }
    for (const added of entry.figures.filter((f) => f.old === null && f.new !== null)) {
      const p = point(added.new);
      if (p) series.push({ label: seriesLabel(series, added.counted), points: [p], current: added.new });
    }
  }
  return series.map(({ label, points }) => ({ label, points }));
}

/** What the figure counts ("civilians"), told apart from another figure counting the same. */
function seriesLabel(existing: FigureSeries[], counted: string | null): string {
  const base = counted ?? `figure ${existing.length + 1}`;
  const same = existing.filter((s) => s.label === base || s.label.startsWith(`${base} (`)).length;
  return same === 0 ? base : `${base} (${same + 1})`;
}
