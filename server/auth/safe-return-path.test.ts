import { expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

it("keeps paths on this site, with their query and fragment", () => {
  expect(safeReturnPath("/articles")).toBe("/articles");
  expect(safeReturnPath("/articles/new?from=home#top")).toBe("/articles/new?from=home#top");
});

it("refuses anything a browser would send to another site", () => {
  for (const value of ["//evil.com", "/\\evil.com", "/\\/evil.com", "\\\\evil.com", "/\t/evil.com", "https://evil.com/", "javascript:alert(1)", "evil.com", ""]) {
    expect(safeReturnPath(value), value).toBe("/welcome");
  }
  expect(safeReturnPath(["/a", "/b"])).toBe("/welcome");
  expect(safeReturnPath(undefined)).toBe("/welcome");
});
