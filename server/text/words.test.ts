import { describe, expect, it } from "vitest";
import { wordDice, words } from "./words";

describe("words", () => {
  it("are lower-cased runs of letters and digits", () => {
    expect(words("The U.N. said 2,000 fled.")).toEqual(["the", "u", "n", "said", "2", "000", "fled"]);
  });

  it("counts shared words, repeats included", () => {
    expect(wordDice("the army, the army", "The army")).toBeCloseTo(2 / 3);
    expect(wordDice("", "")).toBe(0);
  });
});
