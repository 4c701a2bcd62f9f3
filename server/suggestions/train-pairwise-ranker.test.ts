import { describe, expect, it } from "vitest";
import { type RankingExample, trainPairwiseRanker } from "./train-pairwise-ranker";

const example = (entries: [number, number][], positive: boolean, group: number): RankingExample => ({
  indices: Int32Array.from(entries.map(([index]) => index)),
  values: Float64Array.from(entries.map(([, value]) => value)),
  positive,
  group,
});

// feature 0 marks the positives in every group; feature 1 marks a group, not a class
const examples = [0, 1].flatMap((group) => [
  ...Array.from({ length: 5 }, () => example([[0, 1], [1, group]], true, group)),
  ...Array.from({ length: 45 }, (_, i) => example([[0, i % 9 === 0 ? 1 : 0], [1, group]], false, group)),
]);
const options = { l2: 1e-3, pointwiseShare: 0.3, steps: 20_000, seed: 7 };

describe("trainPairwiseRanker", () => {
  it("weighs the feature that tells the classes apart within a group", () => {
    const { weights } = trainPairwiseRanker(examples, 2, options);
    expect(weights[0]).toBeGreaterThan(1);
    expect(Math.abs(weights[1] ?? 0)).toBeLessThan((weights[0] ?? 0) / 4);
  });

  it("repeats exactly with the same seed", () => {
    expect(trainPairwiseRanker(examples, 2, options)).toEqual(trainPairwiseRanker(examples, 2, options));
  });

  it("refuses data with a single class", () => {
    expect(() => trainPairwiseRanker([example([[0, 1]], true, 0)], 1, options)).toThrow(/both classes/);
  });
});
