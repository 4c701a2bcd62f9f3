import { expect, it } from "vitest";
import { readSearchParams, searchPageHref } from "./search-params";

it("reads known filter values and drops unknown ones", () => {
  expect(readSearchParams({ q: "aleppo", type: "claim", state: "approved", rating: "bogus", kind: "statistic", from: "2026-12-01", to: "yesterday", page: "2" })).toEqual({
    text: "aleppo",
    type: "claim",
    state: "approved",
    rating: undefined,
    kind: "statistic",
    assigneeId: undefined,
    from: new Date("2026-12-01T00:00:00Z"),
    to: undefined,
    page: 2,
  });
  expect(readSearchParams({ q: ["a", "b"], page: "999" })).toMatchObject({ text: "", page: 1 });
});

it("links another page of the same search", () => {
  expect(searchPageHref({ q: "aleppo ceasefire", kind: "statistic", page: "3", state: "" }, 2)).toBe("/workspace/search?q=aleppo+ceasefire&kind=statistic&page=2");
  expect(searchPageHref({ q: "x", page: "2" }, 1)).toBe("/workspace/search?q=x");
});

it("reads a NUL in the address as a space (PostgreSQL text cannot hold one)", () => {
  expect(readSearchParams({ q: "aleppo\u0000siege" }).text).toBe("aleppo siege");
});
