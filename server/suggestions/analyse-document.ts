// Reads the sentences of a document with wink-nlp and finds their cues: the shared first step of
// suggesting claims, evaluating the ranking and training it.
import { analyseSentences } from "./analyse-sentence";
import type { AnalysedSentence } from "./document-features";
import { findReasons } from "./find-reasons";

export function analyseDocument(sentences: string[]): AnalysedSentence[] {
  return analyseSentences(sentences).map((analysis) => ({ analysis, found: findReasons(analysis) }));
}
