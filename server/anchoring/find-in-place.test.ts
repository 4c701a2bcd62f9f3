import { describe, expect, it } from "vitest";
import { quoteAnchor } from "../text/quote-anchor";
import { splitSentences } from "../text/split-sentences";
import { alignSentences } from "./align-sentences";
import { inPlaceFinder } from "./find-in-place";

function placeOf(before: string, after: string, quote: string, occurrence = 0): number | null {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = before.indexOf(quote, at + 1);
  const oldSentences = splitSentences(before);
  const { shared } = alignSentences(before, oldSentences, after, splitSentences(after));
  return inPlaceFinder(oldSentences, shared, after)(quoteAnchor(before, at, at + quote.length));
}

describe("inPlaceFinder", () => {
  const before = "The dam held. Some 400 homes flooded in Ardin. Schools closed.";

  it("finds a claim at its offset in its kept sentence, wherever the sentence went", () => {
    const after = "Rain fell again on Tuesday. Schools closed. Some 400 homes flooded in Ardin.";
    expect(placeOf(before, after, "400 homes")).toBe(after.indexOf("400 homes"));
    expect(placeOf(before, after, "Some 400 homes flooded in Ardin.")).toBe(after.indexOf("Some 400"));
  });

  it("finds a claim over several kept sentences only where they still follow each other", () => {
    expect(placeOf(before, `Update. ${before}`, "Some 400 homes flooded in Ardin. Schools closed.")).toBe(8 + before.indexOf("Some 400"));
    expect(placeOf(before, "Schools closed. The dam held. Some 400 homes flooded in Ardin.", "Some 400 homes flooded in Ardin. Schools closed.")).toBeNull();
  });

  it("leaves a claim in an edited sentence to the search", () => {
    expect(placeOf(before, before.replace("400", "450"), "homes flooded")).toBeNull();
  });

  it("pairs the copies of a repeated sentence in order only when both versions hold as many", () => {
    const twice = "The dam held. Schools closed. The dam held.";
    expect(placeOf(twice, `New lede. ${twice}`, "The dam held.", 1)).toBe(10 + twice.lastIndexOf("The dam held."));
    expect(placeOf(twice, "Schools closed. The dam held.", "The dam held.", 0)).toBeNull();
    expect(placeOf(twice, "Schools closed. The dam held.", "The dam held.", 1)).toBeNull();
  });
});
