import { describe, expect, it } from "vitest";
import { readHedges } from "./read-hedges";

describe("readHedges", () => {
  it("reads hedging adverbs, modals and 'is believed to' constructions", () => {
    expect(readHedges("The army reportedly shelled the town.")).toEqual(["reportedly"]);
    expect(readHedges("Rebels may have seized the airport.")).toEqual(["may"]);
    expect(readHedges("Rebels are believed to have seized the airport.")).toEqual(["believed"]);
  });

  it("does not read the month May, a plain 'said' or a figure's qualifier as a hedge", () => {
    expect(readHedges("The vote was held in May, officials said.")).toEqual([]);
    expect(readHedges("Some 400 were killed at about 3 p.m.")).toEqual([]);
  });
});
