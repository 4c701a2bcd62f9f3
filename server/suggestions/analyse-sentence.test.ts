import { describe, expect, it } from "vitest";
import { analyseSentence, analyseSentences } from "./analyse-sentence";

describe("analyseSentences", () => {
  it("gives each sentence its own tokens and entities, offsets relative to the sentence", () => {
    const sentences = ["Some 400 have been killed.", "Debt rose 3 percent in 2015."];
    const [first, second] = analyseSentences(sentences);
    expect(first?.tokens.map((token) => token.text)).toEqual(["Some", "400", "have", "been", "killed", "."]);
    expect(second?.tokens[0]).toMatchObject({ text: "Debt", start: 0, end: 4 });
    for (const [i, analysis] of [first, second].entries()) {
      for (const token of analysis?.tokens ?? []) expect(sentences[i]?.slice(token.start, token.end)).toBe(token.text);
    }
    expect(second?.entities.map((entity) => entity.text)).toContain("3 percent");
    expect(first?.entities.every((entity) => sentences[0]?.slice(entity.start, entity.end) === entity.text)).toBe(true);
  });

  it("reads one sentence alone the same way", () => {
    const alone = analyseSentence("It was a terrible, terrible deal.");
    expect(alone.tokens.at(-1)?.text).toBe(".");
    expect(alone.sentiment).toBeLessThan(0);
    expect(analyseSentence("").tokens).toEqual([]);
  });
});
