import { describe, expect, it } from "vitest";
import { diffTexts } from "./diff-texts";

const rebuild = (parts: { op: string; text: string }[], side: "before" | "after") =>
  parts.filter((p) => p.op === "equal" || p.op === (side === "before" ? "delete" : "insert")).map((p) => p.text).join("");

describe("diffTexts", () => {
  it("shows a revised figure as one deleted and one inserted figure", () => {
    const parts = diffTexts("More than 250,000 civilians are trapped.\n\nThe army spoke.", "More than 275,000 civilians are trapped.\n\nThe army spoke.");
    expect(parts.filter((p) => p.op !== "equal")).toEqual([
      { op: "delete", text: "250,000" },
      { op: "insert", text: "275,000" },
    ]);
  });

  it("gives back both texts exactly, whatever the edit", () => {
    const before = "One paragraph here.\n\nA second one, with 3 figures: 4, 5.\n\nA third.";
    const after = "A third.\n\nOne paragraph here, moved.\n\nA second one, with 30 figures: 4.";
    const parts = diffTexts(before, after);
    expect(rebuild(parts, "before")).toBe(before);
    expect(rebuild(parts, "after")).toBe(after);
  });

  it("aligns paragraphs when the texts share almost nothing, and still rebuilds both", () => {
    const words = (seed: number) => Array.from({ length: 6_000 }, (_, i) => `w${(i * seed) % 997}`).join(" ");
    const before = `${words(7)}\n\nShared closing paragraph.`;
    const after = `${words(13)}\n\nShared closing paragraph.`;
    const parts = diffTexts(before, after);
    expect(rebuild(parts, "before")).toBe(before);
    expect(rebuild(parts, "after")).toBe(after);
    expect(parts.at(-1)).toEqual({ op: "equal", text: "Shared closing paragraph." });
  });
});
