import { describe, expect, it } from "vitest";
import { matchQuote } from "./match-quote";

describe("matchQuote", () => {
  const text = "Intro. More than 275,000 civilians have been trapped in the east. Outro.";

  it("finds an exact quote with no errors", () => {
    expect(matchQuote(text, "civilians have been trapped")).toEqual({ start: 25, end: 52, errors: 0 });
  });

  it("finds an edited quote with its errors", () => {
    const m = matchQuote(text, "More than 250,000 civilians have been trapped in the east.");
    expect(m).toMatchObject({ start: 7, end: 65, errors: 2 });
  });

  it("searches only the given region", () => {
    const m = matchQuote(text, "Outro.", 0, 30);
    expect(m === null || m.end <= 30).toBe(true);
  });

  it("gives up on a quote that differs by more than half", () => {
    expect(matchQuote("abcdefghij", "zzzzzzzzzz")).toBeNull();
    expect(matchQuote(text, "")).toBeNull();
  });
});
