// Fits the check-worthiness model on labelled documents: picks the vocabulary (terms used in
// several documents, so one debate's topics and names cannot dominate), standardises the dense
// cues, and trains the pairwise ranker. The calibration and the offer rule are left neutral; the
// caller fits them on held-out rankings.
import type { CheckWorthinessModel, TermWeights } from "./check-worthiness-model";
import { denseFeatureNames, type SentenceDescription } from "./document-features";
import { featureNames } from "./extract-features";
import { charGrams, termShare } from "./sentence-terms";
import { type RankingExample, trainPairwiseRanker } from "./train-pairwise-ranker";

export type LabelledDocument = { descriptions: SentenceDescription[]; labels: boolean[] };
export type FeatureBlock = "cues" | "context" | "words" | "chars";
export type FitSettings = {
  blocks: FeatureBlock[];
  l2: number;
  pointwiseShare: number;
  /** a term enters the vocabulary only when this many training documents use it */
  minDocuments: number;
  /** multiplies term values: below 1, terms are regularised harder than the dense cues */
  termScale: number;
  steps: number;
  seed: number;
};

const minSentences = 3;
const keptWeight = 1e-3;

export function fitCheckWorthinessModel(documents: LabelledDocument[], settings: FitSettings): CheckWorthinessModel {
  const sentences = documents.flatMap((document, group) =>
    document.descriptions.map((description, i) => ({ description, positive: document.labels[i] === true, group })),
  );
  const denseNames = denseFeatureNames.filter((name) =>
    featureNames.includes(name as never) ? settings.blocks.includes("cues") : settings.blocks.includes("context"),
  );
  const denseAt = denseNames.map((name) => denseFeatureNames.indexOf(name));
  const columns = denseAt.map((at) => sentences.map((sentence) => sentence.description.dense[at] ?? 0));
  const mean = columns.map((column) => column.reduce((a, b) => a + b, 0) / Math.max(column.length, 1));
  const scale = columns.map((column, i) => {
    const variance = column.reduce((sum, value) => sum + (value - (mean[i] ?? 0)) ** 2, 0) / Math.max(column.length, 1);
    return Math.sqrt(variance) || 1;
  });
  const termsOf = (description: SentenceDescription, block: "words" | "chars") =>
    block === "words" ? description.terms.words : description.terms.pieces.flatMap(charGrams);
  const pick = (block: "words" | "chars") =>
    settings.blocks.includes(block)
      ? vocabulary(documents.map((document) => document.descriptions.map((d) => termsOf(d, block))), settings.minDocuments, settings.termScale)
      : new Map<string, { index: number; idf: number }>();
  const words = pick("words");
  const chars = pick("chars");
  const dimension = denseNames.length + words.size + chars.size;
  const examples: RankingExample[] = sentences.map(({ description, positive, group }) => {
    const entries: [number, number][] = denseAt.map((at, i) => [i, ((description.dense[at] ?? 0) - (mean[i] ?? 0)) / (scale[i] ?? 1)]);
    const addTerms = (terms: string[], known: Map<string, { index: number; idf: number }>, offset: number) => {
      if (known.size === 0) return;
      const share = termShare(terms.length);
      const values = new Map<number, number>();
      for (const term of terms) {
        const entry = known.get(term);
        if (entry) values.set(offset + entry.index, (values.get(offset + entry.index) ?? 0) + entry.idf * share);
      }
      entries.push(...values);
    };
    addTerms(description.terms.words, words, denseNames.length);
    addTerms(termsOf(description, "chars"), chars, denseNames.length + words.size);
    return {
      indices: Int32Array.from(entries.map(([index]) => index)),
      values: Float64Array.from(entries.map(([, value]) => value)),
      positive,
      group,
    };
  });
  const ranker = trainPairwiseRanker(examples, dimension, settings);
  const termWeights = (known: Map<string, { index: number; idf: number }>, offset: number): TermWeights => {
    const kept = [...known].map(([term, { index, idf }]) => ({ term, weight: (ranker.weights[offset + index] ?? 0) * idf }))
      .filter((entry) => Math.abs(entry.weight) >= keptWeight);
    return { terms: kept.map((entry) => entry.term), weights: kept.map((entry) => round(entry.weight)) };
  };
  return {
    bias: round(ranker.bias),
    dense: {
      names: denseNames,
      mean: mean.map(round),
      scale: scale.map(round),
      weights: denseNames.map((_, i) => round(ranker.weights[i] ?? 0)),
    },
    words: termWeights(words, denseNames.length),
    chars: termWeights(chars, denseNames.length + words.size),
    calibration: { slope: 1, intercept: 0 },
    offer: { topShare: 1, minScore: 0.5 },
  };
}

function vocabulary(documents: string[][][], minDocuments: number, scale: number): Map<string, { index: number; idf: number }> {
  const sentencesWith = new Map<string, number>();
  const documentsWith = new Map<string, number>();
  let total = 0;
  for (const document of documents) {
    const seen = new Set<string>();
    for (const terms of document) {
      total++;
      for (const term of new Set(terms)) {
        sentencesWith.set(term, (sentencesWith.get(term) ?? 0) + 1);
        seen.add(term);
      }
    }
    for (const term of seen) documentsWith.set(term, (documentsWith.get(term) ?? 0) + 1);
  }
  const known = new Map<string, { index: number; idf: number }>();
  for (const [term, count] of sentencesWith) {
    if (count < minSentences || (documentsWith.get(term) ?? 0) < minDocuments) continue;
    known.set(term, { index: known.size, idf: scale * (Math.log((1 + total) / (1 + count)) + 1) });
  }
  return known;
}

function round(value: number): number {
  return Number(value.toPrecision(4));
}
