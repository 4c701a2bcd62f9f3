import { describe, expect, it } from "vitest";
import { netkuCase } from "./netku-truth";

describe("netkuCase", () => {
  const old = "The storm killed 12 people in the north on Monday. Rescue teams searched the valley for survivors all night. Power was cut to most homes in the region for hours.";
  const next = "The storm killed 15 people in the north on Monday. Power was cut to most homes in the region for hours. Officials opened shelters.";

  it("takes sentences of six words or more as claims, with abbreviations inside them", () => {
    expect(netkuCase(old, next).anchors.map((a) => a.exact.split(" ").length)).toEqual([10, 9, 11]);
    expect(netkuCase("It was very cold. The storm killed 12 people in the north.", "").anchors.map((a) => a.id)).toEqual(["s0"]);
    expect(netkuCase("Mr. Smith arrived at 3 p.m. on Monday.", "").anchors.map((a) => a.exact)).toEqual(["Mr. Smith arrived at 3 p.m. on Monday."]);
  });

  it("derives kept, modified with figures, and removed", () => {
    const { truth } = netkuCase(old, next);
    expect(truth.s0).toEqual({ outcome: "modified", start: 0, end: 50, numbers: [["12", "15"]] });
    expect(truth.s1).toEqual({ outcome: "removed", numbers: [] });
    expect(truth.s2).toEqual({ outcome: "kept", start: 51, end: 103, numbers: [] });
  });

  it("reports an added figure with an empty old side, and a revised time as one figure", () => {
    expect(netkuCase("Some 400 people have been killed in the city.", "Some 400 people have been killed in the city, 90 of them children.").truth.s0!.numbers)
      .toEqual([[null, "90"]]);
    expect(netkuCase("The talks began at approximately 3 p.m. in Geneva.", "The talks began at 2:45 p.m. in Geneva.").truth.s0!.numbers)
      .toEqual([["3 p.m.", "2:45 p.m."]]);
  });
});
