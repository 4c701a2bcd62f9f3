import { describe, expect, it } from "vitest";
import { analyseSentence } from "./analyse-sentence";
import { charGrams, sentenceTerms, termShare } from "./sentence-terms";

describe("sentenceTerms", () => {
  it("lists lower-case words and word pairs without punctuation, digits read as 0", () => {
    const { words, pieces } = sentenceTerms(analyseSentence("Debt rose to $20 trillion.").tokens);
    expect(pieces).toEqual(["debt", "rose", "to", "$", "00", "trillion"]);
    expect(words).toContain("debt rose");
    expect(words).toContain("00 trillion");
    expect(words).not.toContain(".");
  });
});

describe("charGrams", () => {
  it("reads 3- and 4-grams of a word padded with spaces", () => {
    expect(charGrams("tax")).toEqual([" ta", "tax", "ax ", " tax", "tax "]);
  });
});

describe("termShare", () => {
  it("gives a bag of n terms unit length, and nothing to an empty bag", () => {
    expect(termShare(4)).toBeCloseTo(0.5);
    expect(termShare(0)).toBe(0);
  });
});
