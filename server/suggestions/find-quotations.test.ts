import { describe, expect, it } from "vitest";
import { analyseSentence } from "./analyse-sentence";
import { findQuotations } from "./find-quotations";

const quotesIn = (sentence: string) => findQuotations(analyseSentence(sentence)).map((quote) => quote.exact);

describe("findQuotations", () => {
  it("finds straight and curly quotations with their offsets", () => {
    const sentence = 'Hollande called it "a war crime" and Merkel “inhumane and cruel”.';
    const found = findQuotations(analyseSentence(sentence));
    expect(found.map((quote) => quote.exact)).toEqual(["a war crime", "inhumane and cruel"]);
    for (const quote of found) expect(sentence.slice(quote.start, quote.end)).toBe(quote.exact);
  });

  it("quotes to the end when the quotation goes on into the next sentence", () => {
    expect(quotesIn('"Russia is periodically trying to mitigate tensions.')).toEqual(["Russia is periodically trying to mitigate tensions."]);
  });

  it("quotes from the start when the sentence closes an earlier quotation", () => {
    expect(quotesIn('This is war by diplomatic means," he said.')).toEqual(["This is war by diplomatic means,"]);
  });

  it("does not take apostrophes for quotation marks", () => {
    expect(quotesIn("They’d said the army’s corridors were open.")).toEqual([]);
  });
});
