import { describe, expect, it } from "vitest";
import { compareQuantities as compareQuantitiesOf } from "./compare-quantities";
import { extractQuantities } from "./extract-quantities";

const compareQuantities = (before: string, after: string) =>
  compareQuantitiesOf(extractQuantities(before), extractQuantities(after));

describe("compareQuantities", () => {
  it("pairs a revised figure with its qualifiers", () => {
    const { revised } = compareQuantities("Some 400 have been killed.", "More than 500 have been killed.");
    expect(revised).toEqual([
      { old: "400", new: "500", oldQualifier: "Some", newQualifier: "More than", counted: null },
    ]);
  });

  it("reports a qualifier change without a revised figure", () => {
    const result = compareQuantities("resulting in more than 575,000 deaths", "resulting in over 575,000 deaths");
    expect(result.revised).toEqual([]);
    expect(result.requalified).toEqual([{ figure: "575,000", oldQualifier: "more than", newQualifier: "over" }]);
  });

  it("does not report a date written differently", () => {
    expect(compareQuantities("on March 10, 2020 it began", "on 10 March 2020 it began")).toEqual({
      revised: [],
      requalified: [],
    });
  });

  it("ignores commas in figures", () => {
    expect(compareQuantities("2,000 people", "2000 people").revised).toEqual([]);
  });

  it("keeps unchanged figures out of the pairs", () => {
    const { revised } = compareQuantities(
      "On 25 and 26 February, cases were detected.",
      "On 37 and 26 February, cases were detected.",
    );
    expect(revised.map((r) => [r.old, r.new])).toEqual([["25", "37"]]);
  });

  it("matches a figure with the same figure as written before one of the same value", () => {
    const { revised } = compareQuantities("10 children and another ten were injured", "11 children and another ten were injured");
    expect(revised.map((r) => [r.old, r.new])).toEqual([["10", "11"]]);
  });

  it("reports nothing when a figure is only deleted", () => {
    expect(compareQuantities("six organisers and 47 participants", "six organisers").revised).toEqual([]);
  });
});
