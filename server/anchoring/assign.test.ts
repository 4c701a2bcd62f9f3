import { describe, expect, it } from "vitest";
import { assignOneToOne, type Candidate } from "./assign";

const c = (claim: number, oldStart: number, start: number, score: number): Candidate => ({
  claim,
  old: { start: oldStart, end: oldStart + 10 },
  start,
  end: start + 10,
  score,
});

describe("assignOneToOne", () => {
  it("gives a contested passage to the better claim and the loser its next choice", () => {
    const chosen = assignOneToOne([c(0, 0, 100, 0.9), c(1, 20, 100, 0.8), c(1, 20, 200, 0.7)]);
    expect(chosen.get(0)?.start).toBe(100);
    expect(chosen.get(1)?.start).toBe(200);
  });

  it("leaves a claim out when its only passage is taken", () => {
    const chosen = assignOneToOne([c(0, 0, 100, 0.9), c(1, 20, 104, 0.8)]);
    expect(chosen.has(1)).toBe(false);
  });

  it("respects passages already held", () => {
    const chosen = assignOneToOne([c(1, 20, 100, 0.99)], [c(0, 0, 100, 1)]);
    expect(chosen.size).toBe(0);
  });

  it("lets claims nested in the old text share text in the new one", () => {
    const sentence = { claim: 0, old: { start: 0, end: 50 }, start: 0, end: 50, score: 0.9 };
    const phrase = { claim: 1, old: { start: 10, end: 20 }, start: 10, end: 20, score: 0.8 };
    expect(assignOneToOne([sentence, phrase]).size).toBe(2);
  });
});
