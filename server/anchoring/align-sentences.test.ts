import { describe, expect, it } from "vitest";
import { splitSentences } from "../text/split-sentences";
import { editedSentences } from "./align-sentences";

const edited = (before: string, after: string) => editedSentences(before, splitSentences(before), after, splitSentences(after));

describe("editedSentences", () => {
  it("marks new and edited sentences, not those kept or moved word for word", () => {
    const before = "The dam held. Some 400 homes flooded. Schools closed.";
    const after = "Schools closed. Rain fell again. The dam held. Some 450 homes flooded.";
    expect(edited(before, after)).toEqual([false, true, false, true]);
  });

  it("counts repeats: a sentence kept once and written twice is new the second time", () => {
    expect(edited("The dam held. Schools closed.", "The dam held. The dam held.")).toEqual([false, true]);
  });
});
