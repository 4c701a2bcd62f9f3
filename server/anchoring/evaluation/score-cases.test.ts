import { describe, expect, it } from "vitest";
import type { ReanchorResult } from "../reanchor";
import { emptyTally, sameFigures, scoreCase } from "./score-cases";

const result = (r: Partial<ReanchorResult> & Pick<ReanchorResult, "id" | "outcome">): ReanchorResult => ({
  score: 1,
  numbers: [],
  changes: [],
  diff: [],
  ...r,
});

describe("scoreCase", () => {
  it("counts each measure as the README defines it", () => {
    const tally = emptyTally();
    scoreCase(
      tally,
      "case",
      [
        result({ id: "k", outcome: "moved", start: 10, end: 20 }),
        result({ id: "m", outcome: "modified", start: 30, end: 41, numbers: [{ old: "1,000", new: "1,200", oldQualifier: null, newQualifier: null, counted: null }] }),
        result({ id: "r", outcome: "modified", start: 50, end: 60 }),
      ],
      {
        k: { outcome: "kept", start: 10, end: 20, numbers: [] },
        m: { outcome: "modified", start: 30, end: 40, numbers: [["1000", "1200"]] },
        r: { outcome: "removed", numbers: [] },
      },
    );
    expect(tally.kept).toEqual({ hits: 1, total: 1 });
    expect(tally.modified).toEqual({ hits: 1, total: 1 });
    expect(tally.span).toEqual({ hits: 1, total: 1 });
    expect(tally.figures).toEqual({ hits: 1, total: 1 });
    expect(tally.quiet).toEqual({ hits: 1, total: 1 });
    expect(tally.removed).toEqual({ hits: 0, total: 1 });
    expect(tally.failures).toEqual([{ measure: "removed", caseId: "case", claimId: "r" }]);
  });
  it("compares figures by what they say, added and dropped ones included", () => {
    const pair = (o: string | null, n: string | null) => ({ old: o, new: n, oldQualifier: null, newQualifier: null, counted: null });
    const with_ = (...numbers: ReturnType<typeof pair>[]) => result({ id: "m", outcome: "modified", numbers });
    expect(sameFigures(with_(pair(null, "90")), [[null, "90"]])).toBe(true);
    expect(sameFigures(with_(pair("3 p.m.", "2:45 p.m.")), [["3 p.m.", "2:45 p.m."]])).toBe(true);
    expect(sameFigures(with_(pair("3", "2"), pair(null, "45")), [["3 p.m.", "2:45 p.m."]])).toBe(false);
    // A truth reading digit groups only, as the newsroom-kinds cases do.
    expect(sameFigures(with_(pair("00:00", null)), [["00", null], ["00", null]])).toBe(true);
    expect(sameFigures(with_(pair("4:43 am", "6:43 am")), [["4", "6"]])).toBe(true);
  });
});
