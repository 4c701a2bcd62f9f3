import { describe, expect, it } from "vitest";
import { splitSentences } from "./split-sentences";

describe("splitSentences", () => {
  it("splits at sentence ends and keeps exact offsets", () => {
    const text = "  Mr. Smith arrived at 3 p.m. on Monday. He left!  Did he?";
    const spans = splitSentences(text);
    expect(spans.map((span) => span.exact)).toEqual(["Mr. Smith arrived at 3 p.m. on Monday.", "He left!", "Did he?"]);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.exact);
  });

  it("ends a sentence at every line break, so headings stand alone", () => {
    const text = "- Tough talks in Berlin -\n\nThe United Nations has said so.\r\nA second line";
    expect(splitSentences(text).map((span) => span.exact)).toEqual([
      "- Tough talks in Berlin -",
      "The United Nations has said so.",
      "A second line",
    ]);
  });

  it("keeps a closing quotation mark with its sentence", () => {
    const text = '"This is the continuation of war by diplomatic means," he said. Next one.';
    expect(splitSentences(text)[0]?.exact).toBe('"This is the continuation of war by diplomatic means," he said.');
  });

  it("returns nothing for blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n\t\n")).toEqual([]);
  });
});
