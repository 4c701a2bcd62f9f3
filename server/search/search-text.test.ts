import { expect, it } from "vitest";
import { isShortQuery, normalizeSearchText, searchTextInput } from "./search-text";

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

it("calls a few words short, a sentence long", () => {
  expect(isShortQuery("ceasfire")).toBe(true);
  expect(isShortQuery("the UN said 250,000 civilians remain trapped in Aleppo")).toBe(false);
});
