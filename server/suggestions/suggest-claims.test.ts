import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sentenceQuotes } from "../text/split-sentences";
import { suggestClaims } from "./suggest-claims";

const story = readFileSync(new URL("../../prisma/fixtures/aleppo-ceasefire-2016-10-20.v1.txt", import.meta.url), "utf8");
const suggestions = suggestClaims(story);
const suggestionStarting = (words: string) => {
  const found = suggestions.find((suggestion) => suggestion.exact.startsWith(words));
  if (!found) throw new Error(`no suggestion starting "${words}"`);
  return found;
};

describe("suggestClaims on the Aleppo demo story", () => {
  it("proposes the 250,000 civilians sentence for its figure, among the first shown", () => {
    const trapped = suggestionStarting("More than 250,000 civilians have been trapped");
    expect(trapped.reasons).toContainEqual({ kind: "figure", detail: 'contains the figure "250,000"' });
    expect(trapped.kind).toBe("statistic");
    // the workspace shows the first eight before "Show all"
    expect(suggestions.indexOf(trapped)).toBeLessThan(8);
  });

  it("attributes the war-crime accusation to Washington", () => {
    const sentence = "The civilian casualty toll has drawn international condemnation with Washington saying the bombardment could amount to a war crime.";
    const [accusation] = suggestClaims(sentence);
    expect(accusation?.exact).toBe(sentence);
    expect(accusation?.reasons.map((reason) => reason.kind)).toContain("attribution");
    expect(accusation?.claimant).toBe("Washington");
    expect(accusation?.kind).toBe("attribution");
  });

  it("recognises Mohammed Shayah's quotation and names him", () => {
    const quote = suggestionStarting('"Even though I need to leave');
    expect(quote.reasons.some((reason) => reason.kind === "quotation" && reason.detail.includes("Even though I need to leave"))).toBe(true);
    expect(quote.claimant).toBe("Mohammed Shayah");
  });

  it("names the source of 'according to' and of a titled speaker", () => {
    expect(suggestionStarting("More than 2,000 people have been wounded").claimant).toBe("the United Nations");
    expect(suggestionStarting("UN envoy Staffan de Mistura said").claimant).toBe("UN envoy Staffan de Mistura");
  });

  it("offers the sentences worth checking first, not every sentence", () => {
    expect(suggestions.length).toBeGreaterThan(8);
    expect(suggestions.length).toBeLessThan(sentenceQuotes(story).length * 0.75);
  });

  it("says in words what the model weighs beyond the named cues", () => {
    const trapped = suggestionStarting("More than 250,000 civilians have been trapped");
    expect(trapped.reasons.some((reason) => reason.kind === "check-worthy" && /^words often found in checked claims: "/.test(reason.detail))).toBe(true);
  });

  it("gives every suggestion exact offsets, a score in 0..1 and at least one reason, best first", () => {
    for (const suggestion of suggestions) {
      expect(story.slice(suggestion.start, suggestion.end)).toBe(suggestion.exact);
      expect(suggestion.exact).toBe(suggestion.exact.trim());
      expect(suggestion.score).toBeGreaterThanOrEqual(0);
      expect(suggestion.score).toBeLessThanOrEqual(1);
      expect(suggestion.reasons.length).toBeGreaterThan(0);
    }
    const scores = suggestions.map((suggestion) => suggestion.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("does not propose the section heading", () => {
    expect(suggestions.some((suggestion) => suggestion.exact.includes("Tough talks in Berlin"))).toBe(false);
  });
});

describe("suggestClaims on any text", () => {
  it("returns nothing for empty or blank text", () => {
    expect(suggestClaims("")).toEqual([]);
    expect(suggestClaims("  \n\n\t ")).toEqual([]);
  });

  it("keeps offsets equal to the text slice, trimmed and non-overlapping", () => {
    const pieces = fc.constantFrom(
      "The deficit rose 3.5% in 2015.", " ", "\n", "\n\n", "“We won,” he said.", "Thank you!", "Really?",
      "According to the UN, 400 died.", "  ", "costs $20 trillion", "the best", "\t", "’", '"', "Mr. Smith said so.", "\r\n",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 20 }), (parts, noise) => {
        const text = parts.join("") + noise;
        const found = suggestClaims(text).sort((a, b) => a.start - b.start);
        let previousEnd = 0;
        for (const suggestion of found) {
          expect(text.slice(suggestion.start, suggestion.end)).toBe(suggestion.exact);
          expect(suggestion.exact.length).toBeGreaterThan(0);
          expect(suggestion.exact).toBe(suggestion.exact.trim());
          expect(suggestion.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = suggestion.end;
        }
      }),
      { numRuns: 150 },
    );
  });
});
