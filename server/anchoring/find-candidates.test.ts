import { describe, expect, it } from "vitest";
import { splitSentences } from "../text/split-sentences";
import { candidateSentences, indexSentences } from "./find-candidates";

describe("candidateSentences", () => {
  const text = "The army opened eight corridors in Aleppo. The weather was mild. Rebels rejected the corridors in Aleppo.";
  const index = indexSentences(text, splitSentences(text));

  it("ranks sentences by the share of the quote's rarer words they hold", () => {
    const found = candidateSentences(index, "The army opened seven corridors in Aleppo.", 0.2);
    expect(found.map((c) => c.sentence)).toEqual([0, 2]);
    expect(found[0]!.share).toBeGreaterThan(found[1]!.share);
  });

  it("leaves out sentences below the minimum share", () => {
    expect(candidateSentences(index, "Snow fell over Moscow.", 0.2)).toEqual([]);
  });
});

describe("candidateSentences over searchable sentences only", () => {
  const text = "The army opened eight corridors in Aleppo. The weather was mild. Rebels rejected the corridors in Aleppo.";
  const sentences = splitSentences(text);

  it("leaves out sentences that are not searchable but weighs words by all of them", () => {
    const all = candidateSentences(indexSentences(text, sentences), "The army opened seven corridors in Aleppo.", 0.2);
    const some = candidateSentences(indexSentences(text, sentences, [false, true, true]), "The army opened seven corridors in Aleppo.", 0.2);
    expect(some).toEqual(all.filter((c) => c.sentence !== 0));
  });
});
