import { describe, expect, it } from "vitest";
import { matchPerClaim } from "./match-per-claim";

describe("matchPerClaim", () => {
  it("finds a quote verbatim, else its closest variant, else nothing", () => {
    const text = "Some 450 homes were destroyed in the village.";
    expect(matchPerClaim(text, [
      { id: "a", exact: "homes were destroyed" },
      { id: "b", exact: "Some 400 homes were destroyed" },
      { id: "c", exact: "zzzzqqqqxxxxwwww" },
    ])).toEqual([
      { id: "a", start: 9, end: 29, errors: 0 },
      { id: "b", start: 0, end: 29, errors: 1 },
      { id: "c", start: null },
    ]);
  });
});
