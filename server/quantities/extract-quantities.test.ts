import { describe, expect, it } from "vitest";
import { extractQuantities, touchesFigures } from "./extract-quantities";

describe("extractQuantities", () => {
  it("reads a figure with its qualifier and what is counted", () => {
    const [q] = extractQuantities("More than 250,000 civilians have been trapped.");
    expect(q).toMatchObject({
      figure: "250,000",
      value: 250000,
      qualifier: "More than",
      counted: "civilians",
      text: "More than 250,000",
    });
  });

  it("applies scale words and keeps units", () => {
    const [q] = extractQuantities("a total 114.6 million infections");
    expect(q).toMatchObject({ figure: "114.6", value: 114.6e6, unit: "million", counted: "infections" });
    const [money] = extractQuantities("froze more than $200,000 in funds");
    expect(money).toMatchObject({ figure: "200,000", unit: "$", qualifier: "more than", text: "more than $200,000" });
    const [share] = extractQuantities("after 78% of voters");
    expect(share).toMatchObject({ value: 78, unit: "%" });
  });

  it("reads hedges such as some, about and at least", () => {
    const qs = extractQuantities("Some 400 have been killed and at least 80 injured, about 12 missing.");
    expect(qs.map((q) => [q.figure, q.qualifier])).toEqual([
      ["400", "Some"],
      ["80", "at least"],
      ["12", "about"],
    ]);
  });

  it("reads figures written as words", () => {
    const qs = extractQuantities("Seven others were injured, including four by gunfire.");
    expect(qs.map((q) => q.value)).toEqual([7, 4]);
  });

  it("does not read one, which is as often a pronoun as a count", () => {
    expect(extractQuantities("Two people were injured, one of them seriously.").map((q) => q.figure)).toEqual(["Two"]);
    expect(extractQuantities("No one knew; one day, one of the reasons emerged.")).toEqual([]);
  });

  it("reads figures with letters after them but not numbers inside names", () => {
    const qs = extractQuantities("The 102nd season of COVID-19 and SARS-CoV-2 saw 5km races and G7 talks.");
    expect(qs.map((q) => q.figure)).toEqual(["102", "5"]);
  });

  it("finds nothing in text without figures", () => {
    expect(extractQuantities("The army said it was opening corridors.")).toEqual([]);
  });

  it("gives offsets of the figure itself", () => {
    const text = "killed 1,798 people";
    const [q] = extractQuantities(text);
    expect(text.slice(q!.start, q!.end)).toBe("1,798");
  });
  it("reads a clock time as one figure", () => {
    const [time] = extractQuantities("at approximately 3 p.m. on Monday");
    expect(time).toMatchObject({ figure: "3 p.m.", unit: "time", value: 15 * 60, qualifier: "approximately" });
    expect(extractQuantities("at 2:45 p.m. and 23:00").map((q) => [q.figure, q.value])).toEqual([["2:45 p.m.", 14 * 60 + 45], ["23:00", 23 * 60]]);
  });
  it("tells an edit that could change a figure or its qualifier from one that cannot", () => {
    expect(touchesFigures("450")).toBe(true);
    expect(touchesFigures("seven")).toBe(true);
    expect(touchesFigures("more than")).toBe(true);
    expect(touchesFigures("started negotiations")).toBe(false);
  });
});
