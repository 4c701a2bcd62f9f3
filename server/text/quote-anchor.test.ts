import { describe, expect, it } from "vitest";
import { ANCHOR_CONTEXT_LENGTH, quoteAnchor } from "./quote-anchor";

describe("quoteAnchor", () => {
  it("keeps the quote, its offsets and the context each side", () => {
    const text = `${"a".repeat(40)} The quote. ${"b".repeat(40)}`;
    const at = text.indexOf("The quote.");
    const anchor = quoteAnchor(text, at, at + 10);
    expect(anchor).toMatchObject({ exact: "The quote.", start: at, end: at + 10 });
    expect(anchor.prefix).toBe(text.slice(at - ANCHOR_CONTEXT_LENGTH, at));
    expect(anchor.suffix).toHaveLength(ANCHOR_CONTEXT_LENGTH);
    expect(quoteAnchor("Short.", 0, 6)).toMatchObject({ prefix: "", suffix: "" });
  });
});
