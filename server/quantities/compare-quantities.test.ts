import { describe, expect, it } from "vitest";
import { compareQuantities as compareQuantitiesOf } from "./compare-quantities";
import { extractQuantities } from "./extract-quantities";

const compareQuantities = (before: string, after: string) =>
  compareQuantitiesOf(extractQuantities(before), extractQuantities(after));

describe("compareQuantities", () => {
  it("pairs a changed figure with its qualifiers", () => {
    const { changed } = compareQuantities("Some 400 have been killed.", "More than 500 have been killed.");
    expect(changed).toEqual([
      { old: "400", new: "500", oldQualifier: "Some", newQualifier: "More than", counted: null },
    ]);
  });

  it("reports a qualifier change without a changed figure", () => {
    const result = compareQuantities("resulting in more than 575,000 deaths", "resulting in over 575,000 deaths");
    expect(result.changed).toEqual([]);
    expect(result.requalified).toEqual([{ figure: "575,000", oldQualifier: "more than", newQualifier: "over" }]);
  });

  it("does not report a date written differently", () => {
    expect(compareQuantities("on March 10, 2020 it began", "on 10 March 2020 it began")).toEqual({
      changed: [],
      requalified: [],
    });
  });

  it("ignores commas in figures", () => {
    expect(compareQuantities("2,000 people", "2000 people").changed).toEqual([]);
  });

  it("keeps unchanged figures out of the pairs", () => {
    const { changed } = compareQuantities(
      "On 25 and 26 February, cases were detected.",
      "On 37 and 26 February, cases were detected.",
    );
    expect(changed.map((r) => [r.old, r.new])).toEqual([["25", "37"]]);
  });

  it("matches a figure with the same figure as written before one of the same value", () => {
    const { changed } = compareQuantities("10 children and another ten were injured", "11 children and another ten were injured");
    expect(changed.map((r) => [r.old, r.new])).toEqual([["10", "11"]]);
  });

  it("reports a deleted figure as dropped, the figures kept as nothing", () => {
    expect(compareQuantities("six organisers and 47 participants", "six organisers").changed.map((c) => [c.old, c.new])).toEqual([["47", null]]);
  });

  it("pairs a figure added or dropped with null", () => {
    expect(compareQuantities("Some 400 have been killed.", "Some 400 have been killed, 90 of them children.").changed)
      .toEqual([{ old: null, new: "90", oldQualifier: null, newQualifier: null, counted: null }]);
    expect(compareQuantities("It rose 3 m (10 ft).", "It rose 3 m.").changed.map((c) => [c.old, c.new])).toEqual([["10", null]]);
  });

  it("does not take a time for the number of minutes it stands for", () => {
    expect(compareQuantities("at 1:00 p.m.", "at 780").changed.map((c) => [c.old, c.new])).toEqual([["1:00 p.m.", "780"]]);
  });
});
