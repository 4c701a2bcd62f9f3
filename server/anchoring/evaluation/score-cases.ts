// Scores re-anchoring results against a truth per claim, measure by measure, as
// `npm run eval:reanchor` reports them.

import type { ReanchorResult } from "../reanchor";
import { figureKey } from "./reference-figures";

/** A changed figure, old → new; null on the side where it was added or dropped. */
export type FigurePair = [string | null, string | null];

export type TruthOutcome =
  | { outcome: "kept"; start: number; end: number; numbers: FigurePair[] }
  | { outcome: "modified"; start: number; end: number; numbers: FigurePair[] }
  | { outcome: "removed"; numbers: FigurePair[] };

export type Measure = "kept" | "modified" | "span" | "figures" | "quiet" | "removed";

export type Tally = Record<Measure, { hits: number; total: number }> & { failures: Failure[] };

export type Failure = { measure: Measure; caseId: string; claimId: string };

const MIN_SPAN_OVERLAP = 0.8;

export function emptyTally(): Tally {
  const zero = () => ({ hits: 0, total: 0 });
  return { kept: zero(), modified: zero(), span: zero(), figures: zero(), quiet: zero(), removed: zero(), failures: [] };
}

export function scoreCase(
  tally: Tally,
  caseId: string,
  results: ReanchorResult[],
  truth: Record<string, TruthOutcome>,
): void {
  for (const r of results) {
    const t = truth[r.id];
    if (!t) continue;
    const count = (measure: Measure, hit: boolean) => {
      tally[measure].total++;
      if (hit) tally[measure].hits++;
      else tally.failures.push({ measure, caseId, claimId: r.id });
    };
    if (t.outcome === "kept") {
      count("kept", (r.outcome === "unchanged" || r.outcome === "moved") && r.start === t.start && r.end === t.end);
    }
    if (t.outcome === "modified") {
      count("modified", r.outcome === "modified");
      count("span", r.outcome === "modified" && overlapRatio(r, t) >= MIN_SPAN_OVERLAP);
    }
    if (t.outcome === "removed") count("removed", r.outcome === "removed");
    else if (t.numbers.length > 0) count("figures", sameFigures(r, t.numbers));
    else count("quiet", r.numbers.length === 0);
  }
}

export function overlapRatio(r: ReanchorResult, t: { start: number; end: number }): number {
  if (r.start === undefined || r.end === undefined) return 0;
  const inter = Math.max(0, Math.min(r.end, t.end) - Math.max(r.start, t.start));
  const union = Math.max(r.end, t.end) - Math.min(r.start, t.start);
  return union > 0 ? inter / union : 0;
}

/**
 * The figures reported are the figures of the truth, compared by what they say ("2,000" as
 * "2000", "3 p.m." as "15:00"). A truth that reads figures as digit groups only (a clock time
 * "00:00" as "00" and "00", "4:43" revised to "6:43" as "4" to "6") is compared with the result
 * read the same way.
 */
export function sameFigures(r: ReanchorResult, expected: FigurePair[]): boolean {
  const reported: FigurePair[] = r.numbers.map((n) => [n.old, n.new]);
  const key = (pairs: FigurePair[], read: (f: string) => string[]) =>
    pairs.flatMap(([o, n]) => zip(o === null ? [] : read(o), n === null ? [] : read(n))).sort().join(" ");
  const whole = (f: string) => [figureKey(f)];
  if (key(reported, whole) === key(expected, whole)) return true;
  const readsTimes = expected.some((pair) => pair.some((f) => f !== null && /\d:\d|[ap]\.?m/i.test(f)));
  const changedGroups = (pairs: FigurePair[]) => key(pairs, digitGroups).split(" ").filter((p) => !/^(.+)>\1$/.test(p)).join(" ");
  return !readsTimes && changedGroups(reported) === changedGroups(expected);
}

function digitGroups(figure: string): string[] {
  return /\d/.test(figure) ? figure.replace(/,/g, "").match(/\d+(?:\.\d+)?/g) ?? [] : [figure.toLowerCase()];
}

function zip(before: string[], after: string[]): string[] {
  return Array.from({ length: Math.max(before.length, after.length) }, (_, i) => `${before[i] ?? "-"}>${after[i] ?? "-"}`);
}

export function formatTally(tally: Tally): string[] {
  const measures: Measure[] = ["kept", "modified", "span", "figures", "quiet", "removed"];
  return measures.map((m) => `${m.padEnd(9)} ${ratio(tally[m])}  (${tally[m].hits}/${tally[m].total})`);
}

export function ratio({ hits, total }: { hits: number; total: number }): string {
  return total === 0 ? "n/a" : (hits / total).toFixed(3);
}
