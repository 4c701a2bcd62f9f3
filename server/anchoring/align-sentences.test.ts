import { describe, expect, it } from "vitest";
import { splitSentences } from "../text/split-sentences";
import { alignSentences } from "./align-sentences";

const align = (before: string, after: string) => alignSentences(before, splitSentences(before), after, splitSentences(after));

describe("alignSentences", () => {
  it("marks new and edited sentences, not those kept or moved word for word", () => {
    const before = "The dam held. Some 400 homes flooded. Schools closed.";
    const after = "Schools closed. Rain fell again. The dam held. Some 450 homes flooded.";
    expect(align(before, after).edited).toEqual([false, true, false, true]);
  });

  it("pairs each shared sentence with where it now stands, in old order", () => {
    const before = "The dam held. Some 400 homes flooded. Schools closed.";
    const after = "Schools closed. Rain fell again. The dam held. Some 450 homes flooded.";
    expect(align(before, after).shared.map((s) => [before.slice(s.old.start, s.old.end), after.slice(s.start, s.end)])).toEqual([
      ["The dam held.", "The dam held."],
      ["Schools closed.", "Schools closed."],
    ]);
  });

  it("counts repeats: a sentence kept once and written twice is new the second time", () => {
    expect(align("The dam held. Schools closed.", "The dam held. The dam held.").edited).toEqual([false, true]);
  });

  it("says which shared sentences were paired with certainty: as many copies in each version", () => {
    const certain = (before: string, after: string) =>
      Object.fromEntries(align(before, after).shared.map((s) => [before.slice(s.old.start, s.old.end) + "@" + s.old.start, s.certain]));
    expect(certain("The dam held. Schools closed. The dam held.", "Schools closed. The dam held.")).toEqual({
      "The dam held.@0": false,
      "Schools closed.@14": true,
    });
    expect(certain("The dam held. Schools closed. The dam held.", "The dam held. The dam held. Schools closed.")).toEqual({
      "The dam held.@0": true,
      "Schools closed.@14": true,
      "The dam held.@30": true,
    });
  });
});
