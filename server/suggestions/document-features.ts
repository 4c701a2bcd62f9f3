// Describes each sentence of a document for the check-worthiness model: its own cues, the cues of
// its neighbours (a figure just before often means the next sentence disputes or explains it) and
// its bag of terms. Training and scoring both call this. Where a sentence stands in its paragraph
// is left out on purpose: a debate turn of one sentence is mostly a reply or an interjection, while
// most news paragraphs are one sentence long, so what turns teach would mislead on articles.
import type { SentenceAnalysis } from "./analyse-sentence";
import { extractFeatures, featureNames, type Features } from "./extract-features";
import type { SentenceReasons } from "./find-reasons";
import { type SentenceTerms, sentenceTerms } from "./sentence-terms";

export type AnalysedSentence = { analysis: SentenceAnalysis; found: SentenceReasons };

export type SentenceDescription = { cues: Features; dense: number[]; terms: SentenceTerms };

export const denseFeatureNames: string[] = [
  ...featureNames,
  ...featureNames.map((name) => `previous.${name}`),
  ...featureNames.map((name) => `next.${name}`),
];

export function describeDocument(sentences: AnalysedSentence[]): SentenceDescription[] {
  const cues = sentences.map(({ analysis, found }) => extractFeatures(analysis, found));
  const values = cues.map((features) => featureNames.map((name) => features[name]));
  const none = featureNames.map(() => 0);
  return sentences.map(({ analysis }, i) => ({
    cues: cues[i] as Features,
    dense: [...(values[i] ?? none), ...(values[i - 1] ?? none), ...(values[i + 1] ?? none)],
    terms: sentenceTerms(analysis.tokens),
  }));
}
