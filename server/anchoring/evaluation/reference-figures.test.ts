import { describe, expect, it } from "vitest";
import { changedFigures, figureKey, referenceFigures } from "./reference-figures";

const changed = (a: string, b: string) => changedFigures(referenceFigures(a), referenceFigures(b));

describe("referenceFigures", () => {
  it("reads digits, number words and clock times, not digits inside names", () => {
    expect(referenceFigures("At 3 p.m. seven of 1,200 COVID-19 patients left at 23:00.").map((f) => f.text)).toEqual(["3 p.m.", "seven", "1,200", "23:00"]);
  });

  it("reads a time the same however it is written", () => {
    expect(figureKey("3 p.m.")).toBe(figureKey("3:00 pm"));
    expect(figureKey("2,000")).toBe(figureKey("2000"));
  });

  it("pairs revised figures and gives added or dropped ones a null side", () => {
    expect(changed("Some 400 have been killed.", "Some 400 have been killed, 90 of them children.")).toEqual([[null, "90"]]);
    expect(changed("It began at approximately 3 p.m.", "It began at 2:45 p.m.")).toEqual([["3 p.m.", "2:45 p.m."]]);
    expect(changed("It rose 3 m (10 ft).", "It rose 3 m.")).toEqual([["10", null]]);
    expect(changed("No figure changed here at all.", "No figure was changed here.")).toEqual([]);
  });
});
