import { describe, expect, it } from "vitest";
import { checkAnchors } from "./check-anchors";

const old = "Some 400 have been killed. Others fled.";
const anchor = (exact: string, start: number, end: number) => ({ id: "a", exact, prefix: "", suffix: "", start, end });

describe("checkAnchors", () => {
  it("passes an anchor that quotes the text at its offsets", () => {
    expect(checkAnchors(old, [anchor("Others fled.", 27, 39)])).toEqual([{ anchor: anchor("Others fled.", 27, 39), followable: true }]);
  });

  it("moves an anchor whose offsets went stale to where its quote stands, and says so", () => {
    const [check] = checkAnchors(old, [anchor("Others fled.", 0, 12)]);
    expect(check).toMatchObject({ followable: true, anchor: { start: 27, end: 39 }, problem: expect.stringMatching(/not at 0..12/) });
    expect(checkAnchors(old, [anchor("Others fled.", 50, 62)])[0]).toMatchObject({ followable: true, problem: expect.stringMatching(/outside the old text/) });
  });

  it("cannot follow a quote the text does not hold", () => {
    expect(checkAnchors(old, [anchor("The mayor resigned.", 0, 19)])[0]).toMatchObject({ followable: false, problem: expect.stringMatching(/nor anywhere else/) });
  });
});
