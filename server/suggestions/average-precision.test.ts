import { describe, expect, it } from "vitest";
import { averagePrecision, mean } from "./average-precision";

describe("averagePrecision", () => {
  it("averages precision at each relevant rank", () => {
    const items = [
      { score: 0.9, relevant: true },
      { score: 0.8, relevant: false },
      { score: 0.7, relevant: true },
      { score: 0.1, relevant: false },
    ];
    expect(averagePrecision(items)).toBeCloseTo((1 / 1 + 2 / 3) / 2);
  });

  it("breaks ties by input order and is 0 without relevant items", () => {
    expect(averagePrecision([{ score: 1, relevant: false }, { score: 1, relevant: true }])).toBeCloseTo(0.5);
    expect(averagePrecision([{ score: 1, relevant: false }])).toBe(0);
  });

  it("means an empty list as 0", () => {
    expect(mean([])).toBe(0);
    expect(mean([0.2, 0.4])).toBeCloseTo(0.3);
  });
});
