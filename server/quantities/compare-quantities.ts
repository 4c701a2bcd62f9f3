// Says which figures differ between two versions of a passage (each given as the quantities
// extractQuantities found in it): figures as old → new pairs (revised; or added or dropped, with
// null on the side that has none), and figures that kept their value but changed qualifier
// ("more than" → "over"). Figures are compared by value, so a figure that only moved or was
// rewritten ("2,000" → "2000", a date reordered) is not a change.

import type { Quantity } from "./extract-quantities";

export type FigureChange = {
  /** null when the figure was added. */
  old: string | null;
  /** null when the figure was dropped. */
  new: string | null;
  oldQualifier: string | null;
  newQualifier: string | null;
  counted: string | null;
};

export type QualifierChange = {
  figure: string;
  oldQualifier: string | null;
  newQualifier: string | null;
};

export type QuantityComparison = { changed: FigureChange[]; requalified: QualifierChange[] };

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
  // What is left on each side is paired in order: a revision; any surplus was added or dropped.
  const left = [...unmatchedAfter];
  const gone = before.filter((q) => !pairs.has(q));
  const changed = Array.from({ length: Math.max(gone.length, left.length) }, (_, i): FigureChange => {
    const q = gone[i];
    const n = left[i];
    return {
      old: q?.figure ?? null,
      new: n?.figure ?? null,
      oldQualifier: q?.qualifier ?? null,
      newQualifier: n?.qualifier ?? null,
      counted: n?.counted ?? q?.counted ?? null,
    };
  });
  return { changed, requalified };
}

function sameFigure(a: Quantity, b: Quantity): boolean {
  return a.figure.replace(/,/g, "").toLowerCase() === b.figure.replace(/,/g, "").toLowerCase();
}

function sameValue(a: Quantity, b: Quantity): boolean {
  return a.value === b.value && (a.unit === "time") === (b.unit === "time");
}

function normalQualifier(q: string | null): string | null {
  return q?.toLowerCase() ?? null;
}
