import { describe, expect, it } from "vitest";
import { normalizeSearchText, searchTextInput, withSimilarSpellings } from "./search-text";

it("turns control characters, NUL included, into spaces and collapses whitespace", () => {
  expect(normalizeSearchText("  aleppo\u0000ceasefire\t\n civilians  ")).toBe("aleppo ceasefire civilians");
});

it("removes the highlight markers a query could carry", () => {
  expect(normalizeSearchText("a\ue000b\ue001c")).toBe("a b c");
});

it("searches the first 200 characters of a long query, cut between words", () => {
  const text = normalizeSearchText("ceasefire ".repeat(1_000));
  expect(text.length).toBeLessThanOrEqual(200);
  expect(text.endsWith("ceasefire")).toBe(true);
});

it("accepts 10,000 characters and refuses more with a readable message", () => {
  expect(searchTextInput.safeParse("x".repeat(10_000)).success).toBe(true);
  const refused = searchTextInput.safeParse("x".repeat(10_001));
  expect(refused.success).toBe(false);
  expect(refused.error?.issues[0]?.message).toBe("A search can be at most 10,000 characters.");
});

describe("guesses at misspelt words", () => {
  // A ranking that finds `exactTotal` results as typed (and 5 more guesses), paged by 3.
  const pageSize = 3;
  function ranking(exactTotal: number) {
    const calls: string[] = [];
    const rank = async (similar: boolean, page: number) => {
      calls.push(`${similar ? "similar" : "exact"} ${page}`);
      const total = exactTotal + (similar ? 5 : 0);
      return Array.from({ length: Math.max(0, Math.min(pageSize + 1, total - (page - 1) * pageSize)) }, (_, i) => i);
    };
    return { calls, rank };
  }

  it("adds them for a short query that finds less than a page as typed, on every page alike", async () => {
    const { calls, rank } = ranking(2);
    expect(await withSimilarSpellings("ceasfire", 1, pageSize, rank)).toHaveLength(4);
    expect(await withSimilarSpellings("ceasfire", 2, pageSize, rank)).toHaveLength(4);
    expect(calls).toEqual(["exact 1", "similar 1", "exact 2", "exact 1", "similar 2"]);
  });

  it("leaves them out, in one query, when the words as typed fill the page", async () => {
    const { calls, rank } = ranking(10);
    expect(await withSimilarSpellings("ceasefire", 1, pageSize, rank)).toHaveLength(4);
    expect(await withSimilarSpellings("ceasefire", 3, pageSize, rank)).toHaveLength(4);
    expect(calls).toEqual(["exact 1", "exact 3"]);
  });

  it("does not add them to a page past the last one of a word found often", async () => {
    const { calls, rank } = ranking(3);
    expect(await withSimilarSpellings("ceasefire", 2, pageSize, rank)).toEqual([]);
    expect(calls).toEqual(["exact 2", "exact 1"]);
  });

  it("never adds them to a sentence", async () => {
    const { calls, rank } = ranking(0);
    expect(await withSimilarSpellings("the UN said 250,000 civilians remain trapped in Aleppo", 1, pageSize, rank)).toEqual([]);
    expect(calls).toEqual(["exact 1"]);
  });
});
