import { describe, expect, it } from "vitest";
import { analyseSentence } from "./analyse-sentence";
import { findReasons, type ReasonKind } from "./find-reasons";

const kindsIn = (sentence: string) => findReasons(analyseSentence(sentence)).reasons.map((reason) => reason.kind);
const detailOf = (sentence: string, kind: ReasonKind) =>
  findReasons(analyseSentence(sentence)).reasons.find((reason) => reason.kind === kind)?.detail;

describe("findReasons", () => {
  it("names figures, percentages and money but not 'one of'", () => {
    expect(detailOf("Some 400 have been killed.", "figure")).toBe('contains the figure "400"');
    expect(detailOf("Debt rose to 86 percent of GDP.", "figure")).toBe('contains the figure "86 percent"');
    expect(detailOf("It would add $20 trillion to the debt.", "figure")).toBe('contains the figure "$20 trillion"');
    expect(kindsIn("It is one of the things we do.")).not.toContain("figure");
  });

  it("recognises superlatives and comparisons", () => {
    expect(detailOf("It is the worst deal ever signed.", "superlative")).toBe('superlative: "worst"');
    expect(detailOf("Chicago has the toughest gun laws.", "superlative")).toBe('superlative: "toughest"');
    expect(detailOf("It was the most expensive war.", "superlative")).toBe('superlative: "most expensive"');
    expect(kindsIn("He will stay at least three days.")).not.toContain("superlative");
    expect(detailOf("We trade more energy with Canada than with Europe.", "comparison")).toBe('comparison: "more energy with Canada than"');
  });

  it("recognises causal links, changes and predictions", () => {
    expect(detailOf("Prices rose because of the drought.", "causal")).toBe('causal link: "because"');
    expect(detailOf("The plan led to job losses.", "causal")).toBe('causal link: "led to"');
    expect(detailOf("Unemployment doubled when he was governor.", "change")).toBe('states a change: "doubled"');
    expect(detailOf("The pause will continue until Friday.", "prediction")).toBe('predicts: "will"');
  });

  it("returns the claimant of an attribution", () => {
    expect(findReasons(analyseSentence("The army said it was opening eight corridors.")).claimant).toBe("The army");
  });

  it("finds no reason in an interjection", () => {
    expect(kindsIn("Thank you very much.")).toEqual([]);
  });
});
