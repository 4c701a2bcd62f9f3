import { describe, expect, it } from "vitest";
import type { ReanchorResult } from "../reanchor";
import { formatKinds, scoreKinds, type KindTally } from "./score-kinds";

const result = (r: Partial<ReanchorResult> & Pick<ReanchorResult, "id" | "outcome">): ReanchorResult => ({
  score: 1, numbers: [], changes: [], diff: [], ...r,
});

describe("scoreKinds", () => {
  it("counts a claim right only with its kind, no other exclusive kind, and its figures", () => {
    const tally: KindTally = new Map();
    scoreKinds(tally, "case", [
      result({ id: "k", outcome: "unchanged", start: 0, end: 10 }),
      result({ id: "a", outcome: "modified", start: 20, end: 40, changes: ["attribution-changed"] }),
      result({ id: "w", outcome: "modified", start: 50, end: 70, changes: ["wording", "attribution-changed"] }),
      result({ id: "f", outcome: "modified", start: 80, end: 99, changes: ["figure-added"], numbers: [{ old: null, new: "90", oldQualifier: null, newQualifier: null, counted: null }] }),
    ], {
      k: { outcome: "kept", kind: "kept", start: 0, end: 10, numbers: [] },
      a: { outcome: "modified", kind: "attribution-changed", start: 20, end: 41, numbers: [] },
      w: { outcome: "modified", kind: "wording", start: 50, end: 70, numbers: [] },
      f: { outcome: "modified", kind: "figure-added", start: 80, end: 99, numbers: [[null, "90"]] },
    });
    expect(formatKinds(tally)).toEqual([
      "kept                1.000  (1/1)",
      "figure-added        1.000  (1/1)",
      "attribution-changed 1.000  (1/1)",
      "wording             0.000  (0/1)",
    ]);
  });
});
