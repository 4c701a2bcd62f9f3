import { describe, expect, it } from "vitest";
import { isWordCharAt, wordDice, words } from "./words";

describe("words", () => {
  it("are lower-cased runs of letters and digits", () => {
    expect(words("The U.N. said 2,000 fled.")).toEqual(["the", "u", "n", "said", "2", "000", "fled"]);
  });

  it("counts shared words, repeats included", () => {
    expect(wordDice("the army, the army", "The army")).toBeCloseTo(2 / 3);
    expect(wordDice("", "")).toBe(0);
  });

  it("tells letters and digits from the rest, in any script", () => {
    expect([..."aZ09 -.'"].map((_, i) => isWordCharAt("aZ09 -.'", i))).toEqual([true, true, true, true, false, false, false, false]);
    expect([..."é中٣—\u00a0"].map((_, i) => isWordCharAt("é中٣—\u00a0", i))).toEqual([true, true, true, false, false]);
  });
});
