import { describe, expect, it } from "vitest";
import { versionSummaryText } from "./version-summary";

describe("versionSummaryText", () => {
  it("reads like the desk says it", () => {
    expect(versionSummaryText({ unchanged: 12, moved: 3, modified: 2, figuresRevised: 1, removed: 1, newSuggestions: 4 })).toBe(
      "12 unchanged, 3 moved, 2 modified (1 figure revised), 1 removed, 4 new suggestions",
    );
    expect(versionSummaryText({ unchanged: 0, moved: 0, modified: 0, figuresRevised: 0, removed: 0, added: 1, newSuggestions: 1 })).toBe(
      "0 unchanged, 0 moved, 0 modified (0 figures revised), 0 removed, 1 new claim, 1 new suggestion",
    );
  });
});
