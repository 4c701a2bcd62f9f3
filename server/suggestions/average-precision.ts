// Average precision of a ranking, the CLEF CheckThat! measure for check-worthiness.

export type Judged = { score: number; relevant: boolean };

/** Ranks by score (ties keep input order) and averages precision at each relevant item. */
export function averagePrecision(items: Judged[]): number {
  const ranked = items
    .map((item, order) => ({ ...item, order }))
    .sort((a, b) => b.score - a.score || a.order - b.order);
  let found = 0;
  let sum = 0;
  ranked.forEach((item, index) => {
    if (!item.relevant) return;
    found++;
    sum += found / (index + 1);
  });
  return found === 0 ? 0 : sum / found;
}

export function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}
