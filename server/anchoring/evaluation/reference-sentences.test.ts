import { describe, expect, it } from "vitest";
import { referenceSentences, referenceWords } from "./reference-sentences";

const cut = (text: string) => referenceSentences(text).map((s) => text.slice(s.start, s.end));

describe("referenceSentences", () => {
  it("cuts after . ! ? before a capital, a digit or a quote, and at line breaks", () => {
    expect(cut('It rained. 4 roads closed! "Stay home," he said? Yes.\nNew line')).toEqual([
      "It rained.", "4 roads closed!", '"Stay home," he said?', "Yes.", "New line",
    ]);
  });

  it("keeps titles, initials and dotted abbreviations inside a sentence", () => {
    expect(cut("Mr. Smith arrived at 3 p.m. on Monday. George W. Bush met the U.S. Federal Reserve.")).toEqual([
      "Mr. Smith arrived at 3 p.m. on Monday.", "George W. Bush met the U.S. Federal Reserve.",
    ]);
    expect(cut("It happened in the U.S. The president spoke.")).toEqual(["It happened in the U.S.", "The president spoke."]);
  });
});

describe("referenceWords", () => {
  it("keeps figures whole", () => {
    expect(referenceWords("Some 1,500 fled at 2:45 p.m., 2.5 km away.")).toEqual(["some", "1,500", "fled", "at", "2:45", "p", "m", "2.5", "km", "away"]);
  });
});
