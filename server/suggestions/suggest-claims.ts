// Proposes the sentences of an imported text as candidate claims, most check-worthy first, each
// with the reasons it was proposed and, for the claim form, a guessed claimant and kind.
import { analyseSentence } from "./analyse-sentence";
import { extractFeatures } from "./extract-features";
import { findReasons, type Reason } from "./find-reasons";
import { type ClaimKind, guessClaimKind } from "./guess-claim-kind";
import { scoreAnalysedSentence } from "./score-check-worthiness";
import { splitSentences } from "./split-sentences";

export type SuggestionReason =
  | Reason
  // a sentence with no specific cue that the scorer still rates likely to be worth checking
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

/** Sentences without any cue are still proposed from this score up. */
const suggestionThreshold = 0.5;

export function suggestClaims(text: string): Suggestion[] {
  const suggestions: Suggestion[] = [];
  for (const sentence of splitSentences(text)) {
    const analysis = analyseSentence(sentence.exact);
    const found = findReasons(analysis);
    const score = scoreAnalysedSentence(analysis, found);
    if (found.reasons.length === 0 && score < suggestionThreshold) continue;
    const reasons: SuggestionReason[] = found.reasons.length
      ? found.reasons
      : [{ kind: "check-worthy", detail: `reads like a checkable statement (score ${score.toFixed(2)})` }];
    suggestions.push({
      ...sentence,
      score,
      reasons,
      ...(found.claimant ? { claimant: found.claimant } : {}),
      kind: guessClaimKind(found, extractFeatures(analysis, found)),
    });
  }
  return suggestions.sort((a, b) => b.score - a.score || a.start - b.start);
}
