// The check-worthiness scorer: a logistic model over sentence cues. The product's suggestions and
// the CLEF evaluation both call it, so the measured ranking is the one users see.
import { analyseSentence, type SentenceAnalysis } from "./analyse-sentence";
import { checkWorthinessWeights } from "./check-worthiness-weights";
import { extractFeatures, featureNames } from "./extract-features";
import { findReasons, type SentenceReasons } from "./find-reasons";

/** Probability-like score in 0..1 that the sentence states something worth fact-checking. */
export function scoreCheckWorthiness(sentence: string): number {
  const analysis = analyseSentence(sentence);
  return scoreAnalysedSentence(analysis, findReasons(analysis));
}

export function scoreAnalysedSentence(analysis: SentenceAnalysis, reasons: SentenceReasons): number {
  const features = extractFeatures(analysis, reasons);
  const { bias, weights } = checkWorthinessWeights;
  const z = featureNames.reduce((sum, name) => sum + weights[name] * features[name], bias);
  return 1 / (1 + Math.exp(-z));
}
