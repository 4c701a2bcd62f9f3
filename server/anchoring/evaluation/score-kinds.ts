// Scores change kinds on newsroom-kinds cases as the eval README defines it: a claim left word for
// word is right when kept at its place; an edited claim when it is modified, its span overlaps the
// edited passage (IoU ≥ 0.8), its changes name its kind and no other of the figure, qualifier and
// attribution kinds, and its figures are exactly those that changed.

import type { ChangeKind, ReanchorResult } from "../reanchor";
import { overlapRatio, ratio, sameFigures, type FigurePair } from "./score-cases";

export type KindTruth = {
  outcome: "kept" | "modified" | "removed";
  kind: "kept" | ChangeKind;
  start?: number;
  end?: number;
  numbers: FigurePair[];
};

export type KindTally = Map<string, { hits: number; total: number; failures: string[] }>;

const MIN_SPAN_OVERLAP = 0.8;
const EXCLUSIVE: ChangeKind[] = ["figure-revised", "figure-added", "figure-dropped", "qualifier-changed", "attribution-changed"];

export function scoreKinds(tally: KindTally, caseId: string, results: ReanchorResult[], truth: Record<string, KindTruth>): void {
  for (const r of results) {
    const t = truth[r.id];
    if (!t) continue;
    const entry = tally.get(t.kind) ?? { hits: 0, total: 0, failures: [] };
    tally.set(t.kind, entry);
    entry.total++;
    if (isRight(r, t)) entry.hits++;
    else entry.failures.push(`${caseId} ${r.id}`);
  }
}

function isRight(r: ReanchorResult, t: KindTruth): boolean {
  if (t.kind === "kept") return (r.outcome === "unchanged" || r.outcome === "moved") && r.start === t.start && r.end === t.end;
  if (t.outcome === "removed") return r.outcome === "removed";
  if (r.outcome !== "modified" || t.start === undefined || t.end === undefined) return false;
  if (overlapRatio(r, { start: t.start, end: t.end }) < MIN_SPAN_OVERLAP) return false;
  if (!r.changes.includes(t.kind)) return false;
  if (r.changes.some((c) => c !== t.kind && EXCLUSIVE.includes(c))) return false;
  return sameFigures(r, t.numbers);
}

/** One line per kind, in the order the README lists them. */
export function formatKinds(tally: KindTally): string[] {
  const order = ["kept", ...EXCLUSIVE, "wording", "joined", "split"];
  const kinds = [...order.filter((k) => tally.has(k)), ...[...tally.keys()].filter((k) => !order.includes(k))];
  return kinds.map((k) => {
    const t = tally.get(k)!;
    return `${k.padEnd(19)} ${ratio(t)}  (${t.hits}/${t.total})`;
  });
}
