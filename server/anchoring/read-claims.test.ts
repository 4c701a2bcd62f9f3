import { describe, expect, it } from "vitest";
import { InvalidClaimsError, readClaims } from "./read-claims";

describe("readClaims", () => {
  it("reads valid anchors", () => {
    const json = JSON.stringify([{ id: "a", exact: "Others fled.", prefix: "killed. ", suffix: "", start: 27, end: 39 }]);
    expect(readClaims(json)).toEqual([{ id: "a", exact: "Others fled.", prefix: "killed. ", suffix: "", start: 27, end: 39 }]);
  });

  it.each([
    ["{", /not valid JSON/],
    ['{"id": "a"}', /must be a JSON array/],
    ['[{"exact": "x", "start": 0, "end": 1}]', /has no "id"/],
    ['[{"id": "a", "start": 0, "end": 1}]', /no "exact"/],
    ['[{"id": "a", "exact": "Some", "start": "0", "end": 4}]', /must be integers/],
    ['[{"id": "a", "exact": "Some", "start": 0, "end": 4}, {"id": "a", "exact": "Some", "start": 0, "end": 4}]', /appears twice/],
  ])("rejects %s with a one-line message", (json, message) => {
    expect(() => readClaims(json)).toThrow(InvalidClaimsError);
    expect(() => readClaims(json)).toThrow(message);
  });
});
