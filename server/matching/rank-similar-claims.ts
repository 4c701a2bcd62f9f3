// "Seen before": ranks existing claims against a new one. BM25F finds candidates, then a small
// linear model over a few explainable features re-ranks them (weights fitted on CLEF 2020
// task 2 train tweets: docs/decisions/0008-seen-before-matching.md). Every match says why.
import { buildClaimIndex, searchBm25, termBigrams, type ClaimIndex, type MatchableClaim } from "./claim-index";
import { featureNames, figuresOf, matchEvidence, trigrams, type Features, type MatchEvidence } from "./match-features";
import { matchTerms } from "./match-terms";
import defaultModel from "./matching-model.json";

export type MatchingModel = typeof defaultModel;

export type NewClaim = { text: string; claimant?: string | null };

export type SimilarClaim = {
  id: string;
  /** 0–1: the model's belief that this is the same claim. */
  score: number;
  reasons: string[];
  evidence: MatchEvidence;
};

export function indexClaims(claims: MatchableClaim[], model: MatchingModel = defaultModel): ClaimIndex {
  return buildClaimIndex(claims, model.bm25);
}

export function linearScore(features: Features, model: MatchingModel): number {
  return featureNames.reduce((sum, name) => sum + model.weights[name] * features[name], model.bias);
}

export function rankSimilarClaims(
  index: ClaimIndex,
  claim: NewClaim,
  { limit = 5, model = defaultModel }: { limit?: number; model?: MatchingModel } = {},
): SimilarClaim[] {
  const terms = new Map<string, string>();
  const list = matchTerms(claim.text);
  for (const { term, word } of list) if (!terms.has(term)) terms.set(term, word);
  const hits = searchBm25(index, [...terms.keys()], model.candidates);
  const query = { terms, bigrams: new Set(termBigrams(list)), trigrams: trigrams(claim.text), figures: figuresOf(claim.text), claimant: claim.claimant ?? null };
  const top = hits[0]?.score ?? 0;
  return hits
    .map((hit, rank) => {
      const evidence = matchEvidence(index, query, hit.doc, hit.score, top, rank);
      const z = linearScore(evidence.features, model) + (evidence.sameClaimant ? model.claimantWeight : 0);
      return { id: index.claims[hit.doc]!.id, score: 1 / (1 + Math.exp(-z)), reasons: describeMatch(evidence), evidence };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

export function describeMatch(evidence: MatchEvidence): string[] {
  const reasons: string[] = [];
  if (evidence.sharedWords.length > 0) reasons.push(`shares the words ${evidence.sharedWords.slice(0, 5).join(", ")}`);
  if (evidence.features.trigramDice >= 0.5) {
    reasons.push(`similar wording (${Math.round(evidence.features.trigramDice * 100)}% of letter triples in common)`);
  }
  // A figure the statement repeats from the quote is one reason, not two.
  if (evidence.sameFigures.length > 0) reasons.push(`same figure: ${[...new Set(evidence.sameFigures)].join(", ")}`);
  if (evidence.closeFigures.length > 0) reasons.push(`close figure: ${[...new Set(evidence.closeFigures)].join(", ")}`);
  if (evidence.sameClaimant) reasons.push(`same claimant: ${evidence.sameClaimant}`);
  return reasons;
}
