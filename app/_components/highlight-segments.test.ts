import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { highlightSegments } from "./highlight-segments";

describe("highlightSegments", () => {
  it("nests overlapping claims, innermost first", () => {
    const segments = highlightSegments(20, [
      { id: "outer", start: 2, end: 15 },
      { id: "inner", start: 5, end: 8 },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 5, ids: ["outer"] },
      { start: 5, end: 8, ids: ["inner", "outer"] },
      { start: 8, end: 15, ids: ["outer"] },
      { start: 15, end: 20, ids: [] },
    ]);
  });

  it("always tiles the whole text exactly once", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.array(fc.tuple(fc.nat(500), fc.nat(500)), { maxLength: 30 }),
        (length, pairs) => {
          const spans = pairs.map(([a, b], i) => ({ id: String(i), start: Math.min(a, b) % length, end: Math.max(a, b) % (length + 1) }));
          const segments = highlightSegments(length, spans.filter((s) => s.end > s.start));
          expect(segments[0]?.start).toBe(0);
          expect(segments.at(-1)?.end).toBe(length);
          segments.forEach((s, i) => i > 0 && expect(s.start).toBe(segments[i - 1]!.end));
        },
      ),
    );
  });
});
