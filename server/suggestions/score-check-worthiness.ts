// The check-worthiness scorer: the trained model (check-worthiness-model.json, written by
// `npm run train:suggestions -- DIR`) over each sentence in its document. The product's
// suggestions and the CLEF evaluation both call it, so the measured ranking is the one users see.
import type { Token } from "./analyse-sentence";
import type { CheckWorthinessModel } from "./check-worthiness-model";
import { compileScorer } from "./check-worthiness-model";
import trained from "./check-worthiness-model.json" with { type: "json" };
import { type AnalysedSentence, describeDocument, type SentenceDescription } from "./document-features";

const model = trained as CheckWorthinessModel;
const scorer = compileScorer(model);

/** Which of a document's sentences are offered as suggestions; chosen by the training protocol. */
export const offerRule = model.offer;

export type ScoredSentence = {
  /** check-worthiness in 0..1 */
  score: number;
  description: SentenceDescription;
};

/** Scores the sentences of one document in order; each sentence's neighbours count. */
export function scoreDocument(sentences: AnalysedSentence[]): ScoredSentence[] {
  return describeDocument(sentences).map((description) => ({ score: scorer.calibrate(scorer.rank(description)), description }));
}

/** The content words of a sentence that weigh most for checking it. */
export function telltaleWords(tokens: Token[], count: number): string[] {
  return scorer.telltaleWords(tokens, count);
}
