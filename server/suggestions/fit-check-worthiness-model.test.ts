import { describe, expect, it } from "vitest";
import { analyseDocument } from "./analyse-document";
import { compileScorer } from "./check-worthiness-model";
import { describeDocument } from "./document-features";
import { fitCheckWorthinessModel, type LabelledDocument } from "./fit-check-worthiness-model";

// In every document the sentences with a tax figure are the check-worthy ones.
const documentOf = (place: string, extra: string): LabelledDocument => {
  const sentences = [
    [`Taxes in ${place} rose 12 percent last year.`, true],
    [`Thank you all for coming to ${place}.`, false],
    [`We love ${place} and its people.`, false],
    [`The ${place} tax cut cost $4 billion.`, true],
    [`What a great night in ${place}.`, false],
    [`${extra} is here tonight.`, false],
  ] as const;
  return {
    descriptions: describeDocument(analyseDocument(sentences.map(([text]) => text))),
    labels: sentences.map(([, label]) => label),
  };
};
const documents = [documentOf("Ohio", "Maria"), documentOf("Texas", "John"), documentOf("Iowa", "Ann"), documentOf("Utah", "Bob")];
const settings = { blocks: ["cues", "context", "words", "chars"] as const, l2: 1e-3, pointwiseShare: 0.3, minDocuments: 3, termScale: 1, steps: 20_000, seed: 1 };

describe("fitCheckWorthinessModel", () => {
  const model = fitCheckWorthinessModel(documents, { ...settings, blocks: [...settings.blocks] });

  it("ranks an unseen document's figures first", () => {
    const unseen = documentOf("Maine", "Eve");
    const { rank } = compileScorer(model);
    const scores = unseen.descriptions.map(rank);
    const lowestPositive = Math.min(...scores.filter((_, i) => unseen.labels[i]));
    const highestNegative = Math.max(...scores.filter((_, i) => !unseen.labels[i]));
    expect(lowestPositive).toBeGreaterThan(highestNegative);
  });

  it("keeps only terms used in enough documents, and only the blocks asked for", () => {
    expect(model.words.terms).not.toContain("ohio");
    expect(model.words.terms).not.toContain("maria");
    const cuesOnly = fitCheckWorthinessModel(documents, { ...settings, blocks: ["cues"] });
    expect(cuesOnly.words.terms).toEqual([]);
    expect(cuesOnly.chars.terms).toEqual([]);
    expect(cuesOnly.dense.names.some((name) => name.startsWith("previous."))).toBe(false);
  });
});
