import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreCheckWorthiness } from "./score-check-worthiness";

describe("scoreCheckWorthiness", () => {
  it("ranks a sourced statistic above opinion, questions and interjections", () => {
    const statistic = scoreCheckWorthiness("Unemployment fell to 4.1 percent last year, the lowest rate since 2000.");
    for (const other of ["Thank you very much.", "What do you think?", "I think we can do better.", "(APPLAUSE)"]) {
      expect(statistic).toBeGreaterThan(scoreCheckWorthiness(other));
    }
  });

  it("stays within 0..1, empty sentence included", () => {
    for (const sentence of ["", "?", "We owe $20 trillion, the most ever, because of the deficit."]) {
      const score = scoreCheckWorthiness(sentence);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });

  it("never throws and stays within 0..1 on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), (sentence) => {
        const score = scoreCheckWorthiness(sentence);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });
});
