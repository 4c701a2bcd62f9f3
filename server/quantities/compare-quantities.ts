// Says which figures differ between two versions of a passage (each given as the quantities
// extractQuantities found in it): revised figures as old → new pairs, and figures that kept their
// value but changed qualifier ("more than" → "over"). Figures are compared by value, so a figure
// that only moved or was rewritten ("2,000" → "2000", a date reordered) is not a revision.

import type { Quantity } from "./extract-quantities";

export type FigureChange = {
  old: string;
  new: string;
  oldQualifier: string | null;
  newQualifier: string | null;
  counted: string | null;
};

export type QualifierChange = {
  figure: string;
  oldQualifier: string | null;
  newQualifier: string | null;
};

export type QuantityComparison = { revised: FigureChange[]; requalified: QualifierChange[] };

export function compareQuantities(before: Quantity[], after: Quantity[]): QuantityComparison {
  // Same figure as written first ("ten" with "ten"), then same value ("2,000" with "2000").
  const pairs = new Map<Quantity, Quantity>();
  const unmatchedAfter = new Set(after);
  for (const same of [sameFigure, sameValue]) {
    for (const q of before) {
      if (pairs.has(q)) continue;
      const n = [...unmatchedAfter].find((m) => same(q, m));
      if (!n) continue;
      pairs.set(q, n);
      unmatchedAfter.delete(n);
    }
  }
  const requalified = before.flatMap((q) => {
    const n = pairs.get(q);
    return n && normalQualifier(n.qualifier) !== normalQualifier(q.qualifier)
      ? [{ figure: n.figure, oldQualifier: q.qualifier, newQualifier: n.qualifier }]
      : [];
  });
  const left = [...unmatchedAfter];
  const revised = before.filter((q) => !pairs.has(q)).flatMap((q, i) => {
    const n = left[i];
    if (!n) return [];
    return [{ old: q.figure, new: n.figure, oldQualifier: q.qualifier, newQualifier: n.qualifier, counted: n.counted ?? q.counted }];
  });
  return { revised, requalified };
}

function sameFigure(a: Quantity, b: Quantity): boolean {
  return a.figure.replace(/,/g, "").toLowerCase() === b.figure.replace(/,/g, "").toLowerCase();
}

function sameValue(a: Quantity, b: Quantity): boolean {
  return a.value === b.value;
}

function normalQualifier(q: string | null): string | null {
  return q?.toLowerCase() ?? null;
}
