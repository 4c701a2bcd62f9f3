import { describe, expect, it } from "vitest";
import { normalizeArticleText } from "./normalize-article-text";

describe("normalizeArticleText", () => {
  it("unifies line endings, typographic spaces and runs of whitespace", () => {
    const raw = "  Title\u00A0here \r\n\r\n\r\n\r\nFirst\u2009line  with\ttabs.\rSecond\u200B line.\u2029\n  ";
    expect(normalizeArticleText(raw)).toBe("Title here\n\nFirst line with tabs.\nSecond line.");
  });

  it("is idempotent", () => {
    const once = normalizeArticleText(" a \n\n\n b\u00A0\u00A0c ");
    expect(normalizeArticleText(once)).toBe(once);
  });
});
