import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyseDocument } from "./analyse-document";
import { scoreDocument } from "./score-check-worthiness";

const scoresOf = (texts: string[]) =>
  scoreDocument(analyseDocument(texts)).map(({ score }) => score);

describe("scoreDocument", () => {
  it("ranks a statistic above opinion, questions and pleasantries", () => {
    const [statistic, ...others] = scoresOf([
      "Unemployment fell to 4.1 percent last year, the lowest rate since 2000.",
      "Thank you very much.", "What do you think?", "I think we can do better.",
    ]);
    for (const other of others) expect(statistic).toBeGreaterThan(other ?? 1);
  });

  it("gives one score in 0..1 per sentence, empty sentence included", () => {
    const scores = scoresOf(["", "?", "We owe $20 trillion, the most ever, because of the deficit."]);
    expect(scores).toHaveLength(3);
    for (const score of scores) {
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });

  it("never throws and stays within 0..1 on arbitrary text", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme", maxLength: 80 }), { maxLength: 4 }), (texts) => {
        for (const score of scoresOf(texts)) {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 100 },
    );
  });
});
