import { describe, expect, it } from "vitest";
import { snapToSentences, snapToWords } from "./snap-span";
import { splitSentences } from "../text/split-sentences";

describe("snapToSentences", () => {
  const text = "First one here. Second sentence is longer than the first, and joined here. Third.";
  const sentences = splitSentences(text);
  const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);

  it("widens a region to its whole sentence", () => {
    expect(slice(snapToSentences(text, sentences, { start: 20, end: 50 }))).toBe(
      "Second sentence is longer than the first, and joined here.",
    );
  });

  it("ignores a few characters spilling into a neighbour", () => {
    expect(slice(snapToSentences(text, sentences, { start: 13, end: 60 }))).toBe(
      "Second sentence is longer than the first, and joined here.",
    );
  });

  it("covers two sentences when the region spans both", () => {
    expect(slice(snapToSentences(text, sentences, { start: 0, end: 70 }))).toBe(
      "First one here. Second sentence is longer than the first, and joined here.",
    );
  });

  it("stops at a boundary hidden by a lowercase start next to the region", () => {
    const edited = "Rain fell in the city. some 15 stations broke records.";
    const s = snapToSentences(edited, splitSentences(edited), { start: 28, end: edited.length });
    expect(edited.slice(s.start, s.end)).toBe("some 15 stations broke records.");
  });
});

describe("snapToWords", () => {
  it("never cuts a word", () => {
    const text = "could amount to a war crime, he said";
    const s = snapToWords(text, { start: 2, end: 25 });
    expect(text.slice(s.start, s.end)).toBe("could amount to a war crime");
  });
});
