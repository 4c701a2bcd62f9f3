// Scores re-anchoring results against a truth per claim, measure by measure, as
// `npm run eval:reanchor` reports them.

import type { ReanchorResult } from "../reanchor";

export type TruthOutcome =
  | { outcome: "kept"; start: number; end: number; numbers: [string, string][] }
  | { outcome: "modified"; start: number; end: number; numbers: [string, string][] }
  | { outcome: "removed"; numbers: [string, string][] };

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

function overlapRatio(r: ReanchorResult, t: { start: number; end: number }): number {
  if (r.start === undefined || r.end === undefined) return 0;
  const inter = Math.max(0, Math.min(r.end, t.end) - Math.max(r.start, t.start));
  const union = Math.max(r.end, t.end) - Math.min(r.start, t.start);
  return union > 0 ? inter / union : 0;
}

function sameFigures(r: ReanchorResult, expected: [string, string][]): boolean {
  const key = (pairs: [string, string][]) => pairs.map(([o, n]) => `${digits(o)}>${digits(n)}`).sort().join(" ");
  return key(r.numbers.map((n) => [n.old, n.new])) === key(expected);
}

function digits(figure: string): string {
  return figure.replace(/,/g, "").toLowerCase();
}

export function formatTally(tally: Tally): string[] {
  const measures: Measure[] = ["kept", "modified", "span", "figures", "quiet", "removed"];
  return measures.map((m) => `${m.padEnd(9)} ${ratio(tally[m])}  (${tally[m].hits}/${tally[m].total})`);
}

export function ratio({ hits, total }: { hits: number; total: number }): string {
  return total === 0 ? "n/a" : (hits / total).toFixed(3);
}
