import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffWords } from "./diff-words";

const side = (parts: ReturnType<typeof diffWords>, skip: "insert" | "delete") => parts.filter((p) => p.op !== skip).map((p) => p.text).join("");

describe("diffWords", () => {
  it("shows a replaced word, spaces left equal", () => {
    expect(diffWords("The talks began on Monday.", "The talks started on Monday.")).toEqual([
      { op: "equal", text: "The talks " },
      { op: "delete", text: "began" },
      { op: "insert", text: "started" },
      { op: "equal", text: " on Monday." },
    ]);
  });

  it("keeps a figure and an abbreviation whole", () => {
    expect(diffWords("More than 250,000 fled, the U.N. said.", "More than 275,000 fled, the U.S. said.").filter((p) => p.op !== "equal")).toEqual([
      { op: "delete", text: "250,000" },
      { op: "insert", text: "275,000" },
      { op: "delete", text: "U.N." },
      { op: "insert", text: "U.S." },
    ]);
  });

  it("joins neighbouring changed words into one phrase", () => {
    expect(diffWords("The administration began surveillance.", "The administration got under way surveillance.")).toEqual([
      { op: "equal", text: "The administration " },
      { op: "delete", text: "began" },
      { op: "insert", text: "got under way" },
      { op: "equal", text: " surveillance." },
    ]);
  });

  it("always rebuilds both passages", () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => {
      const parts = diffWords(a, b);
      expect(side(parts, "insert")).toBe(a);
      expect(side(parts, "delete")).toBe(b);
    }));
  });
});
