import { describe, expect, it } from "vitest";
import { sentenceAt, sentenceQuotes, splitSentences } from "./split-sentences";

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

describe("splitSentences and abbreviations", () => {
  it("keeps titles, initials, times and dotted abbreviations inside a sentence", () => {
    expect(cut("Mr. Smith arrived at 3 p.m. on Monday.")).toEqual(["Mr. Smith arrived at 3 p.m. on Monday."]);
    expect(cut("George W. Bush met Dr. Rice. The U.S. Federal Reserve met at 3 p.m. Monday.")).toEqual([
      "George W. Bush met Dr. Rice.",
      "The U.S. Federal Reserve met at 3 p.m. Monday.",
    ]);
  });

  it("ends a sentence on an abbreviation when the next word opens one", () => {
    expect(cut("The talks ended at 3 p.m. The army then left the U.S. It returned.")).toEqual([
      "The talks ended at 3 p.m.",
      "The army then left the U.S.",
      "It returned.",
    ]);
  });
});

describe("splitSentences and single capitals", () => {
  it("reads a capital after a name as an initial, after a plain word as a word", () => {
    expect(cut("It was rated grade A. Inspectors agreed.")).toEqual(["It was rated grade A.", "Inspectors agreed."]);
    expect(cut("John F. Kennedy spoke.")).toEqual(["John F. Kennedy spoke."]);
  });
});

describe("sentenceQuotes", () => {
  it("gives each sentence's text at its offsets, trimmed, a heading line standing alone", () => {
    const text = "  Mr. Smith arrived at 3 p.m. on Monday. He left!\n\n- Tough talks in Berlin -\n\"This is war by diplomatic means,\" he said.";
    const quotes = sentenceQuotes(text);
    expect(quotes.map((q) => q.exact)).toEqual(["Mr. Smith arrived at 3 p.m. on Monday.", "He left!", "- Tough talks in Berlin -", '"This is war by diplomatic means," he said.']);
    for (const quote of quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.exact);
  });
});
