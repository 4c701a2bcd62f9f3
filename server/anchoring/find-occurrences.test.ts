import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { occurrenceFinder, startsWord } from "./find-occurrences";

function scan(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) found.push(at);
  return found;
}

describe("occurrenceFinder", () => {
  it.each([
    ["scanning", 1],
    ["among filed word starts", 1000],
  ])("finds every verbatim occurrence of a quote starting a word, as a scan would (%s)", (_, lookups) => {
    const pieces = ["the army", "said", "12", "homes.", "The army said", "the armyless", "é", " ", "\n\n", ",", "\u00a0"];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(""));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat({ max: 30 }), (t, from, length) => {
        const start = from % (t.length + 1);
        const quote = t.slice(start, start + length + 1);
        fc.pre(quote.length > 0);
        const wordStart = startsWord(t.slice(0, start));
        const expected = scan(t, quote).filter((at) => !wordStart || startsWord(t.slice(0, at)));
        expect(occurrenceFinder(t, lookups)(quote, wordStart)).toEqual(expected);
      }),
    );
  });
});
