import search from "approx-string-match";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { searchApproximate } from "./myers-search";

describe("searchApproximate", () => {
  it("finds the matches with the fewest errors, each from its leftmost start", () => {
    expect(searchApproximate("the cat sat on the mat", "hat", 1)).toEqual([
      { start: 4, end: 7, errors: 1 },
      { start: 8, end: 11, errors: 1 },
      { start: 19, end: 22, errors: 1 },
    ]);
    expect(searchApproximate("the cat sat on the mat", "mat", 1)).toEqual([{ start: 19, end: 22, errors: 0 }]);
    expect(searchApproximate("abcdefghij", "zzzz", 2)).toEqual([]);
    expect(searchApproximate("abc", "", 1)).toEqual([]);
  });

  it("reports what approx-string-match reports, for patterns of several blocks and any characters", () => {
    const text = (alphabet: readonly string[]) => fc.array(fc.constantFrom(...alphabet), { maxLength: 300 }).map((cs) => cs.join(""));
    const alphabet = fc.constantFrom(["a", "b"], ["a", "b", " ", "."], ["a", "é", "ж", "1", "😀"]);
    const input = alphabet.chain((letters) =>
      fc.record({
        text: text(letters),
        pattern: text(letters).filter((p) => p.length > 0 && p.length <= 140),
        maxErrors: fc.nat({ max: 150 }),
      }),
    );
    fc.assert(
      fc.property(input, ({ text, pattern, maxErrors }) => {
        expect(searchApproximate(text, pattern, maxErrors)).toEqual(search(text, pattern, maxErrors));
      }),
      { numRuns: 2000 },
    );
  });
});
