import { describe, expect, it } from "vitest";
import { diffRuns, figurePieces } from "./diff-runs";

describe("diffRuns", () => {
  const parts = [
    { op: "equal" as const, text: "More than " },
    { op: "delete" as const, text: "250,000" },
    { op: "insert" as const, text: "275,000" },
    { op: "equal" as const, text: " civilians. Next." },
  ];

  it("gives each side its own text, cut where claim passages begin and end", () => {
    const { older, newer, inline } = diffRuns(parts, [{ id: "c", start: 0, end: 28 }], [{ id: "c", start: 0, end: 28 }]);
    expect(older.map((r) => r.text).join("")).toBe("More than 250,000 civilians. Next.");
    expect(newer.map((r) => r.text).join("")).toBe("More than 275,000 civilians. Next.");
    expect(newer.map((r) => [r.text, r.op, r.claimIds])).toEqual([
      ["More than ", "equal", ["c"]],
      ["275,000", "insert", ["c"]],
      [" civilians.", "equal", ["c"]],
      [" Next.", "equal", []],
    ]);
    expect(inline.map((r) => r.text).join("")).toBe("More than 250,000275,000 civilians. Next.");
  });

  it("keeps run keys unique across the inline view", () => {
    const { inline } = diffRuns(parts, [], []);
    expect(new Set(inline.map((r) => r.key)).size).toBe(inline.length);
  });
});

describe("figurePieces", () => {
  it("marks whole figures, clock times and decimals", () => {
    expect(figurePieces("from 250,000 to 2:45 and 1.5")).toEqual([
      { text: "from ", figure: false },
      { text: "250,000", figure: true },
      { text: " to ", figure: false },
      { text: "2:45", figure: true },
      { text: " and ", figure: false },
      { text: "1.5", figure: true },
    ]);
  });
});
