import { describe, expect, it } from "vitest";
import type { ReanchorResult } from "../reanchor";
import { emptyTally, scoreCase } from "./score-cases";

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
});
