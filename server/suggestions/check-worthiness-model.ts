// A linear check-worthiness model over sentence descriptions: standardised dense cues, weighted
// word and character terms, and a calibration that turns the ranking score into 0..1.
import { denseFeatureNames, type SentenceDescription } from "./document-features";
import type { Token } from "./analyse-sentence";
import { charGrams, pieceOf, termShare } from "./sentence-terms";

/** Term weights already include each term's inverse document frequency. */
export type TermWeights = { terms: string[]; weights: number[] };

export type CheckWorthinessModel = {
  bias: number;
  dense: { names: string[]; mean: number[]; scale: number[]; weights: number[] };
  words: TermWeights;
  chars: TermWeights;
  /** score = sigmoid(slope * ranking score + intercept), fitted on held-out rankings */
  calibration: { slope: number; intercept: number };
  /** a document's sentences offered as suggestions: its best `topShare`, none scoring below `minScore` */
  offer: { topShare: number; minScore: number };
};

export type ModelScorer = {
  rank: (description: SentenceDescription) => number;
  calibrate: (rankingScore: number) => number;
  /** the content words of a sentence that raise its score most, strongest first, as written */
  telltaleWords: (tokens: Token[], count: number) => string[];
};

const maxRemembered = 50_000;
// Function words weigh in the ranking too, but name nothing a reviewer could check; numbers are
// named by the figure cue already.
const contentTags = new Set(["NOUN", "PROPN", "VERB", "ADJ"]);

export function compileScorer(model: CheckWorthinessModel): ModelScorer {
  const positions = model.dense.names.map((name) => {
    const at = denseFeatureNames.indexOf(name);
    if (at === -1) throw new Error(`the check-worthiness model uses an unknown feature "${name}"`);
    return at;
  });
  const words = termMap(model.words);
  const chars = termMap(model.chars);
  const wordSum = (terms: string[]) => {
    if (words.size === 0) return 0;
    let sum = 0;
    for (const term of terms) sum += words.get(term) ?? 0;
    return sum * termShare(terms.length);
  };
  // A word's character n-grams are looked up once per word, not once per occurrence.
  const charsOfPiece = new Map<string, { sum: number; count: number }>();
  const charSum = (pieces: string[]) => {
    if (chars.size === 0) return 0;
    if (charsOfPiece.size > maxRemembered) charsOfPiece.clear();
    let sum = 0;
    let count = 0;
    for (const piece of pieces) {
      let known = charsOfPiece.get(piece);
      if (!known) {
        const grams = charGrams(piece);
        known = { sum: grams.reduce((total, gram) => total + (chars.get(gram) ?? 0), 0), count: grams.length };
        charsOfPiece.set(piece, known);
      }
      sum += known.sum;
      count += known.count;
    }
    return sum * termShare(count);
  };
  const { mean, scale, weights } = model.dense;
  return {
    rank: (description) => {
      let z = model.bias;
      positions.forEach((at, i) => {
        z += ((weights[i] ?? 0) * ((description.dense[at] ?? 0) - (mean[i] ?? 0))) / (scale[i] ?? 1);
      });
      return z + wordSum(description.terms.words) + charSum(description.terms.pieces);
    },
    calibrate: (rankingScore) => 1 / (1 + Math.exp(-(model.calibration.slope * rankingScore + model.calibration.intercept))),
    telltaleWords: (tokens, count) => {
      const raising = new Map<string, number>();
      for (const token of tokens) {
        const weight = words.get(pieceOf(token)) ?? 0;
        if (weight > 0 && contentTags.has(token.pos) && !raising.has(token.lower)) raising.set(token.lower, weight);
      }
      return [...raising].sort((a, b) => b[1] - a[1]).slice(0, count).map(([word]) => word);
    },
  };
}

function termMap({ terms, weights }: TermWeights): Map<string, number> {
  return new Map(terms.map((term, i) => [term, weights[i] ?? 0]));
}
