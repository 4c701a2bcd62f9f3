import { expect, it } from "vitest";
import { matchEnd, matchStart, splitHighlights } from "./highlight";

it("cuts marked text into plain pieces, matches flagged", () => {
  expect(splitHighlights(`The ${matchStart}ceasefire${matchEnd} began in ${matchStart}Aleppo${matchEnd}.`)).toEqual([
    { text: "The ", match: false },
    { text: "ceasefire", match: true },
    { text: " began in ", match: false },
    { text: "Aleppo", match: true },
    { text: ".", match: false },
  ]);
});

it("keeps markup as text: rendering escapes it", () => {
  expect(splitHighlights(`<script>alert(1)</script> ${matchStart}x${matchEnd}`)).toEqual([
    { text: "<script>alert(1)</script> ", match: false },
    { text: "x", match: true },
  ]);
});

it("gives nothing for empty text", () => {
  expect(splitHighlights("")).toEqual([]);
});
