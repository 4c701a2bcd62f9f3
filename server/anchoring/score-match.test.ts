import { describe, expect, it } from "vitest";
import { contextSimilarity, positionSimilarity, quoteSimilarity, scoreMatch } from "./score-match";

describe("score-match", () => {
  it("scores a perfect match 1 and weighs the quote most", () => {
    expect(scoreMatch({ quote: 1, context: 1, position: 1 })).toBeCloseTo(1);
    expect(scoreMatch({ quote: 1, context: 0, position: 0 })).toBeGreaterThan(scoreMatch({ quote: 0, context: 1, position: 1 }));
  });

  it("measures quote similarity against the longer of quote and passage", () => {
    expect(quoteSimilarity(100, 100, 0)).toBe(1);
    expect(quoteSimilarity(100, 120, 30)).toBeCloseTo(0.75);
    expect(quoteSimilarity(10, 10, 50)).toBe(0);
  });

  it("lets position evidence fade with distance", () => {
    expect(positionSimilarity(0)).toBe(1);
    expect(positionSimilarity(400)).toBeCloseTo(0.5);
    expect(positionSimilarity(-4000)).toBeLessThan(0.1);
  });

  it("recognises the old context around a passage, even when one character changed", () => {
    const text = "Rain fell all week. The river rose two metres. Roads were shut.";
    const start = text.indexOf("The river");
    const end = start + "The river rose two metres.".length;
    expect(contextSimilarity(text, start, end, "Rain fell all week. ", " Roads were shut.")).toBe(1);
    const joined = "Rain fell all week, the river rose two metres. Roads were shut.";
    const s = joined.indexOf("the river");
    expect(contextSimilarity(joined, s, s + 26, "Rain fell all week. ", " Roads were shut.")).toBeGreaterThan(0.9);
    expect(contextSimilarity(text, start, end, "Snow closed the passes. ", " Trains ran late.")).toBeLessThan(0.2);
  });
});
