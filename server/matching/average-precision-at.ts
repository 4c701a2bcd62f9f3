// CLEF 2020 task 2's measure: average precision of the first k ranked claims, over the answers.
export function averagePrecisionAt(ranked: string[], answers: Set<string>, k: number): number {
  let found = 0;
  let sum = 0;
  ranked.slice(0, k).forEach((id, index) => {
    if (!answers.has(id)) return;
    found++;
    sum += found / (index + 1);
  });
  return answers.size === 0 ? 0 : sum / Math.min(answers.size, k);
}
