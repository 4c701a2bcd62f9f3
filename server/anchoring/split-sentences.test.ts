import { describe, expect, it } from "vitest";
import { sentenceAt, splitSentences } from "./split-sentences";

const cut = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("cuts after . ! ? before a capital, a digit or a quote, and at line breaks", () => {
    expect(cut('It rained. 4 roads closed! "Stay home," he said? Yes.\n\nNew paragraph')).toEqual([
      "It rained.",
      "4 roads closed!",
      '"Stay home," he said?',
      "Yes.",
      "New paragraph",
    ]);
  });

  it("does not cut before a lowercase word or inside figures", () => {
    expect(cut("Washington D.C. in October had 114.6 million visits. e.g. not here")).toEqual([
      "Washington D.C. in October had 114.6 million visits. e.g. not here",
    ]);
  });

  it("cuts after closing quotes and brackets", () => {
    expect(cut('He called it "a war crime." Merkel agreed (reluctantly.) Then it ended.')).toEqual([
      'He called it "a war crime."',
      "Merkel agreed (reluctantly.)",
      "Then it ended.",
    ]);
  });

  it("finds the sentence holding an offset", () => {
    const spans = splitSentences("One two. Three four. Five six.");
    expect(sentenceAt(spans, 0)).toBe(0);
    expect(sentenceAt(spans, 9)).toBe(1);
    expect(sentenceAt(spans, 8)).toBe(0);
    expect(sentenceAt(spans, 29)).toBe(2);
  });
});
