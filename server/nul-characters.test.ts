import { describe, expect, it } from "vitest";
import { containsNulCharacter } from "./nul-characters";

describe("containsNulCharacter", () => {
  it("finds a NUL in strings, keys, arrays, maps and sets at any depth", () => {
    const deep = Array.from({ length: 5000 }).reduce<Record<string, unknown>>((inner) => ({ a: inner }), { text: "x\u0000y" });
    for (const value of ["\u0000", { statement: "a\u0000" }, { "key\u0000": 1 }, [["", ["b\u0000"]]], new Map([["k", "\u0000"]]), new Set(["\u0000"]), deep]) {
      expect(containsNulCharacter(value)).toBe(true);
    }
  });

  it("passes text without one, and cyclic values", () => {
    const cyclic: Record<string, unknown> = { text: "fine" };
    cyclic.self = cyclic;
    for (const value of [undefined, null, 0, "\\0 is written out", "🦜 \u0001", { tags: ["a"] }, new Date(), cyclic]) {
      expect(containsNulCharacter(value)).toBe(false);
    }
  });
});
