// Proposes the sentences of an article worth checking first, best first, each with the reasons
// it was proposed and, for the claim form, a guessed claimant and kind. Only the best share of the
// article's sentences is proposed, and none below a floor (docs/decisions/0002-suggestion-ranking.md).
import { analyseDocument } from "./analyse-document";
import type { Reason } from "./find-reasons";
import { type ClaimKind, guessClaimKind } from "./guess-claim-kind";
import { offerRule, scoreDocument, telltaleWords } from "./score-check-worthiness";
import { sentenceQuotes } from "../text/split-sentences";

export type SuggestionReason =
  | Reason
  // what the model weighs beyond the named cues: the words that raise the score most
  | { kind: "check-worthy"; detail: string };

export type Suggestion = {
  start: number;
  end: number;
  /** text.slice(start, end): one whole sentence without surrounding whitespace */
  exact: string;
  /** check-worthiness in 0..1 */
  score: number;
  reasons: SuggestionReason[];
  /** who the sentence attributes its content to, when it names them */
  claimant?: string;
  kind: ClaimKind;
};

const wordsShown = 3;

export function suggestClaims(text: string): Suggestion[] {
  const sentences = sentenceQuotes(text);
  const analysed = analyseDocument(sentences.map((sentence) => sentence.exact));
  const scored = scoreDocument(analysed);
  const offered = Math.ceil(offerRule.topShare * sentences.length);
  return sentences
    .map((sentence, i) => ({ sentence, score: scored[i]?.score ?? 0, i }))
    .sort((a, b) => b.score - a.score || a.sentence.start - b.sentence.start)
    .slice(0, offered)
    .filter(({ score }) => score >= offerRule.minScore)
    .flatMap(({ sentence, score, i }): Suggestion[] => {
      const { found, analysis } = analysed[i] ?? {};
      const description = scored[i]?.description;
      if (!found || !analysis || !description) return [];
      const words = telltaleWords(analysis.tokens, wordsShown);
      const reasons: SuggestionReason[] = [
        ...found.reasons,
        words.length
          ? { kind: "check-worthy", detail: `words often found in checked claims: ${words.map((word) => `"${word}"`).join(", ")}` }
          : { kind: "check-worthy", detail: `reads like a checkable statement (score ${score.toFixed(2)})` },
      ];
      return [{
        ...sentence,
        score,
        reasons,
        ...(found.claimant ? { claimant: found.claimant } : {}),
        kind: guessClaimKind(found, description.cues),
      }];
    });
}
